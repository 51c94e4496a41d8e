#!/usr/bin/env bash
# Where does the core spend its time on one input family? Builds the
# complexity driver with line tables and no LTO (target/prof/), samples
# `scan` + `redact` of FAMILY at SIZE with perf (DWARF call graphs,
# inlined frames), and prints the heaviest call paths by source line.
#
#   harness/profile.sh FAMILY [SIZE]      (SIZE default 128K)
#
# Needs perf (Debian: linux-perf) and kernel.perf_event_paranoid <= 2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -ge 1 ] || { sed -n '2,9p' "$0" | sed 's/^# *//' >&2; exit 2; }
FAMILY=$1
SIZE=${2:-128K}
command -v perf > /dev/null || { echo "profile: perf not found" >&2; exit 1; }

CARGO_TARGET_DIR=target/prof \
  CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
  CARGO_PROFILE_RELEASE_LTO=false \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  cargo build --release --quiet --example complexity
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
perf record -q --call-graph dwarf -o "$WORK/perf.data" \
  target/prof/release/examples/complexity measure "$FAMILY" "$SIZE" > /dev/null
perf script -i "$WORK/perf.data" -F ip,sym,srcline --inline \
  --full-source-path 2> /dev/null | python3 harness/perfstack.py "${TOP:-6}"
