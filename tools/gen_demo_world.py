#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/worlds/demo.json from the real data in ../shared/data.

Chains, routes, prices, volatilities and risk parameters come from the data files (each value
below names its file); the book of accounts is drawn from a seeded RNG, so the same seed gives
the same world byte for byte.

    python3 tools/gen_demo_world.py [--data ../shared/data] [--seed 20251120] [--accounts 5000]
                                    [--out resources/worlds/demo.json]
"""

import argparse
import csv
import json
import math
import random
import re
from datetime import datetime, timezone
from pathlib import Path

Z99 = 2.326
YEAR_S = 365 * 24 * 3600

# Block and finality times from chains/chain_params.csv (protocol values; Arbitrum and OP
# finality follows the L1 batch, so the Wormhole 'finalized' wait stands for it there).
CHAINS = [
    # id, name, row in chain_params.csv, block_time_ms, finality_ms, Wormhole chain name
    ("ethereum", "Ethereum", "Ethereum (L1)", 12000, 768000, "Ethereum"),     # 12 s slot, 2 epochs = 12.8 min
    ("arbitrum", "Arbitrum One", "Arbitrum One", 250, 1080000, "Arbitrum"),   # ~0.25 s, ~18 min
    ("optimism", "OP Mainnet", "OP Mainnet (Optimism)", 2000, 1080000, "Optimism"),  # 2 s, ~18 min
    ("solana", "Solana", "Solana", 400, 12800, "Solana"),                     # 400 ms, 32 slots
    ("avalanche", "Avalanche C-Chain", "Avalanche C-Chain", 2000, 2000, "Avalanche"),  # ~2 s, ~2 s
]
SHORT = {"ethereum": "eth", "arbitrum": "arb", "optimism": "op", "solana": "sol", "avalanche": "avax"}

# Assets: symbol, price file, Aave v3 reserve whose parameters it takes, home chain, stable.
# SOL has no Aave v3 Ethereum reserve: it takes LINK's risk parameters, the most conservative
# volatile reserve in the file that also has a daily price series; its volatility is its own,
# and its decimals are native SOL's 9 (lamports), not LINK's 18.
ASSETS = [
    ("ETH", "crypto/ETH-USD.csv", "WETH", "ethereum", False),
    ("WBTC", "crypto/WBTC-USD.csv", "WBTC", "ethereum", False),
    ("wstETH", "crypto/WSTETH-USD.csv", "wstETH", "ethereum", False),
    ("LINK", "crypto/LINK-USD.csv", "LINK", "ethereum", False),
    ("SOL", "crypto/SOL-USD.csv", "LINK", "solana", False),
    ("USDC", "crypto/USDC-USD.csv", "USDC", "ethereum", True),
    ("USDT", "crypto/USDT-USD.csv", "USDT", "ethereum", True),
    ("DAI", "stablecoins/DAI-USD.csv", "DAI", "ethereum", True),
]

VENUES = [("perp-arb", "arbitrum"), ("perp-sol", "solana"), ("perp-op", "optimism"), ("perp-avax", "avalanche")]
PERP_MARKETS = ["ETH", "WBTC", "SOL", "LINK"]

DESK_NAMES = ["Northwind", "Halcyon", "Bluefin", "Meridian", "Kestrel", "Ironbark", "Solstice", "Tidewater",
              "Granite", "Larkspur", "Oakridge", "Silverline", "Cobalt", "Harbor", "Juniper", "Aster"]
DESK_KINDS = ["Capital", "Treasury", "Markets", "Digital", "Partners"]
SURNAMES = ["Okafor", "Lindqvist", "Tanaka", "Moreau", "Novak", "Haddad", "Costa", "Brennan", "Kowalski",
            "Mehta", "Schmidt", "Nakamura", "Alvarez", "Osei", "Petrov", "Larsen", "Chen", "Dubois",
            "Rossi", "Yilmaz", "Fischer", "Wong", "Sato", "Ivanova", "Kim", "Nguyen", "Silva", "Weber"]


def read_daily(path):
    """(date, close) rows oldest first; both file layouts of market/daily, null rows skipped."""
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            date = r.get("date") or r.get("Date")
            close = r.get("close") or r.get("Close")
            if not date or not close or close == "null":
                continue
            rows.append((date, float(close)))
    rows.sort()
    return rows


def annual_vol(rows):
    rets = [math.log(b[1] / a[1]) for a, b in zip(rows, rows[1:]) if a[1] > 0 and b[1] > 0]
    mean = sum(rets) / len(rets)
    var = sum((x - mean) ** 2 for x in rets) / (len(rets) - 1)
    return math.sqrt(var * 365)


def calibrate(data, assets):
    """Correlations and jumps from the daily closes (market/daily), on common dates.

    Jumps: daily log returns beyond 4 robust standard deviations (1.4826 x MAD); their yearly
    frequency, mean and standard deviation. Diffusion volatility stays the asset's own."""
    returns = {}
    for sym, price_file, *_ in ASSETS:
        rows = read_daily(data / "market/daily" / price_file)
        rets = {}
        for (d0, p0), (d1, p1) in zip(rows, rows[1:]):
            if p0 > 0 and p1 > 0:
                rets[d1] = math.log(p1 / p0)
        returns[sym] = rets
    symbols = [a["symbol"] for a in assets]
    corr = []
    for a in symbols:
        row = []
        for b in symbols:
            common = sorted(set(returns[a]) & set(returns[b]))
            if a == b:
                row.append(1.0)
                continue
            xa = [returns[a][d] for d in common]
            xb = [returns[b][d] for d in common]
            ma, mb = sum(xa) / len(xa), sum(xb) / len(xb)
            cov = sum((x - ma) * (y - mb) for x, y in zip(xa, xb))
            va = sum((x - ma) ** 2 for x in xa)
            vb = sum((y - mb) ** 2 for y in xb)
            row.append(round(cov / math.sqrt(va * vb), 4) if va > 0 and vb > 0 else 0.0)
        corr.append(row)
    jumps = {}
    for sym in symbols:
        xs = sorted(returns[sym].values())
        med = xs[len(xs) // 2]
        mad = sorted(abs(x - med) for x in xs)[len(xs) // 2] * 1.4826
        big = [x for x in xs if abs(x - med) > 4 * mad] if mad > 0 else []
        years = len(xs) / 365.0
        if big:
            mean = sum(big) / len(big)
            sd = math.sqrt(sum((x - mean) ** 2 for x in big) / max(1, len(big) - 1))
            jumps[sym] = {"per_year": round(len(big) / years, 3), "mean": round(mean, 5), "stdev": round(sd, 5)}
    return {"assets": symbols, "correlation": corr, "jumps": jumps}


def wormhole_finality_ms(data):
    out = {}
    with open(data / "chains/wormhole_finality_consistency_levels.csv", newline="") as f:
        for r in csv.DictReader(f):
            m = re.match(r"~\s*([\d.]+)\s*(min|s)", r["time_to_finalize_as_published"].strip())
            if m:
                out[r["chain"]] = int(float(m.group(1)) * (60000 if m.group(2) == "min" else 1000))
    return out


def governor_limits(data):
    out = {}
    with open(data / "chains/wormhole_governor_mainnet_limits.csv", newline="") as f:
        for r in csv.DictReader(f):
            if r["snapshot"].startswith("latest"):
                out[r["chain"]] = (r["dailyLimit_usd"], r["bigTransactionSize_usd"])
    return out


def aave_params(data):
    with open(data / "aave/aave_v3_ethereum_risk_params_20231031.csv", newline="") as f:
        return {r["symbol"]: r for r in csv.DictReader(f)}


def fmt(x, places):
    s = f"{x:.{places}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("", "-0") else "0"


def haircut(asset):
    """The §5 haircut without the latency term, as the generator's sizing estimate."""
    floor = 1 - asset["liquidation_threshold_bps"] / 10000
    return max(floor, Z99 * asset["volatility"] * math.sqrt(3600 / YEAR_S))


def mmr(asset):
    return max(0.012, Z99 * asset["volatility"] * math.sqrt(3600 / YEAR_S))


def build(data, seed, n_accounts):
    rng = random.Random(seed)
    wh = wormhole_finality_ms(data)
    gov = governor_limits(data)
    aave = aave_params(data)

    chains = [{"id": cid, "name": name, "block_time_ms": bt, "finality_ms": fin}
              for cid, name, _, bt, fin, _ in CHAINS]
    wh_name = {cid: w for cid, _, _, _, _, w in CHAINS}

    assets, as_of = [], {}
    for sym, price_file, reserve, home, stable in ASSETS:
        rows = read_daily(data / "market/daily" / price_file)
        p = aave[reserve]
        date, price = rows[-1]
        as_of[sym] = date
        assets.append({
            "symbol": sym, "decimals": 9 if sym == "SOL" else int(p["decimals"]), "home_chain": home,
            "price": fmt(price, 8), "volatility": round(annual_vol(rows), 4), "stable": stable,
            "ltv_bps": int(p["ltv_bps"]), "liquidation_threshold_bps": int(p["liquidationThreshold_bps"]),
            "liquidation_bonus_bps": int(p["liquidationBonus_bps_incl_100pct"]),
            "liquidation_protocol_fee_bps": int(p["liquidationProtocolFee_bps"]),
        })
    by_sym = {a["symbol"]: a for a in assets}

    routes = []
    for a in assets:
        home = a["home_chain"]
        daily, big = gov[wh_name[home]]
        for cid, *_ in CHAINS:
            if cid == home:
                continue
            routes.append({
                "id": f"{SHORT[home]}-{SHORT[cid]}-{a['symbol']}", "from": home, "to": cid,
                "asset": a["symbol"], "validators": 19, "threshold": 13,
                "latency_ms": wh[wh_name[home]], "daily_limit_usd": daily, "big_tx_usd": big,
            })
    route_of = {(r["asset"], r["to"]): r["id"] for r in routes}

    def holding(sym, chain, usd):
        a = by_sym[sym]
        h = {"chain": chain, "asset": sym, "amount": fmt(usd / float(a["price"]), min(6, a["decimals"]))}
        if chain != a["home_chain"]:
            h["route"] = route_of[(sym, chain)]
        return h

    def book(kind, scale):
        """Holdings, debts and positions sized to a drawn target health."""
        n_hold = rng.choice([1, 2, 2, 3, 3, 4]) if kind == "trader" else rng.randint(4, 7)
        holdings, ac, seen = [], 0.0, set()
        for _ in range(n_hold):
            sym = rng.choices(["ETH", "WBTC", "wstETH", "SOL", "LINK", "USDC", "USDT", "DAI"],
                              weights=[30, 18, 12, 14, 6, 12, 5, 3])[0]
            home = by_sym[sym]["home_chain"]
            chain = home if rng.random() < 0.5 else rng.choice([c[0] for c in CHAINS])
            if (sym, chain) in seen:
                continue
            seen.add((sym, chain))
            usd = scale * rng.lognormvariate(0, 0.8)
            holdings.append(holding(sym, chain, usd))
            ac += usd * (1 - haircut(by_sym[sym]))

        positions, req = [], 0.0
        if rng.random() < (0.55 if kind == "trader" else 0.3):
            for _ in range(rng.choice([1, 1, 2])):
                venue, vchain = rng.choice(VENUES)
                market = rng.choice(PERP_MARKETS)
                a = by_sym[market]
                mark = float(a["price"])
                notional = ac * rng.uniform(0.5, 3.0)
                size = notional / mark * rng.choice([1, -1])
                entry = mark * (1 + rng.gauss(0, 0.06))
                positions.append({"venue": venue, "chain": vchain, "market": market,
                                  "size": fmt(size, 4), "entry_price": fmt(entry, 2)})
                req += abs(size) * mark * mmr(a)
                ac += size * (mark - entry)

        # Target health: most books healthy, a band near the edge, a few already under water.
        u = rng.random()
        target = (rng.uniform(0.85, 1.0) if u < 0.03 else rng.uniform(1.0, 1.15) if u < 0.13
                  else rng.uniform(1.15, 1.6) if u < 0.45 else rng.uniform(1.6, 4.0))
        debts = []
        debt_usd = ac / target - req
        if debt_usd > 50 and rng.random() < 0.85:
            stable = rng.choices(["USDC", "USDT", "DAI"], weights=[6, 3, 1])[0]
            chain = rng.choice([c[0] for c in CHAINS])
            debts.append({"chain": chain, "asset": stable,
                          "amount": fmt(debt_usd / float(by_sym[stable]["price"]), 2)})
        return holdings, debts, positions

    accounts = []
    n_desks = max(1, n_accounts // 125)
    for i in range(n_desks):
        holdings, debts, positions = book("desk", 2_000_000)
        name = f"{DESK_NAMES[i % len(DESK_NAMES)]} {DESK_KINDS[(i // len(DESK_NAMES)) % len(DESK_KINDS)]}"
        accounts.append({"id": f"desk-{i + 1:02d}", "owner": name, "role": "treasury",
                         "holdings": holdings, "debts": debts, "positions": positions})
    for i in range(n_accounts - n_desks):
        holdings, debts, positions = book("trader", 20_000)
        owner = f"{chr(ord('A') + rng.randrange(26))}. {rng.choice(SURNAMES)}"
        accounts.append({"id": f"trader-{i + 1:04d}", "owner": owner, "role": "trader",
                         "holdings": holdings, "debts": debts, "positions": positions})

    calibration = calibrate(data, assets)
    # Three oracle networks per asset, on different chains, as a cross-chain desk sees them.
    oracle_chains = {"ethereum": ["ethereum", "arbitrum", "solana"], "solana": ["solana", "ethereum", "arbitrum"]}
    for a in assets:
        chains_for = oracle_chains[a["home_chain"]]
        a["oracle_sources"] = [{"name": n, "chain": c} for n, c in zip(["chainlink", "pyth", "redstone"], chains_for)]
    newest = max(as_of.values())
    start = int(datetime.strptime(newest, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())
    return {
        "version": 1,
        "name": f"Clearmesh demo world (prices of {newest})",
        "profile": "clearmesh",
        "seed": seed,
        "start_time": start,
        "chains": chains, "assets": assets, "routes": routes,
        "market_model": {
            "correlation": calibration["correlation"],
            "jumps": calibration["jumps"],
            # Not in the data: simulated assumptions, documented in the README.
            "oracle_noise_bps": 5, "oracle_outages_per_day": 0.5, "oracle_outage_minutes": 15,
            "relay_jitter_ms": 30000,
        },
        # The liquidation engine (DESIGN §7) is on. Not in the data, so assumptions stated here
        # and in the README: a $2M USDC insurance fund to start, the whole book re-checked every
        # simulated minute; the target health and the 50-block hold are Aave v4's and dYdX's.
        "liquidation": {
            "target_health": 1.05, "scan_interval_s": 60, "negative_equity_hold_blocks": 50,
            "settlement_asset": "USDC", "insurance_fund": [{"asset": "USDC", "amount": "2000000"}],
        },
        # The clearing agent (DESIGN §8) is on. Not in the data, so assumptions stated here and in
        # the README: the policy's thresholds, and a repayment buffer for each desk that owes a
        # stablecoin on another chain than the one it holds it natively on: a tenth of the debt
        # kept where the debt is.
        "agent": {
            "enabled": True, "warning_health": 1.25, "target_health": 1.35, "min_gain": 0.001, "interval_s": 300,
            "auto_approve_usd": "50000", "big_tx_usd": "1000000", "period_limit_usd": "25000000",
            "period_s": 86400, "expiry_s": 3600, "max_per_run": 50,
            "buffers": buffers(accounts, by_sym),
        },
        "accounts": accounts,
    }, calibration


def buffers(accounts, by_sym):
    out = []
    for a in accounts:
        if a["role"] != "treasury":
            continue
        for d in a["debts"]:
            home = by_sym[d["asset"]]["home_chain"]
            native = any(h["asset"] == d["asset"] and h["chain"] == home and "route" not in h for h in a["holdings"])
            if native and d["chain"] != home:
                out.append({"account": a["id"], "chain": d["chain"], "asset": d["asset"],
                            "min_amount": fmt(float(d["amount"]) / 10, 2)})
    return out


def write(world, out):
    """Readable and diffable: one chain, asset, route or account per line."""
    lines = ["{"]
    for key in ("version", "name", "profile", "seed", "start_time"):
        lines.append(f'  {json.dumps(key)}: {json.dumps(world[key])},')
    lines.append(f'  "market_model": {json.dumps(world["market_model"])},')
    lines.append(f'  "liquidation": {json.dumps(world["liquidation"])},')
    lines.append(f'  "agent": {json.dumps(world["agent"])},')
    for i, key in enumerate(("chains", "assets", "routes", "accounts")):
        items = world[key]
        lines.append(f'  "{key}": [')
        for j, item in enumerate(items):
            lines.append("    " + json.dumps(item, separators=(", ", ": ")) + ("," if j + 1 < len(items) else ""))
        lines.append("  ]" + ("," if i < 3 else ""))
    lines.append("}")
    Path(out).write_text("\n".join(lines) + "\n")


def main():
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(here.parent / "shared" / "data"))
    ap.add_argument("--seed", type=int, default=20251120)
    ap.add_argument("--accounts", type=int, default=5000)
    ap.add_argument("--out", default=str(here / "resources" / "worlds" / "demo.json"))
    args = ap.parse_args()
    world, calibration = build(Path(args.data), args.seed, args.accounts)
    write(world, args.out)
    table = Path(args.out).resolve().parent.parent / "calibration" / "market_calibration.json"
    table.parent.mkdir(parents=True, exist_ok=True)
    calibration["provenance"] = ("Daily closes of shared/data/market/daily (crypto/<SYM>-USD.csv: KaushalParkar/dataset "
                                 "commit d9a63d59; stablecoins/DAI-USD.csv: xlrsp/MA-Stablecoins commit e21f3c3f); "
                                 "Pearson correlation of daily log returns on common dates; jumps = daily log returns "
                                 "beyond 4 x 1.4826 x MAD, per year, with their mean and standard deviation.")
    calibration["volatility"] = {a["symbol"]: a["volatility"] for a in world["assets"]}
    table.write_text(json.dumps(calibration, indent=1) + "\n")
    print(f"wrote {table}")
    print(f"wrote {args.out}: {len(world['accounts'])} accounts, {len(world['routes'])} routes")


if __name__ == "__main__":
    main()
