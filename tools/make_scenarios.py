#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cut the built-in historical replay scenarios out of ../shared/data/market/hourly.

Each scenario keeps only its window (the data README: ship excerpts, with provenance) as
hourly closes per world asset. A replay applies each series' relative moves to the world's own
prices, so a 2020 crash replays on today's book.

    python3 tools/make_scenarios.py [--data ../shared/data] [--out resources/scenarios]
"""

import argparse
import csv
import json
from datetime import datetime, timezone
from pathlib import Path

BINANCE = "misrori/binance_startegy data/<SYMBOL>_1h.csv (commit dbfa7fe7), Binance USDT-quoted hourly candles"
COINBASE = "CryptoDataDownload Coinbase hourly via schulzbehrend/gal-career-partners (commit a85934d4)"

# name: (title, from, to, {world asset: (file, provenance)}, notes)
SCENARIOS = {
    "black_thursday_2020": (
        "Black Thursday, March 2020", "2020-03-11 00:00", "2020-03-14 00:00",
        {"ETH": ("coinbase_ETHUSD_1h_2017_2020.csv", COINBASE),
         "wstETH": ("coinbase_ETHUSD_1h_2017_2020.csv", COINBASE + "; ETH stands in for wstETH, which did not exist"),
         "WBTC": ("coinbase_BTCUSD_1h_2017_2020.csv", COINBASE + "; BTC stands in for WBTC")},
        "ETH 194 -> low 90 on 2020-03-13; Coinbase USD quotes."),
    "luna_ust_2022": (
        "LUNA/UST collapse, May 2022", "2022-05-07 00:00", "2022-05-12 23:00",
        {"ETH": ("ETHUSDT_1h.csv", BINANCE), "wstETH": ("ETHUSDT_1h.csv", BINANCE + "; ETH stands in for wstETH"),
         "WBTC": ("BTCUSDT_1h.csv", BINANCE + "; BTC stands in for WBTC"), "SOL": ("SOLUSDT_1h.csv", BINANCE),
         "LINK": ("LINKUSDT_1h.csv", BINANCE)},
        "Ends before the 2022-05-13 gap: Binance reused LUNAUSDT for LUNA 2.0 afterwards, never joined. "
        "LUNA and UST are not world assets; their contagion reaches the book through ETH, BTC, SOL and LINK."),
    "ftx_2022": (
        "FTX collapse, November 2022", "2022-11-06 00:00", "2022-11-14 18:00",
        {"ETH": ("ETHUSDT_1h.csv", BINANCE), "wstETH": ("ETHUSDT_1h.csv", BINANCE + "; ETH stands in for wstETH"),
         "WBTC": ("BTCUSDT_1h.csv", BINANCE + "; BTC stands in for WBTC"), "SOL": ("SOLUSDT_1h.csv", BINANCE),
         "LINK": ("LINKUSDT_1h.csv", BINANCE)},
        "FTT 25.46 -> 1.23 by 2022-11-14 18:00 (not a world asset); SOL, tied to FTX/Alameda, fell hardest."),
    "usdc_depeg_2023": (
        "USDC depeg, March 2023", "2023-03-11 14:00", "2023-03-14 00:00",
        {"USDC": ("USDCUSDT_1h.csv", BINANCE), "ETH": ("ETHUSDT_1h.csv", BINANCE),
         "wstETH": ("ETHUSDT_1h.csv", BINANCE + "; ETH stands in for wstETH"),
         "WBTC": ("BTCUSDT_1h.csv", BINANCE + "; BTC stands in for WBTC")},
        "Binance USDCUSDT has a gap 2022-09-26 -> 2023-03-11 14:00 and resumes at the depeg (first low 0.882): "
        "the window starts there. USDT is the quote currency and stays at 1."),
}


def utc(text):
    return int(datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc).timestamp())


def closes(path, start, end):
    rows = []
    with open(path, newline="") as f:
        first = f.readline()
        if not first.startswith("Timestamps are"):
            f.seek(0)
        for r in csv.DictReader(f):
            if "Unix Timestamp" in r:
                t = int(float(r["Unix Timestamp"]))
                c = float(r["Close"])
            else:
                t = int(datetime.strptime(r["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).timestamp())
                c = float(r["close"])
            if start <= t <= end:
                rows.append([t, c])
    rows.sort()
    return rows


def main():
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(here.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(here / "resources" / "scenarios"))
    args = ap.parse_args()
    hourly = Path(args.data) / "market" / "hourly"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, (title, start, end, assets, notes) in SCENARIOS.items():
        t0, t1 = utc(start), utc(end)
        series = {}
        provenance = {}
        for asset, (file, prov) in assets.items():
            rows = closes(hourly / file, t0, t1)
            if not rows or rows[0][0] != t0:
                raise SystemExit(f"{name}: {file} has no candle at {start}")
            series[asset] = rows
            provenance[asset] = f"{file}: {prov}"
        doc = {"name": name, "title": title, "from": t0, "to": t1, "notes": notes,
               "provenance": provenance, "series": series}
        lines = ["{"]
        for key in ("name", "title", "from", "to", "notes", "provenance"):
            lines.append(f"  {json.dumps(key)}: {json.dumps(doc[key])},")
        lines.append('  "series": {')
        items = list(series.items())
        for i, (asset, rows) in enumerate(items):
            lines.append(f"    {json.dumps(asset)}: {json.dumps(rows, separators=(',', ':'))}" + ("," if i + 1 < len(items) else ""))
        lines.append("  }")
        lines.append("}")
        (out / f"{name}.json").write_text("\n".join(lines) + "\n")
        print(f"wrote {out / (name + '.json')}: {', '.join(f'{a} {len(r)}h' for a, r in series.items())}")


if __name__ == "__main__":
    main()
