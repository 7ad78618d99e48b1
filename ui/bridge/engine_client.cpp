// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/engine_client.h"

#include "core/api/engine.h"
#include "core/domain/world_loader.h"
#include "core/net/feed_server.h"
#include "core/sim/replay_scenario.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <QMetaObject>

namespace cm::ui {

std::unique_ptr<EngineClient> EngineClient::fromWorldJson(const QByteArray& json, const EngineSettings& settings,
                                                          QString* error, QObject* parent)
{
    auto world = cm::loadWorldJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!world) {
        if (error)
            *error = QString::fromStdString(world.error().message);
        return nullptr;
    }
    cm::EngineOptions options;
    options.speed = settings.speed;
    options.seed = settings.seed;
    options.start_paused = settings.startPaused;
    auto engine = std::make_unique<cm::Engine>(std::move(world).value(), options);
    return std::unique_ptr<EngineClient>(new EngineClient(std::move(engine), settings, parent));
}

EngineClient::EngineClient(std::unique_ptr<cm::Engine> engine, const EngineSettings& settings, QObject* parent)
    : QObject(parent), m_engine(std::move(engine)), m_settings(settings)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &EngineClient::handleDrain);
    m_latest = SnapshotView(m_engine->latest());
    m_subscription = std::make_unique<cm::Subscription>(
        m_engine->subscribe([this](cm::SnapshotPtr s) { receiveFromCore(std::move(s)); }));
}

EngineClient::~EngineClient()
{
    m_subscription.reset(); // no callback runs after this line
    if (m_feed)
        m_feed->stop();
    m_engine->stop();
}

QString EngineClient::listen(const QString& hostPort)
{
    const auto address = cm::parseHostPort(hostPort.toStdString());
    if (!address)
        return QStringLiteral("--listen: ") + QString::fromStdString(address.error().message);
    cm::FeedServerOptions options;
    options.host = address.value().first;
    options.port = address.value().second;
    m_feed = m_engine->makeFeedServer(options);
    const auto port = m_feed->start();
    if (!port) {
        m_feed.reset();
        return QString::fromStdString(port.error().message);
    }
    return {};
}

QString EngineClient::startReplay(const QString& path)
{
    auto scenario = cm::loadReplayScenario(path.toStdString());
    if (!scenario)
        return QString::fromStdString(scenario.error().message);
    m_engine->post(cm::ReplayCommand{scenario.value()});
    return {};
}

void EngineClient::stopReplay() { m_engine->post(cm::ReplayCommand{nullptr}); }

quint16 EngineClient::feedPort() const { return m_feed ? m_feed->port() : 0; }

void EngineClient::start() { m_engine->start(); }
void EngineClient::stop() { m_engine->stop(); }
void EngineClient::setSpeed(double speed) { m_engine->post(cm::SetSpeedCommand{speed}); }
void EngineClient::pause() { m_engine->post(cm::PauseCommand{}); }
void EngineClient::resume() { m_engine->post(cm::ResumeCommand{}); }
void EngineClient::step(quint64 steps) { m_engine->post(cm::StepCommand{steps}); }
void EngineClient::chainStatus(const QString& chain, const QString& status)
{
    m_engine->post(cm::ChainStatusCommand{chain.toStdString(), status.toStdString()});
}
QString EngineClient::stateHash() { return QString::fromStdString(m_engine->stateHash()); }

bool EngineClient::setPrice(const QString& asset, const QString& priceUsd)
{
    const auto price = cm::parseDecimal(priceUsd.toStdString(), cm::kUsdDecimals);
    if (!price || price.value() <= 0)
        return false;
    m_engine->post(cm::SetPriceCommand{asset.toStdString(), price.value()});
    return true;
}

void EngineClient::requestAccountDetail(const QString& id)
{
    m_engine->requestAccountDetail(id.toStdString(), [this](cm::AccountDetailPtr detail) {
        // Core thread: hand over only; the ui thread emits.
        QMetaObject::invokeMethod(
            this, [this, detail = std::move(detail)] { Q_EMIT accountDetailReady(AccountDetailView(detail)); },
            Qt::QueuedConnection);
    });
}

void EngineClient::reportOraclePrice(const QString& asset, const QString& source, const QString& chain, double priceUsd)
{
    m_engine->post(cm::OraclePriceCommand{asset.toStdString(), source.toStdString(), chain.toStdString(), priceUsd, 0});
}

void EngineClient::receiveFromCore(std::shared_ptr<const cm::Snapshot> snapshot)
{
    std::lock_guard lock(m_inboxMutex);
    m_inbox = std::move(snapshot);
    if (m_drainPosted)
        return;
    m_drainPosted = true;
    QMetaObject::invokeMethod(this, &EngineClient::handleDrain, Qt::QueuedConnection);
}

void EngineClient::handleDrain()
{
    std::shared_ptr<const cm::Snapshot> snapshot;
    {
        std::lock_guard lock(m_inboxMutex);
        m_drainPosted = false;
        if (m_throttle.isActive())
            return; // the throttle's timeout drains what is newest then
        snapshot = std::exchange(m_inbox, nullptr);
    }
    if (!snapshot)
        return;
    m_latest = SnapshotView(std::move(snapshot));
    Q_EMIT snapshotPublished(m_latest);
    m_throttle.start(m_settings.publishIntervalMs);
}

} // namespace cm::ui
