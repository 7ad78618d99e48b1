// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/decimal.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace cm {

//! A refusal of input at a JSON path ("accounts[3].holdings[0].amount").
class InputError : public std::runtime_error {
public:
    InputError(const std::string& path, const std::string& problem)
        : std::runtime_error(path.empty() ? problem : path + ": " + problem) {}
};

std::string childPath(const std::string& path, const std::string& key);
std::string indexPath(const std::string& path, std::size_t index);

//! Reads one JSON object field by field, each error carrying the field's path; finish() refuses
//! keys that were never read, so a typo in a file is never silently ignored.
class JsonObjectReader {
public:
    JsonObjectReader(const nlohmann::json& value, std::string path);

    const std::string& path() const { return m_path; }
    std::string pathOf(const std::string& key) const { return childPath(m_path, key); }
    bool has(const std::string& key) const;

    std::string string(const std::string& key);
    std::optional<std::string> optString(const std::string& key);
    std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max);
    std::int64_t optInteger(const std::string& key, std::int64_t min, std::int64_t max, std::int64_t fallback);
    double number(const std::string& key, double min, double max);
    bool optBool(const std::string& key, bool fallback);
    Int128 decimal(const std::string& key, int decimals, Sign sign, Int128 maxUnits);
    std::optional<Int128> optDecimal(const std::string& key, int decimals, Sign sign, Int128 maxUnits);
    //! The array at key (required, may be empty); use indexPath() for its elements.
    const nlohmann::json& array(const std::string& key);
    const nlohmann::json* optArray(const std::string& key);

    //! The value at key, of any type, marked as read (required).
    const nlohmann::json& raw(const std::string& key) { return field(key); }

    void finish() const;

private:
    const nlohmann::json& field(const std::string& key);

    const nlohmann::json& m_value;
    std::string m_path;
    std::set<std::string> m_read;
};

} // namespace cm
