#!/usr/bin/env bash
# A long randomized run of the property tests (tests/it/props.rs and
# tests/it/spoken.rs), outside CI: each property runs CASES cases (default
# 20000) instead of the 300-400 of `cargo test`.
#
#   scripts/props-long.sh                 # 20000 cases per property
#   CASES=100000 scripts/props-long.sh
#
# Ends with cargo's "test result" line; a failure prints proptest's
# minimal failing input.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FILTERS=(props:: spoken::)
started=$SECONDS
rc=0
PROPTEST_CASES=${CASES:-20000} nice -n "${NICE:-10}" \
  cargo test --release --test integration -- "${FILTERS[@]}" || rc=$?
echo "props-long: ${CASES:-20000} cases per property in" \
  "$((SECONDS - started))s, exit $rc"
exit "$rc"
