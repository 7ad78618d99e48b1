// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cm {

//! Raised by ByteReader on input that ends early or does not decode; the message says what
//! was being read and at which offset.
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! Canonical binary encoding: fixed-width little-endian integers, doubles by their bits,
//! length-prefixed strings. The same value always gives the same bytes, on any host.
class ByteWriter {
public:
    void u8(std::uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            u8(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void u64(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            u8(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void i128(Int128 v)
    {
        const auto u = static_cast<UInt128>(v);
        u64(static_cast<std::uint64_t>(u));
        u64(static_cast<std::uint64_t>(u >> 64));
    }
    void f64(double v)
    {
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof v);
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void boolean(bool v) { u8(v ? 1 : 0); }
    void str(std::string_view s)
    {
        u64(s.size());
        m_out.append(s.data(), s.size());
    }
    void raw(const void* data, std::size_t size) { m_out.append(static_cast<const char*>(data), size); }

    const std::string& bytes() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view in) : m_in(in) {}

    std::uint8_t u8(const char* what = "byte")
    {
        need(1, what);
        return static_cast<std::uint8_t>(m_in[m_pos++]);
    }
    std::uint32_t u32(const char* what = "u32")
    {
        need(4, what);
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(m_in[m_pos++])) << (8 * i);
        return v;
    }
    std::uint64_t u64(const char* what = "u64")
    {
        need(8, what);
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(m_in[m_pos++])) << (8 * i);
        return v;
    }
    std::int64_t i64(const char* what = "i64") { return static_cast<std::int64_t>(u64(what)); }
    Int128 i128(const char* what = "i128")
    {
        const std::uint64_t lo = u64(what);
        const std::uint64_t hi = u64(what);
        return static_cast<Int128>((static_cast<UInt128>(hi) << 64) | lo);
    }
    double f64(const char* what = "f64")
    {
        const std::uint64_t bits = u64(what);
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    bool boolean(const char* what = "bool")
    {
        const std::uint8_t v = u8(what);
        if (v > 1)
            fail(what, "not 0 or 1");
        return v == 1;
    }
    std::string str(const char* what = "string")
    {
        const std::uint64_t n = u64(what);
        need(n, what);
        std::string s(m_in.substr(m_pos, n));
        m_pos += n;
        return s;
    }
    //! A count of items that each take at least `minItemBytes`: refuses counts the input cannot hold.
    std::size_t count(const char* what, std::size_t minItemBytes = 1)
    {
        const std::uint64_t n = u64(what);
        if (minItemBytes > 0 && n > remaining() / minItemBytes)
            fail(what, "count " + std::to_string(n) + " exceeds the input");
        return static_cast<std::size_t>(n);
    }
    void raw(void* out, std::size_t size, const char* what = "bytes")
    {
        need(size, what);
        std::memcpy(out, m_in.data() + m_pos, size);
        m_pos += size;
    }

    std::size_t offset() const { return m_pos; }
    std::size_t remaining() const { return m_in.size() - m_pos; }
    bool atEnd() const { return m_pos == m_in.size(); }
    [[noreturn]] void fail(const char* what, const std::string& why) const
    {
        throw DecodeError(std::string(what) + " at byte " + std::to_string(m_pos) + ": " + why);
    }

private:
    void need(std::uint64_t n, const char* what) const
    {
        if (n > remaining())
            fail(what, "truncated (" + std::to_string(remaining()) + " bytes left, " + std::to_string(n) + " needed)");
    }

    std::string_view m_in;
    std::size_t m_pos = 0;
};

} // namespace cm
