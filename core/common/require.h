// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace cm {

//! Thrown when a caller breaks an API precondition (CM_REQUIRE).
class RequireError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

[[noreturn]] void throwRequire(const char* file, int line, const std::string& message);

} // namespace cm

#define CM_REQUIRE(cond, msg)                                  \
    do {                                                       \
        if (!(cond)) ::cm::throwRequire(__FILE__, __LINE__, (msg)); \
    } while (false)
