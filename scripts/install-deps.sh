#!/usr/bin/env bash
# Installs what building and testing mcp-gateway needs on Debian 12, idempotently: the Debian
# packages (apt-get, only when something is missing) and Node.js when it is absent. npm packages
# are installed from the committed lockfiles by the scripts that use them (npm ci).
#
# Usage: scripts/install-deps.sh [--with-bench]
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libspdlog-dev libfmt-dev libcli11-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  libvectorscan-dev libre2-dev libtomlplusplus-dev  # secrets: pattern scanning; PII (re2): phone plans, allow-lists
  libsqlite3-dev sqlite3  # audit, xetrack and pin stores; the sqlite3 CLI for the integration tests
)
if [[ "${1:-}" == "--with-bench" ]]; then packages+=(wrk hyperfine util-linux); fi
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [[ ${#missing[@]} -gt 0 ]]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
