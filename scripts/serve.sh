#!/usr/bin/env bash
# Sets up what is missing, builds the web app in release mode and serves it
# on http://127.0.0.1:8080/ (PORT=... to change). Stop it with Ctrl+C.
#
#   scripts/serve.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node scripts/serve-dist.mjs "${PORT:-8080}"
