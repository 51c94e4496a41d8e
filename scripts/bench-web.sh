#!/usr/bin/env bash
# Builds the release web app (setting up what is missing) and prints its
# size and speed numbers (see scripts/bench-web.mjs).
#
#   scripts/bench-web.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node scripts/bench-web.mjs dist
