// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cm {

//! A SQLite failure, with SQLite's own message.
class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! One prepared statement (RAII). Bind by 1-based index, step, read columns, reset to reuse.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bindBlob(int index, const void* data, std::size_t size);
    //! True while a row is available; false when done.
    bool step();
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

//! One connection (RAII).
class SqliteDb {
public:
    enum class Mode { OpenExisting, CreateNew, ReadOnly };
    SqliteDb(const std::string& path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) { return SqliteStatement(m_db, sql); }
    std::int64_t queryInt(std::string_view sql);

private:
    sqlite3* m_db = nullptr;
};

} // namespace cm
