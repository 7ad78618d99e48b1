// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/require.h"

namespace cm {

void throwRequire(const char* file, int line, const std::string& message)
{
    throw RequireError(std::string(file) + ":" + std::to_string(line) + ": " + message);
}

} // namespace cm
