// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/engine_client.h"

#include "core/api/engine.h"
#include "core/api/session.h"
#include "core/crypto/ed25519.h"
#include "core/journal/journal.h"
#include "core/domain/world_loader.h"
#include "core/net/feed_server.h"
#include "core/sim/replay_scenario.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaObject>

#include <cstring>
#include <optional>

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
    return fromWorld(std::move(world).value(), settings, parent);
}

std::unique_ptr<EngineClient> EngineClient::fromWorld(cm::World world, const EngineSettings& settings, QObject* parent)
{
    cm::EngineOptions options;
    options.speed = settings.speed;
    options.seed = settings.seed;
    options.start_paused = settings.startPaused;
    auto engine = std::make_unique<cm::Engine>(std::move(world), options);
    return std::unique_ptr<EngineClient>(new EngineClient(std::move(engine), settings, parent));
}

namespace {

JournalCheck checkOf(const cm::Journal::Verification& v)
{
    JournalCheck c;
    c.ok = v.ok;
    c.events = v.events;
    c.auditEntries = v.audit_entries;
    c.signatures = v.signatures;
    c.unsignedEntries = v.unsigned_entries;
    c.firstBroken = QString::fromStdString(v.first_broken);
    c.reason = QString::fromStdString(v.reason);
    c.checkedAt = QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace

std::unique_ptr<EngineClient> EngineClient::openSession(const QByteArray& worldJson, const QString& dbPath,
                                                        const EngineSettings& settings, QString* error, QObject* parent)
{
    cm::SessionOptions so;
    so.path = dbPath.toStdString();
    so.world_json = worldJson.toStdString();
    so.seed = settings.seed;
    auto session = cm::openSession(so);
    if (!session) {
        if (error)
            *error = QString::fromStdString(session.error().message);
        return nullptr;
    }
    const JournalCheck check = session.value().info.resumed ? checkOf(session.value().info.verification) : JournalCheck{};
    cm::EngineOptions options;
    options.speed = settings.speed;
    options.start_paused = settings.startPaused;
    auto engine = std::make_unique<cm::Engine>(std::move(session).value(), options);
    std::unique_ptr<EngineClient> client(new EngineClient(std::move(engine), settings, parent));
    client->m_check = check;
    client->m_check.checkedAt = QDateTime::currentDateTimeUtc();
    return client;
}

QString EngineClient::journalPath() const
{
    const cm::Journal* j = m_engine->journal();
    return j ? QString::fromStdString(j->path()) : QString();
}

QString EngineClient::sessionSummary() const
{
    const cm::SessionInfo& info = m_engine->sessionInfo();
    if (info.path.empty())
        return tr("Not journaled: nothing of this session is kept");
    if (!info.resumed)
        return tr("New session, journaled to %1").arg(QString::fromStdString(info.path));
    return tr("Restored %1 events from %2: snapshot at event %3 plus %4 later events, in %5 ms")
        .arg(QLocale().toString(info.events), QString::fromStdString(info.path), QLocale().toString(info.snapshot_seq),
             QLocale().toString(info.replayed), QLocale().toString(info.recovery_ms, 'f', 0));
}

void EngineClient::verifyJournal()
{
    const cm::Journal* journal = m_engine->journal();
    if (!journal || m_verifying)
        return;
    m_verifying = true;
    // Reads use their own connections: safe beside the journal's writer.
    QThread* worker = QThread::create([this, journal] {
        const JournalCheck check = checkOf(journal->verify());
        QMetaObject::invokeMethod(this, [this, check] {
            m_check = check;
            m_verifying = false;
            Q_EMIT journalVerified(check);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.push_back(worker);
    worker->start();
}

QVector<AuditRow> EngineClient::auditEntries(quint64 from, int max) const
{
    QVector<AuditRow> rows;
    const cm::Journal* journal = m_engine->journal();
    if (!journal)
        return rows;
    for (const cm::AuditEntry& e : journal->readAudit(from, static_cast<std::size_t>(std::max(0, max)))) {
        AuditRow row;
        row.seq = e.seq;
        row.time = QDateTime::fromMSecsSinceEpoch(e.time_ms, Qt::UTC);
        row.operatorName = QString::fromStdString(e.operator_name);
        QJsonObject entry = QJsonDocument::fromJson(QByteArray::fromStdString(e.entry)).object();
        row.action = entry.take(QStringLiteral("action")).toString();
        row.event = static_cast<quint64>(entry.take(QStringLiteral("event")).toDouble());
        row.details = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        if (e.public_key) {
            row.key = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(e.public_key->data()),
                                                     static_cast<int>(e.public_key->size())).toHex());
            const bool valid = e.signature
                && cm::verifySignature(*e.public_key, e.hash.data(), e.hash.size(), *e.signature)
                && e.hash == cm::Journal::auditHashOf(e.prev_hash, e.seq, e.time_ms, e.operator_name, e.public_key, e.entry);
            row.signature = valid ? AuditRow::Signature::Valid : AuditRow::Signature::Invalid;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void EngineClient::setOperator(const QString& name, const QByteArray& keySeed)
{
    std::optional<cm::SigningKey> key;
    if (keySeed.size() == static_cast<int>(cm::KeySeed{}.size())) {
        cm::KeySeed seed{};
        std::memcpy(seed.data(), keySeed.constData(), seed.size());
        key = cm::SigningKey::fromSeed(seed);
    }
    m_engine->post(cm::OperatorCommand{name.toStdString(), std::move(key)});
}

EngineClient::EngineClient(std::unique_ptr<cm::Engine> engine, const EngineSettings& settings, QObject* parent)
    : QObject(parent), m_engine(std::move(engine)), m_settings(settings)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &EngineClient::handleDrain);
    m_latest = SnapshotView(m_engine->latest());
    m_history.add(m_latest);
    m_subscription = std::make_unique<cm::Subscription>(
        m_engine->subscribe([this](cm::SnapshotPtr s) { receiveFromCore(std::move(s)); }));
}

EngineClient::~EngineClient()
{
    for (const QPointer<QThread>& worker : m_workers)
        if (worker)
            worker->wait(); // a verification in flight reads the journal
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
    send(cm::ReplayCommand{scenario.value()});
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
    send(cm::ChainStatusCommand{chain.toStdString(), status.toStdString()});
}
QString EngineClient::stateHash() { return QString::fromStdString(m_engine->stateHash()); }

bool EngineClient::setPrice(const QString& asset, const QString& priceUsd)
{
    const auto price = cm::parseDecimal(priceUsd.toStdString(), cm::kUsdDecimals);
    if (!price || price.value() <= 0)
        return false;
    send(cm::SetPriceCommand{asset.toStdString(), price.value()});
    return true;
}

namespace {

const char* commandName(const cm::Command& command)
{
    static const char* const names[] = {"speed", "pause", "resume", "step", "price override", "oracle price", "chain status",
                                        "replay", "operator", "transfer", "route decision", "queued transfer",
                                        "liquidation decision", "sign in", "add operator", "proposal", "proposal decision",
                                        "agent run", "policy"};
    static_assert(std::size(names) == std::variant_size_v<cm::Command>);
    return names[command.index()];
}

} // namespace

template <typename C>
void EngineClient::send(C c)
{
    cm::Command command = std::move(c);
    const QString what = QString::fromLatin1(commandName(command));
    m_engine->post(std::move(command), [this, what](std::string refusal) {
        // Core thread: hand over only; the ui thread emits.
        QMetaObject::invokeMethod(
            this, [this, what, refusal = QString::fromStdString(refusal)] { Q_EMIT commandFinished(what, refusal); },
            Qt::QueuedConnection);
    });
}

void EngineClient::login(const QString& name, const QString& passphrase)
{
    send(cm::LoginCommand{name.toStdString(), passphrase.toStdString()});
}

void EngineClient::addOperator(const QString& name, const QString& role, const QString& passphrase)
{
    send(cm::AddOperatorCommand{name.toStdString(), role.toStdString(), passphrase.toStdString()});
}

void EngineClient::propose(const MoveRequest& move)
{
    send(cm::ProposeCommand{move.account.toStdString(), move.asset.toStdString(), move.from.toStdString(), move.to.toStdString(),
                            move.amount.toStdString()});
}

void EngineClient::planMove(const MoveRequest& move)
{
    m_engine->planMove(cm::ProposeCommand{move.account.toStdString(), move.asset.toStdString(), move.from.toStdString(),
                                          move.to.toStdString(), move.amount.toStdString()},
                       [this](std::string error, std::shared_ptr<const cm::ProposalRow> plan) {
                           ProposalView view = plan ? proposalView(*plan) : ProposalView{};
                           QMetaObject::invokeMethod(
                               this,
                               [this, error = QString::fromStdString(error), view] { Q_EMIT movePlanned(error, view); },
                               Qt::QueuedConnection);
                       });
}

void EngineClient::approveProposal(quint64 id) { send(cm::ProposalCommand{id, "approve", {}}); }
void EngineClient::rejectProposal(quint64 id, const QString& reason) { send(cm::ProposalCommand{id, "reject", reason.toStdString()}); }
void EngineClient::runAgent() { send(cm::AgentRunCommand{}); }
void EngineClient::setPolicy(const QString& json) { send(cm::AgentPolicyCommand{json.toStdString()}); }

void EngineClient::requestAccountDetail(const QString& id)
{
    m_engine->requestAccountDetail(id.toStdString(), [this](cm::AccountDetailPtr detail) {
        // Core thread: hand over only; the ui thread emits.
        QMetaObject::invokeMethod(
            this, [this, detail = std::move(detail)] { Q_EMIT accountDetailReady(AccountDetailView(detail)); },
            Qt::QueuedConnection);
    });
}

void EngineClient::approveLiquidation(quint64 id) { send(cm::LiquidationCommand{id, "approve", {}}); }
void EngineClient::cancelLiquidation(quint64 id, const QString& reason)
{
    send(cm::LiquidationCommand{id, "cancel", reason.toStdString()});
}

void EngineClient::freezeRoute(const QString& route, const QString& reason)
{
    send(cm::RouteCommand{route.toStdString(), "freeze", reason.toStdString()});
}
void EngineClient::unfreezeRoute(const QString& route) { send(cm::RouteCommand{route.toStdString(), "unfreeze", {}}); }
void EngineClient::releaseTransfer(quint64 id) { send(cm::QueuedTransferCommand{id, "release"}); }
void EngineClient::dropTransfer(quint64 id) { send(cm::QueuedTransferCommand{id, "drop"}); }
void EngineClient::transfer(const QString& route, bool back, const QString& account, const QString& amount)
{
    send(cm::TransferCommand{route.toStdString(), back, account.toStdString(), amount.toStdString()});
}

void EngineClient::reportOraclePrice(const QString& asset, const QString& source, const QString& chain, double priceUsd)
{
    send(cm::OraclePriceCommand{asset.toStdString(), source.toStdString(), chain.toStdString(), priceUsd, 0});
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
    m_history.add(m_latest);
    Q_EMIT snapshotPublished(m_latest);
    m_throttle.start(m_settings.publishIntervalMs);
}

} // namespace cm::ui
