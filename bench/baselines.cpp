// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/baselines.h"

#include "bench/bench_util.h"
#include "core/money/money_math.h"
#include "core/risk/risk_screen.h"
#include "core/runtime/clearing_state.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace cm::bench {

long currentRssKb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

//! Reads every byte a full revaluation reads (the screen's items, offsets and constants) and sums
//! it: the memory limit of a full revaluation.
//! Integer adds of the raw words: as fast as the memory delivers them.
std::uint64_t memscan(const cm::RiskScreen& screen)
{
    const auto& units = screen.units();
    const auto& classes = screen.classes();
    std::uint64_t sum = 0;
    for (std::size_t k = 0; k < units.size(); ++k)
        sum += std::bit_cast<std::uint64_t>(units[k]) + classes[k];
    for (const cm::RiskScreen::Cell& c : screen.cells())
        sum += std::bit_cast<std::uint64_t>(c.cover_const) + c.begin + c.count + c.exact_only;
    return sum;
}

static void sqlExec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::cerr << "clearmesh-bench: sqlite: " << (error ? error : "?") << "\n";
        std::exit(1);
    }
}

//! The book's health as one SQL query in SQLite, median wall time in ms: items (holdings, debts,
//! positions) in a table clustered by account, prices with a haircut and an MMR per asset (taken
//! from the margin calculator's own figures for one holding and one position of each asset), and
//! health = (Σ value × (1 − h) + Σ size × (mark − entry)) / (Σ debt + Σ |size| × mark × MMR).
double sqlHealthMs(const cm::ClearingState& state, int runs, std::uint64_t& sink)
{
    const cm::World& w = state.world();
    std::vector<double> haircut(w.assets.size(), -1.0), mmr(w.assets.size(), -1.0);
    std::size_t found = 0;
    for (std::size_t i = 0; i < w.accounts.size() && found < 2 * w.assets.size() && i < 20000; ++i) {
        const auto detail = state.accountDetail(w.accounts[i].id);
        if (!detail)
            continue;
        for (const auto& h : detail->holdings) {
            const auto a = static_cast<std::size_t>(w.findAsset(h.asset));
            if (haircut[a] < 0 && h.route.empty()) {
                haircut[a] = h.haircut.total();
                ++found;
            }
        }
        for (const auto& p : detail->positions) {
            const auto a = static_cast<std::size_t>(w.findAsset(p.market));
            if (mmr[a] < 0) {
                mmr[a] = p.mmr;
                ++found;
            }
        }
    }
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlExec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
    sqlExec(db, "CREATE TABLE prices(asset INTEGER PRIMARY KEY, price REAL, haircut REAL, mmr REAL)");
    sqlExec(db, "CREATE TABLE items(account INTEGER, k INTEGER, kind INTEGER, asset INTEGER, amount REAL, entry REAL, "
                "PRIMARY KEY(account, k)) WITHOUT ROWID");
    sqlExec(db, "BEGIN");
    sqlite3_stmt* price = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO prices VALUES(?,?,?,?)", -1, &price, nullptr);
    for (std::size_t a = 0; a < w.assets.size(); ++a) {
        sqlite3_bind_int64(price, 1, static_cast<sqlite3_int64>(a));
        sqlite3_bind_double(price, 2, cm::toDouble(state.market().price_e8[a]) / 1e8);
        sqlite3_bind_double(price, 3, std::max(0.0, haircut[a]));
        sqlite3_bind_double(price, 4, std::max(0.0, mmr[a]));
        sqlite3_step(price);
        sqlite3_reset(price);
    }
    sqlite3_finalize(price);
    sqlite3_stmt* item = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO items VALUES(?,?,?,?,?,?)", -1, &item, nullptr);
    auto put = [&](std::size_t account, int k, int kind, std::size_t asset, double amount, double entry) {
        sqlite3_bind_int64(item, 1, static_cast<sqlite3_int64>(account));
        sqlite3_bind_int(item, 2, k);
        sqlite3_bind_int(item, 3, kind);
        sqlite3_bind_int64(item, 4, static_cast<sqlite3_int64>(asset));
        sqlite3_bind_double(item, 5, amount);
        sqlite3_bind_double(item, 6, entry);
        sqlite3_step(item);
        sqlite3_reset(item);
    };
    for (std::size_t i = 0; i < w.accounts.size(); ++i) {
        const cm::Account& acc = w.accounts[i];
        int k = 0;
        auto units = [&](cm::Int128 v, cm::AssetIndex a) { return cm::toDouble(v) / std::pow(10.0, w.assets[a].decimals); };
        for (const auto& h : acc.holdings())
            put(i, k++, 0, h.asset, units(h.amount, h.asset), 0.0);
        for (const auto& d : acc.debts())
            put(i, k++, 1, d.asset, units(d.amount, d.asset), 0.0);
        for (const auto& p : acc.positions())
            put(i, k++, 2, p.market, units(p.size, p.market), cm::toDouble(p.entry_price_e8) / 1e8);
    }
    sqlite3_finalize(item);
    sqlExec(db, "COMMIT");
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT i.account, (SUM(CASE WHEN i.kind = 0 THEN i.amount * p.price * (1 - p.haircut) ELSE 0 END)"
                       " + SUM(CASE WHEN i.kind = 2 THEN i.amount * (p.price - i.entry) ELSE 0 END))"
                       " / NULLIF(SUM(CASE WHEN i.kind = 1 THEN i.amount * p.price"
                       "                   WHEN i.kind = 2 THEN abs(i.amount) * p.price * p.mmr ELSE 0 END), 0)"
                       " FROM items i JOIN prices p ON p.asset = i.asset GROUP BY i.account",
                       -1, &query, nullptr);
    const double ms = cm::bench::medianMs(runs, [&] {
        while (sqlite3_step(query) == SQLITE_ROW)
            sink += static_cast<std::uint64_t>(sqlite3_column_int64(query, 0)) + (sqlite3_column_type(query, 1) == SQLITE_NULL ? 1 : 0);
        sqlite3_reset(query);
    });
    sqlite3_finalize(query);
    sqlite3_close(db);
    return ms;
}

} // namespace cm::bench
