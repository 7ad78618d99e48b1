// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world_loader.h"

#include <QtGlobal>

namespace cm::test {

//! tests/data/worlds/small.json: two chains, ETH and USDC, five accounts with hand-worked margin.
inline cm::World smallWorld()
{
    auto r = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/small.json");
    if (!r.ok())
        qFatal("%s", r.error().message.c_str());
    return std::move(r).value();
}

//! The embedded demo world: 5,000 accounts from the real data.
inline cm::World demoWorld()
{
    auto r = cm::loadWorldFile(CM_SOURCE_DIR "/resources/worlds/demo.json");
    if (!r.ok())
        qFatal("%s", r.error().message.c_str());
    return std::move(r).value();
}

} // namespace cm::test
