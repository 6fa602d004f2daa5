#!/usr/bin/env bash
# Installs the Debian packages Tandem needs to build, test and run, when any are missing.
# Sourced by run.sh and test.sh; safe to run on its own. Uses sudo when not root.
set -euo pipefail

tandem_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev
  sqlite3 xvfb xauth poppler-utils clang libclang-rt-14-dev
  # packaging: cpack -G DEB (dpkg-shlibdeps finds the libraries), and the launcher's and
  # AppStream metadata's validators, which run as tests
  dpkg-dev file desktop-file-utils appstream
  qt6-translations-l10n python3
  # the feedback form is tested in a real browser (tests/browser)
  chromium
)

tandem_missing_packages() {
  local missing=() pkg
  for pkg in "${tandem_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

tandem_install_packages() {
  local missing
  missing=$(tandem_missing_packages)
  [[ -z $missing ]] && return 0
  local sudo=""
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: these packages are missing and sudo is not available: $missing" >&2; return 1; }
    sudo=sudo
  fi
  echo "setup: installing $missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# configure BUILD_DIR [cmake args...]: configures with Ninja.
tandem_configure() {
  local build_dir=$1; shift
  cmake -S "$TANDEM_ROOT" -B "$build_dir" -G Ninja "$@" >/dev/null
}

TANDEM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export TANDEM_ROOT

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  tandem_install_packages
fi
