// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bad feed lines and the error each must get. Kept out of the test source: moc 6.4 does not
// tokenize raw string literals.

#include <string>
#include <vector>

namespace cm::test {

struct BadFeedLine {
    const char* name;
    std::string line;
    const char* error;
};

inline std::vector<BadFeedLine> badFeedLines()
{
    return {
        {"not JSON", "hello", "not valid JSON"},
        {"truncated JSON", R"({"type":"price","asset":"ETH")", "not valid JSON"},
        {"not an object", "[1,2]", "expected an object"},
        {"no type", R"({"asset":"ETH"})", "type: missing field"},
        {"unknown type", R"({"type":"trade"})", "type: unknown type 'trade'"},
        {"type not a string", R"({"type":7})", "type: expected a string"},
        {"unknown asset", R"({"type":"price","asset":"DOGE","source":"x","chain":"ethereum","price":"1"})", "asset: unknown asset 'DOGE'"},
        {"unknown chain", R"({"type":"price","asset":"ETH","source":"x","chain":"polygon","price":"1"})", "chain: unknown chain 'polygon'"},
        {"missing price", R"({"type":"price","asset":"ETH","source":"x","chain":"ethereum"})", "price: missing field"},
        {"price not a number", R"({"type":"price","asset":"ETH","source":"x","chain":"ethereum","price":"abc"})", "price: bad number 'abc'"},
        {"price as boolean", R"({"type":"price","asset":"ETH","source":"x","chain":"ethereum","price":true})", "price: expected a decimal string or a number"},
        {"unknown key", R"({"type":"price","asset":"ETH","source":"x","chain":"ethereum","price":"1","colour":"red"})", "colour: unknown key"},
        {"empty source", R"({"type":"price","asset":"ETH","source":"","chain":"ethereum","price":"1"})", "source: must not be empty"},
        {"bad ts", R"({"type":"price","asset":"ETH","source":"x","chain":"ethereum","price":"1","ts":"now"})", "ts: expected an integer"},
        {"unknown status", R"({"type":"chain_status","chain":"ethereum","status":"asleep"})", "status: unknown status 'asleep'"},
        {"negative amount", R"({"type":"holding","account":"a","chain":"ethereum","asset":"ETH","amount":"-1"})", "amount: negative amount"},
        {"too precise", R"({"type":"debt","account":"a","chain":"ethereum","asset":"USDC","amount":"1.0000001"})", "amount: too many decimal places"},
        {"claim without route", R"({"type":"holding","account":"a","chain":"arbitrum","asset":"ETH","amount":"1"})", "chain: ETH is native on 'ethereum'"},
        {"route of another asset", R"({"type":"holding","account":"a","chain":"arbitrum","asset":"ETH","route":"eth-arb-USDC","amount":"1"})", "route: route 'eth-arb-USDC' does not mint ETH"},
        {"unknown route", R"({"type":"holding","account":"a","chain":"arbitrum","asset":"ETH","route":"nope","amount":"1"})", "route: unknown route 'nope'"},
        {"missing account", R"({"type":"debt","chain":"ethereum","asset":"USDC","amount":"1"})", "account: missing field"},
        {"zero entry price", R"({"type":"position","account":"a","venue":"v","chain":"arbitrum","market":"ETH","size":"1","entry_price":"0"})", "entry_price: must be greater than zero"},
        {"amount as number", R"({"type":"holding","account":"a","chain":"ethereum","asset":"ETH","amount":1})", "amount: expected a decimal string"},
        {"binary garbage", std::string("\x01\x02\xff\xfe"), "not valid JSON"},
    };
}

} // namespace cm::test
