// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/test_support.h"

#include "ui/models/account_filter_proxy_model.h"
#include "ui/models/accounts_model.h"
#include "ui/models/chains_model.h"
#include "ui/models/holdings_model.h"
#include "ui/models/liquidations_model.h"
#include "ui/models/oracles_model.h"
#include "ui/util/format.h"
#include "ui/models/model_roles.h"

#include "core/domain/world_loader.h"
#include "core/runtime/clearing_state.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

using cm::ui::AccountFilterProxyModel;
using cm::ui::AccountsModel;
using cm::ui::ChainsModel;
using cm::ui::RawValueRole;

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountsModelFollowsSnapshots()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(client->latest());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
        QCOMPARE(model.index(0, AccountsModel::Id).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(0, AccountsModel::Collateral).data(RawValueRole).toDouble(), 20000.0);
        QCOMPARE(model.index(0, AccountsModel::Debt).data().toString(), QStringLiteral("$12,000.00"));
        QCOMPARE(model.index(2, AccountsModel::Health).data().toString(), QStringLiteral("∞"));
        QVERIFY(std::isinf(model.index(2, AccountsModel::Health).data(RawValueRole).toDouble()));
        QCOMPARE(model.index(4, AccountsModel::Liquidatable).data(RawValueRole).toBool(), true);
        QVERIFY(model.index(4, AccountsModel::Health).data(Qt::BackgroundRole).isValid()); // coloured band

        // A new snapshot with the same accounts changes values in place, with no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        client->start();
        client->setPrice(QStringLiteral("ETH"), QStringLiteral("1400"));
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().liquidatableCount(), 3, 5000); // alice, bob, eve
        model.setSnapshot(client->latest());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0, AccountsModel::Liquidatable).data(RawValueRole).toBool(), true);
        QCOMPARE(model.index(0, AccountsModel::Collateral).data(RawValueRole).toDouble(), 14000.0);
    }

    void proxyFiltersAndSortsByValue()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        AccountsModel model;
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(client->latest());

        proxy.sort(AccountsModel::Health, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, AccountsModel::Id).data().toString(), QStringLiteral("eve"));
        QCOMPARE(proxy.index(4, AccountsModel::Id).data().toString(), QStringLiteral("carol")); // ∞ last

        // Numeric, not text order: $20,000 sorts above $3,000.
        proxy.sort(AccountsModel::Collateral, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AccountsModel::Collateral).data(RawValueRole).toDouble(), 20000.0);

        proxy.setLiquidatableOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AccountsModel::Id).data().toString(), QStringLiteral("eve"));
        proxy.setLiquidatableOnly(false);
        proxy.setText(QStringLiteral("ARBITRUM")); // chain, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AccountsModel::Id).data().toString(), QStringLiteral("bob"));
        proxy.setText(QStringLiteral("car"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 5);
    }

    void chainsModelSumsCollateral()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        ChainsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(client->latest());
        QCOMPARE(model.rowCount(), 2);
        // Ethereum: alice 20,000 + carol 5,000 + dave 3,000 + eve 2,000.
        QCOMPARE(model.index(0, ChainsModel::Collateral).data(RawValueRole).toDouble(), 30000.0);
        QCOMPARE(model.index(1, ChainsModel::Collateral).data(RawValueRole).toDouble(), 20000.0);
        QCOMPARE(model.index(0, ChainsModel::Accounts).data(RawValueRole).toInt(), 4);
        QCOMPARE(model.index(0, ChainsModel::Liquidatable).data(RawValueRole).toInt(), 1);
        QCOMPARE(model.index(1, ChainsModel::FinalityLag).data().toString(), QStringLiteral("18.0 min"));
        // A halt shows: the finality lag grows with the halt, the height stops.
        client->start();
        client->chainStatus(QStringLiteral("arbitrum"), QStringLiteral("halted"));
        client->step(4 * 600); // ten minutes
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().chainStatus(1), QStringLiteral("halted"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().steps(), quint64{2400}, 5000);
        model.setSnapshot(client->latest());
        QCOMPARE(model.index(1, ChainsModel::FinalityLag).data().toString(), QStringLiteral("28.0 min"));
        QCOMPARE(model.index(1, ChainsModel::Height).data(RawValueRole).toULongLong(), quint64{0});
        QCOMPARE(model.index(0, ChainsModel::Height).data(RawValueRole).toULongLong(), quint64{50}); // 600 s / 12 s
        QCOMPARE(model.index(0, ChainsModel::Status).data().toString(), QStringLiteral("live"));
    }

    void oraclesModelShowsSourcesAndRefusals()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::OraclesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        client->start();
        model.setSnapshot(client->latest());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, cm::ui::OraclesModel::Asset).data().toString(), QStringLiteral("ETH"));
        QCOMPARE(model.index(0, cm::ui::OraclesModel::State).data().toString(), QStringLiteral("ok"));
        QCOMPARE(model.index(0, cm::ui::OraclesModel::Sources).data().toString(), QStringLiteral("1 of 1 fresh"));
        // A jump of 60 % is refused by the core and counted; the aggregate stays.
        client->reportOraclePrice(QStringLiteral("ETH"), QStringLiteral("world"), QStringLiteral("ethereum"), 3200.0);
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().assetRejected(0), quint64{1}, 5000);
        model.setSnapshot(client->latest());
        QCOMPARE(model.index(0, cm::ui::OraclesModel::Refused).data(RawValueRole).toULongLong(), quint64{1});
        QVERIFY(model.index(0, cm::ui::OraclesModel::LastRefusal).data().toString().startsWith(QStringLiteral("world: jumps 60")));
        QCOMPARE(model.index(0, cm::ui::OraclesModel::Price).data(RawValueRole).toDouble(), 2000.0);
        // A second source that disagrees by 3 % degrades the asset.
        client->reportOraclePrice(QStringLiteral("ETH"), QStringLiteral("pyth"), QStringLiteral("arbitrum"), 2060.0);
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().assetOracleState(0), QStringLiteral("degraded"), 5000);
        model.setSnapshot(client->latest());
        QCOMPARE(model.index(0, cm::ui::OraclesModel::Sources).data().toString(), QStringLiteral("2 of 2 fresh"));
        QVERIFY(model.index(0, cm::ui::OraclesModel::Sources).data(Qt::ToolTipRole).toString().contains(QStringLiteral("pyth (arbitrum)")));
    }

    void detailModelsExplainAnAccount()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::HoldingsModel holdings;
        cm::ui::ObligationsModel obligations;
        QAbstractItemModelTester t1(&holdings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&obligations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(client.get(), &cm::ui::EngineClient::accountDetailReady, &holdings, &cm::ui::HoldingsModel::setDetail);
        connect(client.get(), &cm::ui::EngineClient::accountDetailReady, &obligations, &cm::ui::ObligationsModel::setDetail);
        client->start();
        client->requestAccountDetail(QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(holdings.rowCount(), 1, 5000);
        QCOMPARE(holdings.index(0, cm::ui::HoldingsModel::Chain).data().toString(), QStringLiteral("arbitrum"));
        QCOMPARE(holdings.index(0, cm::ui::HoldingsModel::Asset).data().toString(), QStringLiteral("ETH (claim)"));
        QCOMPARE(holdings.index(0, cm::ui::HoldingsModel::Volatility).data(RawValueRole).toDouble(), 0.17);
        QVERIFY(std::fabs(holdings.index(0, cm::ui::HoldingsModel::Latency).data(RawValueRole).toDouble() - 0.00526681) < 1e-8);
        QCOMPARE(holdings.index(0, cm::ui::HoldingsModel::Horizon).data().toString(), QStringLiteral("96.0 min"));
        QCOMPARE(obligations.rowCount(), 1);
        QCOMPARE(obligations.index(0, cm::ui::ObligationsModel::Kind).data().toString(), QStringLiteral("debt"));

        client->requestAccountDetail(QStringLiteral("dave")); // a short perp on arbitrum
        QTRY_COMPARE_WITH_TIMEOUT(obligations.rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(obligations.index(0, cm::ui::ObligationsModel::Kind).data().toString(), QStringLiteral("short"), 5000);
        QCOMPARE(obligations.index(0, cm::ui::ObligationsModel::Pnl).data(RawValueRole).toDouble(), 500.0);
        QCOMPARE(obligations.index(0, cm::ui::ObligationsModel::Where).data().toString(), QStringLiteral("perp-arb · arbitrum"));
    }

    void formatsMoneyAndShares()
    {
        QCOMPARE(cm::ui::formatUsd(-1755.71), QStringLiteral("−$1,755.71"));
        QCOMPARE(cm::ui::formatUsd(-0.001), QStringLiteral("$0.00"));
        QCOMPARE(cm::ui::formatUsd(12946670.31), QStringLiteral("$12,946,670.31"));
        QCOMPARE(cm::ui::formatUsdShort(-2.5e6), QStringLiteral("−$2.5M"));
        QCOMPARE(cm::ui::formatPercent(-0.0000004, 2), QStringLiteral("0.00 %"));
        QCOMPARE(cm::ui::formatPercent(0.27534, 1), QStringLiteral("27.5 %"));
        QCOMPARE(cm::ui::formatHealth(qInf()), QStringLiteral("∞"));
        QCOMPARE(cm::ui::formatDuration(5760000), QStringLiteral("96.0 min"));
        QCOMPARE(cm::ui::formatDuration(86340000), QStringLiteral("23 h 59 min"));
        QCOMPARE(cm::ui::formatDuration(3 * 86400000 + 7200000), QStringLiteral("3 d 2 h"));
    }

    void liquidationModelsShowPositionsAndTheLossLedger()
    {
        // The perpetuals world after ETH falls to $1,950: a bankrupt long deleveraged against two shorts.
        auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/perps.json");
        QVERIFY(w.ok());
        cm::ClearingState state(std::move(w).value(), 12, 250);
        state.setPrice(0, static_cast<cm::Int128>(1950) * 100000000);
        state.runLiquidations();
        state.advance(4 * 3);
        const cm::ui::SnapshotView view(std::make_shared<cm::Snapshot>(state.snapshot()));
        cm::ui::LossLedgerModel losses;
        QAbstractItemModelTester lossTester(&losses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        losses.setSnapshot(view);
        QCOMPARE(losses.rowCount(), 3);
        QStringList events, covers;
        for (int r = 0; r < 3; ++r) {
            events << losses.index(r, cm::ui::LossLedgerModel::Event).data().toString();
            covers << losses.index(r, cm::ui::LossLedgerModel::Against).data().toString();
        }
        QCOMPARE(events.count(QStringLiteral("deleveraged")), 2);
        QCOMPARE(events.count(QStringLiteral("bad debt")), 1);
        QCOMPARE(covers.count(QStringLiteral("underwater")), 2);
        cm::ui::LiquidationsModel queue;
        QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.setSnapshot(view);
        bool found = false;
        for (int r = 0; r < queue.rowCount(); ++r)
            if (queue.item(r).account == QLatin1String("underwater")) {
                found = true;
                QCOMPARE(queue.index(r, cm::ui::LiquidationsModel::Kind).data().toString(), QStringLiteral("position ETH"));
                const QString history = queue.index(r, cm::ui::LiquidationsModel::Id).data(Qt::ToolTipRole).toString();
                QVERIFY2(history.contains(QStringLiteral("queued → assigned")) && history.contains(QStringLiteral("assigned → settled")),
                         qPrintable(history));
            }
        QVERIFY(found);
        QCOMPARE(view.holdCount(), 1);
        QVERIFY(view.holds().front().startsWith(QStringLiteral("underwater (50 blocks of ethereum")));
    }

    void demoBookUnderTheTester()
    {
        cm::ui::EngineSettings settings;
        settings.speed = 600;
        auto client = cm::test::makeClient(cm::test::demoWorldPath(), settings);
        AccountsModel model;
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // The tester walks the whole model on every change: on 5,000 live rows, the source model.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QElapsedTimer applying;
        qint64 slowestMs = 0;
        connect(client.get(), &cm::ui::EngineClient::snapshotPublished, &model, [&](const cm::ui::SnapshotView& s) {
            applying.start();
            model.setSnapshot(s);
            proxy.refresh();
            slowestMs = std::max(slowestMs, applying.elapsed());
        });
        proxy.sort(AccountsModel::Health);
        QSignalSpy spy(client.get(), &cm::ui::EngineClient::snapshotPublished);
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 5, 20000);
        QVERIFY(model.rowCount() >= 5000);
        qInfo("slowest snapshot applied to model and proxy: %lld ms", slowestMs);
        // Still sorted after live updates.
        for (int r = 1; r < 50; ++r)
            QVERIFY(proxy.index(r - 1, AccountsModel::Health).data(RawValueRole).toDouble()
                    <= proxy.index(r, AccountsModel::Health).data(RawValueRole).toDouble());
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
