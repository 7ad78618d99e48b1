// SPDX-License-Identifier: GPL-3.0-or-later
// The event script of test_recovery (raw strings and digit separators live here, out of moc's way).
#pragma once

#include "core/net/feed_protocol.h"
#include "core/runtime/journaled_state.h"
#include "core/sim/replay_scenario.h"
#include "tests/core/test_worlds.h"

#include <QtGlobal>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace cm::test {

inline std::string fileText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline std::string demoJson() { return fileText(CM_SOURCE_DIR "/resources/worlds/demo.json"); }

inline cm::FeedUpdate feed(const cm::World& w, const std::string& line)
{
    auto u = cm::parseFeedLine(line, w);
    if (!u)
        qFatal("%s: %s", line.c_str(), u.error().message.c_str());
    return u.value();
}

// Every kind of event, in an order a desk might produce them.
inline std::vector<cm::StateEvent> script(const cm::World& w, int part)
{
    std::vector<cm::StateEvent> e;
    if (part == 0) {
        e.push_back(cm::advanceEvent(120));
        e.push_back(cm::feedEvent(feed(w, R"({"type":"price","asset":"ETH","source":"desk","chain":"ethereum","price":3010.5})"), w));
        e.push_back(cm::feedEvent(
            feed(w, R"({"type":"holding","account":"zed","chain":"arbitrum","asset":"ETH","route":"eth-arb-ETH","amount":"12.5"})"), w));
        e.push_back(cm::feedEvent(feed(w, R"({"type":"debt","account":"zed","chain":"arbitrum","asset":"USDC","amount":"20000"})"), w));
        e.push_back(cm::setPriceEvent(w, 1, 91000LL * 100000000));
        e.push_back(cm::chainStatusEvent(w, 3, cm::ChainStatus::Halted));
        e.push_back(cm::advanceEvent(60));
        e.push_back(cm::oraclePriceEvent(w, 3, "chainlink", 0, -5.0, w.start_time_s * 1000)); // refused, counted
        e.push_back(cm::chainStatusEvent(w, 3, cm::ChainStatus::Live));
    } else {
        auto scenario = cm::loadReplayScenario(CM_SOURCE_DIR "/resources/scenarios/black_thursday_2020.json");
        if (!scenario)
            qFatal("%s", scenario.error().message.c_str());
        e.push_back(cm::replayEvent(scenario.value().get()));
        for (int i = 0; i < 12; ++i)
            e.push_back(cm::advanceEvent(40 + i));
        e.push_back(cm::feedEvent(
            feed(w, R"({"type":"position","account":"zed","venue":"dydx","chain":"arbitrum","market":"SOL","size":"-40","entry_price":"150"})"), w));
        e.push_back(cm::feedEvent(feed(w, R"({"type":"holding","account":"desk-01","chain":"ethereum","asset":"ETH","amount":"0"})"), w));
        e.push_back(cm::advanceEvent(300));
    }
    return e;
}

inline std::vector<cm::StateEvent> fullScript(const cm::World& w)
{
    auto e = script(w, 0);
    const auto more = script(w, 1);
    e.insert(e.end(), more.begin(), more.end());
    return e;
}

inline std::string uninterruptedHash(const std::vector<cm::StateEvent>& events)
{
    cm::JournaledState s(std::make_unique<cm::ClearingState>(cm::test::demoWorld(), cm::test::demoWorld().seed, 250));
    for (const auto& e : events)
        s.apply(e);
    return s.state().stateHash();
}

inline std::string holdingLine(int i)
{
    return R"({"type":"holding","account":"k)" + std::to_string(i) + R"(","chain":"ethereum","asset":"USDC","amount":")"
        + std::to_string(1000 + i) + "\"}";
}

inline const char* kEthPriceLine = R"({"type":"price","asset":"ETH","source":"desk","chain":"ethereum","price":3000})";
inline constexpr cm::Int128 kEth2500 = 2500'00000000;

} // namespace cm::test
