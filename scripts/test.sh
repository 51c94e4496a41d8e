#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of Hush, in
# order, and ends with one line "N passed, N failed" summing them all.
# Exits non-zero if anything failed. This is what CI runs (.ci/run).
#
#   scripts/test.sh
#
# Steps: cargo fmt --check; clippy (native, all targets; wasm32, the web
# app and its browser tests) with -D warnings; cargo test (unit, doc and
# integration tests); the complexity check (scripts/complexity.sh --check:
# instruction counts under valgrind's callgrind must grow linearly on every
# adversarial input family); the browser tests on wasm32 (wasm-bindgen-test
# in headless Chromium); cargo doc with -D warnings; trunk build --release;
# the end-to-end suite (node --test, playwright-core, Debian's Chromium);
# the release archives, built twice (here and from a clean clone) and
# compared byte for byte (scripts/test-release.sh); Debian's nginx serving
# the archive with its shipped configuration, checked by hush-web-check
# and the privacy and offline specs (scripts/test-nginx.sh).
# A step that is not a test runner counts as one test.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PASSED=0
FAILED=0
SUMMARY=()
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

# step NAME KIND COMMAND...: runs COMMAND, shows its output, and counts
# its tests. KIND is "check" (one test: the exit code), "cargo" (sums the
# "test result:" lines) or "node" (node --test's pass/fail lines).
step() {
  local name=$1 kind=$2
  shift 2
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$LOG"
  local rc=${PIPESTATUS[0]} p=0 f=0
  case $kind in
    check) if [ "$rc" -eq 0 ]; then p=1; else f=1; fi ;;
    cargo)
      read -r p f < <(awk '/^test result:/ {
          for (i = 1; i < NF; i++) {
            if ($(i + 1) ~ /^passed/) p += $i
            if ($(i + 1) ~ /^failed/) f += $i
          }
        } END { print p + 0, f + 0 }' "$LOG") ;;
    node)
      read -r p f < <(awk '
        NF == 3 && ($1 == "#" || $1 == "ℹ") && $2 == "pass" { p += $3 }
        NF == 3 && ($1 == "#" || $1 == "ℹ") && $2 == "fail" { f += $3 }
        END { print p + 0, f + 0 }' "$LOG") ;;
  esac
  # A runner that failed without reporting a failed test (it did not
  # build, or crashed) still counts as a failure.
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  SUMMARY+=("$(printf '%-34s %4d passed, %d failed' "$name" "$p" "$f")")
  return "$rc"
}

if ! step "set-up" check scripts/setup.sh; then
  echo "set-up failed; nothing else can run"
  echo "$PASSED passed, $FAILED failed"
  exit 1
fi
source scripts/env.sh

step "cargo fmt --check" check cargo fmt --check
step "clippy (native)" check cargo clippy --all-targets -- -D warnings
step "clippy (wasm32 web app)" check \
  cargo clippy --target wasm32-unknown-unknown --bin hush-web -- -D warnings
step "clippy (wasm32 browser tests)" check \
  cargo clippy --target wasm32-unknown-unknown --bin hush-web --profile test \
  -- -D warnings
# Property tests run the same cases on every CI run (a fixed seed), so a run
# is reproducible and never red by chance; scripts/props-long.sh explores
# random seeds, 20,000 cases per property, outside CI.
export PROPTEST_RNG_SEED=${PROPTEST_RNG_SEED:-20261130}
step "cargo test" cargo cargo test
step "complexity (callgrind)" check scripts/complexity.sh --check
step "browser tests (wasm32)" cargo \
  cargo test --target wasm32-unknown-unknown --bin hush-web
step "cargo doc" check env RUSTDOCFLAGS="-D warnings" \
  cargo doc --no-deps --document-private-items
if step "trunk build --release" check trunk build --release; then
  step "end-to-end (Chromium)" node \
    node --test --test-concurrency=1 --test-reporter=spec e2e/*.test.mjs
else
  FAILED=$((FAILED + 1))
  SUMMARY+=("end-to-end (Chromium): not run, no build")
fi
if step "release archives (reproducible)" check scripts/test-release.sh; then
  step "nginx serving the release" node scripts/test-nginx.sh
else
  FAILED=$((FAILED + 1))
  SUMMARY+=("nginx serving the release: not run, no archive")
fi

printf '\n\033[1m==> summary\033[0m\n'
printf '%s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
