#!/usr/bin/env bash
# Installs what is missing, builds Tandem (Release) and launches it. Arguments go to tandem,
# e.g. scripts/run.sh --data-dir /tmp/try --page learn
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tandem_install_packages

build="$TANDEM_ROOT/build/release"
tandem_configure "$build" -DCMAKE_BUILD_TYPE=Release -DTANDEM_BUILD_TESTS=OFF -DTANDEM_BUILD_BENCH=OFF
cmake --build "$build" --target tandem tandem-cli

# With no display at all (a server, CI), use a virtual one so the app can still start.
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  exec xvfb-run -a "$build/app/tandem" "$@"
fi
exec "$build/app/tandem" "$@"
