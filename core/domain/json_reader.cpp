// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/json_reader.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cm {

std::string childPath(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

std::string indexPath(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

JsonObjectReader::JsonObjectReader(const nlohmann::json& value, std::string path)
    : m_value(value), m_path(std::move(path))
{
    if (!m_value.is_object())
        throw InputError(m_path.empty() ? "(top level)" : m_path, "expected an object");
}

bool JsonObjectReader::has(const std::string& key) const { return m_value.contains(key); }

const nlohmann::json& JsonObjectReader::field(const std::string& key)
{
    m_read.insert(key);
    const auto it = m_value.find(key);
    if (it == m_value.end())
        throw InputError(pathOf(key), "missing field");
    return *it;
}

std::string JsonObjectReader::string(const std::string& key)
{
    const auto& v = field(key);
    if (!v.is_string())
        throw InputError(pathOf(key), "expected a string");
    auto s = v.get<std::string>();
    if (s.empty())
        throw InputError(pathOf(key), "must not be empty");
    return s;
}

std::optional<std::string> JsonObjectReader::optString(const std::string& key)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return string(key);
}

std::int64_t JsonObjectReader::integer(const std::string& key, std::int64_t min, std::int64_t max)
{
    const auto& v = field(key);
    if (!v.is_number_integer())
        throw InputError(pathOf(key), "expected an integer");
    const bool negative = v.is_number_unsigned() ? false : v.get<std::int64_t>() < 0;
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        throw InputError(pathOf(key), "must be at most " + std::to_string(max));
    const auto n = v.get<std::int64_t>();
    if (n < min || n > max || (negative && min >= 0))
        throw InputError(pathOf(key), "must be between " + std::to_string(min) + " and " + std::to_string(max)
                                          + ", got " + std::to_string(n));
    return n;
}

std::int64_t JsonObjectReader::optInteger(const std::string& key, std::int64_t min, std::int64_t max,
                                          std::int64_t fallback)
{
    if (!has(key)) {
        m_read.insert(key);
        return fallback;
    }
    return integer(key, min, max);
}

double JsonObjectReader::number(const std::string& key, double min, double max)
{
    const auto& v = field(key);
    if (!v.is_number())
        throw InputError(pathOf(key), "expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        throw InputError(pathOf(key), "must be between " + nlohmann::json(min).dump() + " and "
                                          + nlohmann::json(max).dump() + ", got " + v.dump());
    return d;
}

bool JsonObjectReader::optBool(const std::string& key, bool fallback)
{
    if (!has(key)) {
        m_read.insert(key);
        return fallback;
    }
    const auto& v = field(key);
    if (!v.is_boolean())
        throw InputError(pathOf(key), "expected true or false");
    return v.get<bool>();
}

Int128 JsonObjectReader::decimal(const std::string& key, int decimals, Sign sign, Int128 maxUnits)
{
    const auto& v = field(key);
    if (!v.is_string())
        throw InputError(pathOf(key), "expected a decimal string (amounts and prices are quoted, e.g. \"12.5\")");
    const auto parsed = parseDecimal(v.get<std::string>(), decimals, sign, maxUnits);
    if (!parsed)
        throw InputError(pathOf(key), parsed.error().message);
    return parsed.value();
}

std::optional<Int128> JsonObjectReader::optDecimal(const std::string& key, int decimals, Sign sign,
                                                   Int128 maxUnits)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return decimal(key, decimals, sign, maxUnits);
}

const nlohmann::json& JsonObjectReader::array(const std::string& key)
{
    const auto& v = field(key);
    if (!v.is_array())
        throw InputError(pathOf(key), "expected an array");
    return v;
}

const nlohmann::json* JsonObjectReader::optArray(const std::string& key)
{
    if (!has(key)) {
        m_read.insert(key);
        return nullptr;
    }
    return &array(key);
}

void JsonObjectReader::finish() const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it)
        if (!m_read.count(it.key()))
            throw InputError(pathOf(it.key()), "unknown key");
}

} // namespace cm
