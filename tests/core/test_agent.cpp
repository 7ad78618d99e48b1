// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §8: operators and roles, the clearing agent's proposals, the approval policy
// (auto-approval, maker-checker, two approvers, bounded change, expiry) and execution.
#include "core/agent/operators.h"
#include "core/domain/world_loader.h"
#include "core/journal/journal.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/runtime/journaled_state.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

cm::World agentWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/agent.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

std::unique_ptr<cm::ClearingState> makeState(const cm::World& w) { return std::make_unique<cm::ClearingState>(w, 5, 1000); }

cm::Operator op(const std::string& name, cm::AccountRole role, std::uint8_t seed)
{
    cm::KeySeed s {};
    s.fill(seed);
    const cm::SigningKey key = cm::SigningKey::fromSeed(s);
    cm::Operator o;
    o.name = name;
    o.role = role;
    o.public_key = key.publicKey();
    return o; // the sealed box is not opened in these tests (see sealing())
}

// An admin, a treasury desk, two risk officers, a trader and a viewer.
void addDesk(cm::ClearingState& s)
{
    QCOMPARE(QString::fromStdString(s.addOperator({}, op("ada", cm::AccountRole::Admin, 1))), QString());
    QCOMPARE(QString::fromStdString(s.addOperator("ada", op("tess", cm::AccountRole::Treasury, 2))), QString());
    QCOMPARE(QString::fromStdString(s.addOperator("ada", op("rita", cm::AccountRole::RiskOfficer, 3))), QString());
    QCOMPARE(QString::fromStdString(s.addOperator("ada", op("rob", cm::AccountRole::RiskOfficer, 4))), QString());
    QCOMPARE(QString::fromStdString(s.addOperator("ada", op("trey", cm::AccountRole::Trader, 5))), QString());
    QCOMPARE(QString::fromStdString(s.addOperator("ada", op("vic", cm::AccountRole::Viewer, 6))), QString());
}

cm::ClearingState::MoveRequest move(const cm::World& w, const std::string& account, const char* asset, const char* from,
                                    const char* to, const char* amount)
{
    cm::ClearingState::MoveRequest q;
    q.account = account;
    q.asset = static_cast<cm::AssetIndex>(w.findAsset(asset));
    q.from = static_cast<cm::ChainIndex>(w.findChain(from));
    q.to = static_cast<cm::ChainIndex>(w.findChain(to));
    q.amount = cm::parseDecimal(amount, w.assets[q.asset].decimals).value();
    return q;
}

QString stateOf(const cm::ClearingState& s, std::uint64_t id)
{
    const cm::Proposal* p = s.agent().find(id);
    return p ? QString::fromLatin1(cm::toString(p->state)) : QStringLiteral("missing");
}

cm::AccountMetrics metricsOf(const cm::ClearingState& s, const std::string& id)
{
    for (std::size_t i = 0; i < s.world().accounts.size(); ++i)
        if (s.world().accounts[i].id == id)
            return s.metrics()[i];
    qFatal("no account %s", id.c_str());
}

// Advances until the proposal is no longer executing (at most a simulated day).
void runUntilSettled(cm::ClearingState& s, std::uint64_t id)
{
    for (int i = 0; i < 86400 && s.agent().find(id)->state == cm::ProposalState::Executing; ++i)
        s.advance(1);
}

} // namespace

class TestAgent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sealing()
    {
        const cm::SigningKey key = cm::SigningKey::generate();
        const cm::SealedKey sealed = cm::sealKey(key, "correct horse");
        auto opened = cm::unsealKey(sealed, key.publicKey(), "correct horse");
        QVERIFY(opened.ok());
        QVERIFY(opened.value().publicKey() == key.publicKey());
        auto wrong = cm::unsealKey(sealed, key.publicKey(), "correct hors");
        QVERIFY(!wrong.ok());
        QCOMPARE(QString::fromStdString(wrong.error().message), QStringLiteral("wrong passphrase"));
        // The box survives its hex form; a sealed key for another public key is refused.
        auto back = cm::SealedKey::fromHex(sealed.toHex());
        QVERIFY(back.ok());
        QVERIFY(cm::unsealKey(back.value(), key.publicKey(), "correct horse").ok());
        QVERIFY(!cm::unsealKey(back.value(), cm::SigningKey::generate().publicKey(), "correct horse").ok());
        QVERIFY(!cm::SealedKey::fromHex("00ff").ok());
    }

    void operatorsAndRoles()
    {
        const cm::World w = agentWorld();
        auto s = makeState(w);
        // With no profiles, a single-user desk: anyone acts as an admin.
        QVERIFY(s->operatorRole("anyone") == cm::AccountRole::Admin);
        QCOMPARE(QString::fromStdString(s->addOperator({}, op("tess", cm::AccountRole::Treasury, 2))),
                 QStringLiteral("the first operator must be an admin"));
        addDesk(*s);
        QCOMPARE(QString::fromStdString(s->addOperator({}, op("zed", cm::AccountRole::Admin, 9))),
                 QStringLiteral("a new operator is added by an admin"));
        QCOMPARE(QString::fromStdString(s->addOperator("rita", op("zed", cm::AccountRole::Admin, 9))),
                 QStringLiteral("operator rita (risk_officer) may not add operators"));
        QCOMPARE(QString::fromStdString(s->addOperator("ada", op("tess", cm::AccountRole::Viewer, 9))), QStringLiteral("operator tess exists"));
        QVERIFY(s->operatorRole("nobody") == cm::AccountRole::Invalid);

        // Who may propose and approve: the core refuses with the reason.
        auto byTrader = s->propose("trey", move(w, "desk", "USDC", "ethereum", "arbitrum", "1000"));
        QVERIFY(!byTrader.ok());
        QCOMPARE(QString::fromStdString(byTrader.error().message), QStringLiteral("operator trey (trader) may not propose collateral moves"));
        QVERIFY(!s->propose("vic", move(w, "desk", "USDC", "ethereum", "arbitrum", "1000")).ok());
        QVERIFY(!s->propose("nobody", move(w, "desk", "USDC", "ethereum", "arbitrum", "1000")).ok());
        auto big = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "100000"));
        QVERIFY(big.ok());
        QCOMPARE(stateOf(*s, big.value()), QStringLiteral("pending"));
        QCOMPARE(QString::fromStdString(s->approveProposal("trey", big.value())),
                 QStringLiteral("operator trey (trader) may not approve or reject proposals"));
        QCOMPARE(QString::fromStdString(s->approveProposal("tess", big.value())),
                 QStringLiteral("operator tess (treasury) may not approve or reject proposals"));
        QCOMPARE(QString::fromStdString(s->setAgentPolicy("rita", s->agent().policy)),
                 QStringLiteral("operator rita (risk_officer) may not edit the approval policy"));
        QCOMPARE(QString::fromStdString(s->setAgentPolicy("ada", s->agent().policy)), QString());
        QCOMPARE(stateOf(*s, big.value()), QStringLiteral("pending"));
    }

    void autoApprovalBelowTheThreshold()
    {
        const cm::World w = agentWorld();
        auto s = makeState(w);
        addDesk(*s);
        // $10,000 on a healthy route: executed at once, no approver.
        auto small = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "10000"));
        QVERIFY(small.ok());
        const cm::Proposal* p = s->agent().find(small.value());
        QCOMPARE(stateOf(*s, small.value()), QStringLiteral("executing"));
        QVERIFY(p->approvers.empty());
        QVERIFY(p->transfer > 0);
        QCOMPARE(QString::fromLatin1(cm::toString(s->interop().find(p->transfer)->state)), QStringLiteral("locked"));
        runUntilSettled(*s, small.value());
        QCOMPARE(stateOf(*s, small.value()), QStringLiteral("done"));
        // Every step of the transfer is on the proposal.
        QStringList steps;
        for (const auto& st : s->agent().find(small.value())->steps)
            steps << QString::fromStdString(st.text);
        QVERIFY2(steps.join('\n').contains(QStringLiteral("auto-approved")), qPrintable(steps.join('\n')));
        QVERIFY2(steps.join('\n').contains(QStringLiteral("transfer attested")), qPrintable(steps.join('\n')));
        QVERIFY2(steps.last().startsWith(QStringLiteral("arrived on arbitrum")), qPrintable(steps.join('\n')));
        // The desk's USDC moved: 50,000 + 10,000 claims on arbitrum.
        Int128Check(*s, "desk", "arbitrum", "USDC", "60000");
    }

    void makerChecker()
    {
        const cm::World w = agentWorld();
        auto s = makeState(w);
        addDesk(*s);
        auto id = s->propose("rita", move(w, "desk", "USDC", "ethereum", "arbitrum", "100000"));
        QVERIFY(id.ok());
        QCOMPARE(s->agent().find(id.value())->required_approvals, 1);
        QCOMPARE(QString::fromStdString(s->approveProposal("rita", id.value())),
                 QStringLiteral("maker-checker: rita proposed %1 and may not approve it").arg(id.value()));
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("pending"));
        QCOMPARE(QString::fromStdString(s->approveProposal("rob", id.value())), QString());
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("executing"));
        QCOMPARE(QString::fromStdString(s->approveProposal("rob", id.value())),
                 QStringLiteral("proposal %1 is executing, not pending").arg(id.value()));
        // A rejection needs a reason and closes the proposal.
        auto other = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "200000"));
        QVERIFY(other.ok());
        QCOMPARE(QString::fromStdString(s->rejectProposal("rob", other.value(), "")), QStringLiteral("a rejection needs a reason"));
        QCOMPARE(QString::fromStdString(s->rejectProposal("rob", other.value(), "buffer is enough")), QString());
        QCOMPARE(stateOf(*s, other.value()), QStringLiteral("rejected"));
        QCOMPARE(QString::fromStdString(s->agent().find(other.value())->reason), QStringLiteral("buffer is enough"));
        QVERIFY(!s->approveProposal("rita", other.value()).empty());
    }

    void twoApproversAtTheBigSize()
    {
        cm::World w = agentWorld();
        auto s = makeState(w);
        addDesk(*s);
        auto id = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "1000000"));
        QVERIFY(id.ok());
        const cm::Proposal* p = s->agent().find(id.value());
        QCOMPARE(p->required_approvals, 2);
        QCOMPARE(QString::fromStdString(s->approveProposal("rita", id.value())), QString());
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("pending"));
        QCOMPARE(QString::fromStdString(s->approveProposal("rita", id.value())),
                 QStringLiteral("rita has already approved proposal %1; the next approval must come from someone else").arg(id.value()));
        QCOMPARE(QString::fromStdString(s->approveProposal("ada", id.value())), QString());
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("executing"));
        QCOMPARE(p->approvers.size(), std::size_t {2});
        // $1M is the source chain's governor big-transaction size: the transfer waits 24 h.
        const cm::Transfer* t = s->interop().find(p->transfer);
        QCOMPARE(QString::fromLatin1(cm::toString(t->state)), QStringLiteral("queued"));
        QVERIFY(QString::fromStdString(p->steps.back().text).contains(QStringLiteral("governor")));
    }

    void boundedChangePerPeriod()
    {
        cm::World w = agentWorld();
        w.agent.period_limit_usd_e8 = cm::Int128 {150000} * cm::kUsdOne;
        auto s = makeState(w);
        addDesk(*s);
        auto a = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "100000"));
        auto b = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "100000"));
        QCOMPARE(s->approveProposal("rita", a.value()), std::string());
        const std::string refused = s->approveProposal("rita", b.value());
        QVERIFY2(QString::fromStdString(refused).startsWith(QStringLiteral("policy: $100,000.00 of the $150,000.00 allowed per 24 h")), refused.c_str());
        QCOMPARE(stateOf(*s, b.value()), QStringLiteral("pending"));
        // A small move that would exceed the bound is not auto-approved either.
        auto c = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "49000"));
        QCOMPARE(stateOf(*s, c.value()), QStringLiteral("executing"));
        auto d = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "40000"));
        QCOMPARE(stateOf(*s, d.value()), QStringLiteral("pending"));
    }

    void expiry()
    {
        const cm::World w = agentWorld();
        auto s = makeState(w);
        addDesk(*s);
        auto id = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "100000"));
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("pending"));
        s->advance(3599); // one second a step: an hour less a second
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("pending"));
        s->advance(1);
        QCOMPARE(stateOf(*s, id.value()), QStringLiteral("expired"));
        QCOMPARE(QString::fromStdString(s->approveProposal("rita", id.value())),
                 QStringLiteral("proposal %1 is expired, not pending").arg(id.value()));
        // The desk's USDC never moved.
        Int128Check(*s, "desk", "ethereum", "USDC", "5000000");
    }

    void projectedHealthIsTheHealthAfterExecution()
    {
        cm::World w = agentWorld();
        w.agent.enabled = true;
        auto s = makeState(w);
        // The agent's first run: the account under 1.25 gets a rebalance (claims home, off the
        // route's trust add-on), the underwater one nothing (its free collateral is negative),
        // the desk a refill of its arbitrum USDC buffer.
        s->advance(300);
        const cm::Proposal* rebalance = nullptr;
        const cm::Proposal* buffer = nullptr;
        for (const cm::Proposal& p : s->agent().proposals) {
            QVERIFY2(p.account != "underwater" && p.account != "safe", p.account.c_str());
            if (p.account == "stretched")
                rebalance = &p;
            if (p.account == "desk")
                buffer = &p;
        }
        QVERIFY(rebalance && buffer);
        QVERIFY(rebalance->kind == cm::ProposalKind::Rebalance);
        QCOMPARE(QString::fromStdString(rebalance->proposer), QStringLiteral("agent"));
        QVERIFY(rebalance->back); // claims burned on arbitrum, ETH unlocked at home
        QVERIFY(rebalance->health_after > rebalance->health_before + 0.001);
        QVERIFY(rebalance->health_in_flight < rebalance->health_before);
        QVERIFY(std::abs(rebalance->health_before - 160000.0 / 150000.0) < 1e-9);
        QCOMPARE(rebalance->cost_usd_e8, rebalance->usd_e8 * 5 / 10000); // the route's 5 bps
        QCOMPARE(QString::fromLatin1(cm::toString(rebalance->state)), QStringLiteral("executing")); // small: auto-approved
        QVERIFY(buffer->kind == cm::ProposalKind::Buffer);
        QCOMPARE(QString::fromStdString(cm::formatDecimal(buffer->amount, 6)), QStringLiteral("150000"));
        QCOMPARE(QString::fromLatin1(cm::toString(buffer->state)), QStringLiteral("pending")); // $150,000: needs a risk officer
        // While it travels the account has exactly the in-flight health.
        QVERIFY(std::abs(metricsOf(*s, "stretched").health - rebalance->health_in_flight) < 1e-12);
        const std::uint64_t id = rebalance->id;
        const double projected = rebalance->health_after;
        runUntilSettled(*s, id);
        const cm::Proposal* done = s->agent().find(id);
        QCOMPARE(QString::fromLatin1(cm::toString(done->state)), QStringLiteral("done"));
        QVERIFY2(std::abs(done->health_done - projected) < 1e-12, qPrintable(QString::number(done->health_done - projected)));
        QVERIFY(std::abs(metricsOf(*s, "stretched").health - projected) < 1e-12);
        // One open proposal per account: the next run leaves the desk's pending buffer alone.
        const std::size_t before = s->agent().proposals.size();
        QCOMPARE(s->runAgent("x"), std::string());
        for (std::size_t i = before; i < s->agent().proposals.size(); ++i)
            QVERIFY(s->agent().proposals[i].account != "desk");
    }

    void agentNeverBreaksTheSourceSide()
    {
        // A book of accounts just under the warning, some with their collateral on arbitrum,
        // some at home; whatever the agent moves, every account keeps its initial requirement
        // (free collateral ≥ 0) while the collateral travels, and no account goes below 1.
        cm::World w = agentWorld();
        w.agent.enabled = true;
        w.agent.auto_approve_usd_e8 = cm::Int128 {10000000} * cm::kUsdOne;
        w.agent.big_tx_usd_e8 = w.agent.auto_approve_usd_e8;
        w.agent.buffers.clear();
        for (int i = 0; i < 60; ++i) {
            cm::Account a;
            a.id = "acct-" + std::to_string(i);
            const int claims = 10 + (i * 7) % 80;
            a.holdings().push_back({1, 0, 0, cm::Int128 {claims} * cm::pow10i(18)});
            a.holdings().push_back({0, 0, cm::kNoRoute, cm::Int128 {100 - claims} * cm::pow10i(18)});
            // Health between 0.95 and 1.30 at $2,000.
            const double ac = claims * 2000.0 * 0.78 + (100 - claims) * 2000.0 * 0.83;
            const double health = 0.95 + 0.35 * (i % 20) / 19.0;
            a.debts().push_back({0, 1, static_cast<cm::Int128>(std::llround(ac / health)) * 1000000});
            w.routes[0].locked += a.holdings()[0].amount; // the vault backs the claims 1:1
            w.accounts.push_back(a);
        }
        auto s = makeState(w);
        int opened = 0;
        for (int run = 0; run < 4; ++run) {
            const std::size_t before = s->agent().proposals.size();
            s->advance(300);
            for (std::size_t k = before; k < s->agent().proposals.size(); ++k) {
                const cm::Proposal& p = s->agent().proposals[k];
                if (p.account.rfind("acct-", 0) != 0)
                    continue;
                ++opened;
                QVERIFY(p.health_in_flight >= 1.0);
                QVERIFY(p.health_after > p.health_before);
            }
            for (std::size_t i = 0; i < s->world().accounts.size(); ++i) {
                const cm::Account& a = s->world().accounts[i];
                if (a.id.rfind("acct-", 0) != 0)
                    continue;
                const cm::AccountMetrics m = s->metrics()[i];
                bool moved = false;
                for (const cm::Proposal& p : s->agent().proposals)
                    moved = moved || (p.account == a.id && p.state != cm::ProposalState::Failed);
                if (moved)
                    QVERIFY2(m.free_collateral_e8() >= 0, a.id.c_str());
            }
        }
        QVERIFY2(opened >= 20, qPrintable(QString::number(opened)));
        // By hand, a move larger than the free collateral is refused with the reason.
        const cm::World& sw = s->world();
        auto tooMuch = s->planMove(move(sw, "stretched", "ETH", "arbitrum", "ethereum", "50"));
        QVERIFY(!tooMuch.ok());
        QVERIFY2(QString::fromStdString(tooMuch.error().message).contains(QStringLiteral("below its initial requirement while it travels")),
                 tooMuch.error().message.c_str());
        auto noRoute = s->planMove(move(sw, "desk", "USDC", "arbitrum", "arbitrum", "1"));
        QVERIFY(!noRoute.ok());
    }

    void closedProposalsArePrunedOpenOnesKept()
    {
        cm::World w = agentWorld();
        w.agent.expiry_ms = 60000;
        auto s = makeState(w);
        addDesk(*s);
        for (int i = 0; i < 3100; ++i)
            QVERIFY(s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "60000")).ok());
        s->advance(60);
        QCOMPARE(stateOf(*s, 3100), QStringLiteral("expired"));
        auto open = s->propose("tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "60000"));
        QVERIFY(open.ok());
        // The newest closed ones are kept, every open one too, in id order; lookups still work.
        QCOMPARE(s->agent().proposals.size(), cm::AgentBook::kClosedKept + 1);
        QVERIFY(s->agent().find(1) == nullptr);
        QCOMPARE(stateOf(*s, 3100 - cm::AgentBook::kClosedKept + 1), QStringLiteral("expired"));
        QCOMPARE(stateOf(*s, open.value()), QStringLiteral("pending"));
        QCOMPARE(s->approveProposal("rita", open.value()), std::string());
        QCOMPARE(stateOf(*s, open.value()), QStringLiteral("executing"));
        // The snapshot shows the open ones and the newest 300 closed, newest first.
        const cm::Snapshot snap = s->snapshot();
        QCOMPARE(snap.proposals.size(), std::size_t {301});
        QCOMPARE(snap.proposals.front().id, open.value());
        QCOMPARE(QString::fromStdString(snap.proposals.front().state), QStringLiteral("executing"));
        QCOMPARE(snap.operators.size(), std::size_t {6});
    }

    void journaledProposalsReplayToTheSameState()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("agent.db")).toStdString();
        const cm::World w = agentWorld();
        std::string hash;
        {
            auto journal = cm::Journal::open(path);
            QVERIFY(journal.ok());
            std::shared_ptr<cm::Journal> j = std::move(journal).value();
            QFile file(QStringLiteral(CM_TEST_DATA_DIR "/worlds/agent.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto text = cm::canonicalWorldJson(file.readAll().toStdString());
            j->append(0, "genesis", cm::genesisEvent(text.value(), 5, 1000).payload);
            cm::JournaledState js(makeState(w), j);
            const cm::SigningKey key = cm::SigningKey::generate();
            cm::Operator admin = op("ada", cm::AccountRole::Admin, 1);
            admin.public_key = key.publicKey();
            admin.sealed = cm::sealKey(key, "passphrase");
            QCOMPARE(js.apply(cm::operatorAddEvent({}, admin)), std::string());
            QCOMPARE(js.apply(cm::operatorAddEvent("ada", op("tess", cm::AccountRole::Treasury, 2))), std::string());
            QCOMPARE(js.apply(cm::operatorAddEvent("ada", op("rita", cm::AccountRole::RiskOfficer, 3))), std::string());
            QCOMPARE(js.apply(cm::proposeEvent(w, "tess", move(w, "desk", "USDC", "ethereum", "arbitrum", "300000"))), std::string());
            QCOMPARE(js.apply(cm::proposalDecisionEvent("proposal_approve", "tess", 1)),
                     std::string("operator tess (treasury) may not approve or reject proposals"));
            QCOMPARE(js.apply(cm::proposalDecisionEvent("proposal_approve", "rita", 1)), std::string());
            js.advance(600);
            js.flushSteps();
            QCOMPARE(js.apply(cm::agentPolicyEvent(w, "ada", w.agent)), std::string());
            hash = js.state().stateHash();
            j->flush();
        }
        auto journal = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        QVERIFY(journal.ok());
        auto fromGenesis = cm::recoverState(*journal.value(), false);
        QVERIFY2(fromGenesis.ok(), fromGenesis.ok() ? "" : fromGenesis.error().message.c_str());
        QCOMPARE(fromGenesis.value().state->stateHash(), hash);
        const cm::Proposal* p = fromGenesis.value().state->agent().find(1);
        QVERIFY(p);
        QCOMPARE(QString::fromLatin1(cm::toString(p->state)), QStringLiteral("executing"));
        QCOMPARE(p->approvers, std::vector<std::string> {"rita"});
        // The saved state restores the operators and the proposal.
        auto copy = makeState(w);
        QVERIFY(copy->loadState(fromGenesis.value().state->saveState()).ok());
        QCOMPARE(copy->stateHash(), hash);
        QCOMPARE(copy->agent().operators.size(), std::size_t {3});
    }

private:
    static void Int128Check(const cm::ClearingState& s, const std::string& account, const char* chain, const char* asset,
                            const char* amount)
    {
        const cm::World& w = s.world();
        cm::Int128 held = 0;
        for (const cm::Account& a : w.accounts)
            if (a.id == account)
                for (const cm::Holding& h : a.holdings())
                    if (h.chain == static_cast<cm::ChainIndex>(w.findChain(chain)) && h.asset == static_cast<cm::AssetIndex>(w.findAsset(asset)))
                        held += h.amount;
        QCOMPARE(QString::fromStdString(cm::formatDecimal(held, w.assets[w.findAsset(asset)].decimals)), QString::fromLatin1(amount));
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "test_agent.moc"
