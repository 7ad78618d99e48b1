#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's set-up commands, for a fresh Debian 12 machine:
#   scripts/dev.sh run        install what is missing, build, start the console on the demo world
#   scripts/dev.sh test       install what is missing, build, run every test through ctest
#   scripts/dev.sh sanitize   the same tests built with address and undefined-behaviour sanitizers
#   scripts/dev.sh tsan       the threaded tests (engine, bridge, feed server) under the thread sanitizer
# Extra arguments after `run` go to the console (e.g. --speed 60).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libboost-dev libsqlite3-dev libsodium-dev nlohmann-json3-dev
  xvfb xauth fonts-dejavu-core fonts-wqy-microhei
)
JOBS=${JOBS:-2}

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR [cmake options...]
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$dir" -j"$JOBS"
}

case "${1:-}" in
  run)
    shift
    install_missing
    build build
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      exec build/app/clearmesh "$@"
    fi
    echo "No display: running the console under Xvfb for 5 seconds; its window is saved to build/clearmesh.png"
    exec xvfb-run -a build/app/clearmesh --screenshot build/clearmesh.png --quit-after 5 "$@"
    ;;
  test)
    install_missing
    build build -DCM_BUILD_TESTS=ON
    ctest --test-dir build --output-on-failure -j"$JOBS"
    ;;
  sanitize)
    install_missing
    build build-asan -DCM_SANITIZE=ON -DCM_BUILD_TESTS=ON -DCM_BUILD_BENCH=OFF
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
      ctest --test-dir build-asan --output-on-failure -j"$JOBS"
    ;;
  tsan)
    # Where the threads are: the engine's core thread, the journal's, the feed server's, the bridge that
    # hands snapshots to Qt, and the stress runs' Monte Carlo workers. Qt itself is not instrumented (tests/tsan.supp).
    install_missing
    cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCM_SANITIZE_THREAD=ON -DCM_BUILD_BENCH=OFF
    cmake --build build-tsan -j"$JOBS" --target test_engine test_engine_client test_models test_feed_server test_journal test_recovery test_stress_run test_stress_panel
    TSAN_OPTIONS="suppressions=$PWD/tests/tsan.supp halt_on_error=1" \
      ctest --test-dir build-tsan --output-on-failure -j"$JOBS" -R '^(test_engine|test_engine_client|test_models|test_feed_server|test_journal|test_recovery|test_stress_run|test_stress_panel)$'
    ;;
  *)
    echo "usage: scripts/dev.sh run [console options] | test | sanitize | tsan" >&2
    exit 2
    ;;
esac
