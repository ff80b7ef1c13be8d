#!/usr/bin/env bash
# Configures and builds a CMake preset (default: "default" → build/).
# Usage: scripts/build.sh [preset] [extra cmake --build arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shift || true
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"${BUILD_JOBS:-2}" "$@"
