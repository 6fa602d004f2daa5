#!/usr/bin/env bash
# Installs what is missing, builds Tandem with its tests and benchmarks, and runs every test.
# Extra arguments go to ctest, e.g. scripts/test.sh -R Scoring
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tandem_install_packages

build="${TANDEM_BUILD_DIR:-$TANDEM_ROOT/build/test}"
tandem_configure "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${TANDEM_CMAKE_ARGS:-}
cmake --build "$build"
# GUI tests draw on the offscreen platform: no display needed.
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
