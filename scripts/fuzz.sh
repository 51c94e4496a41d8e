#!/usr/bin/env bash
# Coverage-guided fuzzing of Hush with AFL++ on stable Rust (cargo afl).
# Not part of CI.
#
#   scripts/fuzz.sh TARGET SECONDS       fuzz TARGET for SECONDS
#   scripts/fuzz.sh --replay TARGET FILE run one input, show what fails
#   scripts/fuzz.sh --min TARGET FILE    shrink a crashing input (FILE.min)
#
# Targets (fuzz/targets/, checks in fuzz/src/lib.rs):
#   scan_redact  scan + redact of any text, any style and kinds
#   idempotent   redacting twice equals redacting once
#   layout       layout-shaped texts (speaker labels, WebVTT, Zoom...)
#   cli          the hush binary: arguments, files, standard input, pipes
#
# Installs cargo-afl and builds AFL++ if missing (about 2 minutes, once),
# builds the targets, writes the seeds (every case of tests/data/*.toml,
# the labelled corpus, a sample of every family of examples/complexity)
# into fuzz/out/seeds/, then runs `cargo afl fuzz` at nice 10 (NICE=...)
# with fuzz/hush.dict. Findings go to fuzz/out/TARGET/default/{crashes,
# hangs}; a second run resumes where the last stopped. Ends with the
# figures: executions, speed, corpus, crashes, hangs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGETS="scan_redact idempotent layout cli"
usage() {
  sed -n '4,7p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2
  exit 2
}
MODE=fuzz
case ${1:-} in
  --replay) MODE=replay; shift ;;
  --min) MODE=min; shift ;;
esac
[ $# -eq 2 ] || usage
TARGET=$1
case " $TARGETS " in
  *" $TARGET "*) ;;
  *) echo "fuzz: no target '$TARGET' (one of: $TARGETS)" >&2; exit 2 ;;
esac

export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo afl --version > /dev/null 2>&1; then
  echo "fuzz: installing cargo-afl" >&2
  cargo install cargo-afl --locked
fi
# Builds AFL++ for this rustc; fails harmlessly when it is already built.
cargo afl config --build > /dev/null 2>&1 || true

(cd fuzz && cargo afl build --release --quiet)
if [ "$TARGET" = cli ]; then
  cargo build --release --quiet --bin hush
fi
BIN=fuzz/target/release/$TARGET

if [ "$MODE" = replay ]; then
  # Outside AFL++, a target runs its input once from standard input.
  rc=0
  "$BIN" < "$2" || rc=$?
  echo "fuzz: $TARGET exited with status $rc on $2" >&2
  exit "$rc"
fi
if [ "$MODE" = min ]; then
  AFL_SKIP_CPUFREQ=1 cargo afl tmin -i "$2" -o "$2.min" -- "$BIN"
  echo "fuzz: shrunk input in $2.min" >&2
  exit 0
fi

SECS=$2
SEEDS=fuzz/out/seeds
if [ ! -d "$SEEDS/$TARGET" ]; then
  fuzz/target/release/seeds "$SEEDS"
fi
OUT=fuzz/out/$TARGET
mkdir -p "$OUT"
# The core's targets run in microseconds: 2 s is a hang. The CLI target
# spawns hush and stops it itself after 10 s.
TIMEOUT=2000
if [ "$TARGET" = cli ]; then TIMEOUT=20000; fi

echo "fuzz: $TARGET for ${SECS}s, log in $OUT.log" >&2
AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 \
  AFL_NO_AFFINITY=1 AFL_AUTORESUME=1 \
  nice -n "${NICE:-10}" cargo afl fuzz -i "$SEEDS/$TARGET" -o "$OUT" \
  -V "$SECS" -t "$TIMEOUT" -x fuzz/hush.dict "$BIN" > "$OUT.log" 2>&1 || {
    echo "fuzz: afl-fuzz failed; the end of $OUT.log:" >&2
    tail -n 20 "$OUT.log" >&2
    exit 1
  }

STATS=$OUT/default/fuzzer_stats
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$STATS"; }
crashes=$(find "$OUT/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$OUT/default/hangs" -type f -name 'id:*' | wc -l)
echo "$TARGET: $(stat execs_done) execs in $(stat run_time)s" \
  "($(stat execs_per_sec)/s), corpus $(stat corpus_count)," \
  "$(stat saved_crashes) crashes, $(stat saved_hangs) hangs," \
  "stability $(stat stability)"
echo "crash inputs: $crashes in $OUT/default/crashes;" \
  "hang inputs: $hangs in $OUT/default/hangs"
