#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/worlds/bridges.json: the world of the five bridge-exploit scripts
(resources/bridge/*.json). Prices are the closes of the Wormhole exploit's day (2022-02-02) from
shared/data/market/daily; Ethereum, Solana, BSC and Avalanche block and finality times follow
chains/chain_params.csv as the demo world does; governor limits are Wormhole's first populated
ones (chains/wormhole_governor_mainnet_limits.csv, 2022-08-30). Ronin, Harmony and Fantom are not
in the data: their block times are the chains' documented ones (Ronin 3 s, Harmony 2 s, Fantom
1 s) with single-block finality (all three are BFT or proof-of-authority), and their governor
limits are those of BSC and Fantom in the same file. Validator sets follow the exploits' file:
Ronin 5 of 9 with four keys under Sky Mavis, Harmony 2 of 5, Multichain's MPC under one operator."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data")


def close(symbol, day):
    with open(os.path.join(DATA, "market", "daily", "crypto", f"{symbol}-USD.csv")) as f:
        for row in csv.DictReader(f):
            if row["date"] == day:
                return row["close"]
    raise SystemExit(f"no close for {symbol} on {day}")


def governor(chain):
    with open(os.path.join(DATA, "chains", "wormhole_governor_mainnet_limits.csv")) as f:
        for row in csv.DictReader(f):
            if row["snapshot"] == "first populated version" and row["chain"] == chain:
                return row["dailyLimit_usd"], row["bigTransactionSize_usd"]
    raise SystemExit(f"no governor limits for {chain}")


def route(rid, to, asset, validators, threshold, latency_ms, limits, operators=None, trust_bps=0):
    r = {"id": rid, "from": "ethereum", "to": to, "asset": asset, "validators": validators, "threshold": threshold,
         "latency_ms": latency_ms, "daily_limit_usd": limits[0], "big_tx_usd": limits[1], "trust_addon_bps": trust_bps}
    if operators:
        r["operators"] = operators
    return r


eth_limits = governor("Ethereum")
world = {
    "version": 1,
    "name": "Bridge exploits 2022-2023",
    "profile": "clearmesh",
    "seed": 20220202,
    "start_time": 1643760000,  # 2022-02-02 00:00 UTC
    "chains": [
        {"id": "ethereum", "name": "Ethereum", "block_time_ms": 12000, "finality_ms": 768000},
        {"id": "solana", "name": "Solana", "block_time_ms": 400, "finality_ms": 12800},
        {"id": "ronin", "name": "Ronin", "block_time_ms": 3000, "finality_ms": 3000},
        {"id": "harmony", "name": "Harmony", "block_time_ms": 2000, "finality_ms": 2000},
        {"id": "avalanche", "name": "Avalanche C-Chain", "block_time_ms": 2000, "finality_ms": 2000},
        {"id": "fantom", "name": "Fantom Opera", "block_time_ms": 1000, "finality_ms": 1000},
    ],
    "assets": [
        {"symbol": "ETH", "decimals": 18, "home_chain": "ethereum", "price": close("ETH", "2022-02-02"),
         "volatility": 0.8313, "ltv_bps": 8050, "liquidation_threshold_bps": 8300,
         "liquidation_bonus_bps": 10500, "liquidation_protocol_fee_bps": 1000},
        {"symbol": "USDC", "decimals": 6, "home_chain": "ethereum", "price": close("USDC", "2022-02-02"),
         "volatility": 0.0472, "stable": True, "ltv_bps": 7700, "liquidation_threshold_bps": 8000,
         "liquidation_bonus_bps": 10450, "liquidation_protocol_fee_bps": 2000},
    ],
    "routes": [
        # Wormhole Portal: 13 of 19 guardians, Ethereum 'finalized' (~19 min) as the latency.
        route("wormhole-eth-sol-ETH", "solana", "ETH", 19, 13, 1140000, eth_limits),
        # Ronin: 5 of 9; Sky Mavis ran four validators, and the Axie DAO's key was reachable too.
        route("ronin-eth-ETH", "ronin", "ETH", 9, 5, 1140000, eth_limits,
              ["sky-mavis"] * 4 + ["axie-dao", "validator-6", "validator-7", "validator-8", "validator-9"]),
        # Harmony Horizon: a 2-of-5 multisig.
        route("harmony-eth-ETH", "harmony", "ETH", 5, 2, 1140000, eth_limits),
        # Nomad (optimistic; modelled with a 13-of-19 set): its failure was the zero root.
        route("nomad-eth-avax-USDC", "avalanche", "USDC", 19, 13, 1140000, eth_limits),
        # Multichain: MPC keys, in practice under one operator.
        route("multichain-eth-ftm-USDC", "fantom", "USDC", 3, 2, 1140000, eth_limits,
              ["multichain"] * 3),
    ],
    "accounts": [
        {"id": "treasury", "owner": "Treasury desk", "role": "treasury",
         "holdings": [{"chain": "ethereum", "asset": "ETH", "amount": "250000"},
                      {"chain": "ethereum", "asset": "USDC", "amount": "500000000"}]},
        {"id": "lp-solana", "owner": "Solana LP", "role": "trader",
         "holdings": [{"chain": "solana", "asset": "ETH", "route": "wormhole-eth-sol-ETH", "amount": "120000"}],
         "debts": [{"chain": "solana", "asset": "USDC", "amount": "150000000"}]},
        {"id": "axie-player", "owner": "Axie players", "role": "trader",
         "holdings": [{"chain": "ronin", "asset": "ETH", "route": "ronin-eth-ETH", "amount": "173600"}]},
        {"id": "harmony-lp", "owner": "Harmony LP", "role": "trader",
         "holdings": [{"chain": "harmony", "asset": "ETH", "route": "harmony-eth-ETH", "amount": "13100"}]},
        {"id": "nomad-lp", "owner": "Nomad LP", "role": "trader",
         "holdings": [{"chain": "avalanche", "asset": "USDC", "route": "nomad-eth-avax-USDC", "amount": "190000000"}]},
        {"id": "fantom-desk", "owner": "Fantom desk", "role": "trader",
         "holdings": [{"chain": "fantom", "asset": "USDC", "route": "multichain-eth-ftm-USDC", "amount": "126300000"}],
         "debts": [{"chain": "fantom", "asset": "USDC", "amount": "60000000"}]},
    ],
}
out = os.path.join(HERE, "..", "resources", "worlds", "bridges.json")
with open(out, "w") as f:
    json.dump(world, f, indent=1)
    f.write("\n")
print(out)
