#!/usr/bin/env bash
# Does the detector stay linear on adversarial inputs? Generates each input
# family of examples/complexity/families.rs at several sizes and runs the
# core (scan + redact; the "check" family runs `hush --check`, the CLI).
#
#   scripts/complexity.sh [FAMILY...]           the growth table
#   scripts/complexity.sh --check [FAMILY...]   the CI check (callgrind)
#   scripts/complexity.sh --list                the families
#
# The table (default): each family at 256K, 1M and 4M bytes (SIZES="..."
# to change): the core's time at each size, its growth per 4x more input
# (4.0 is linear), the peak RSS at each size and the memory per input byte
# at the largest size ((peak RSS - RSS of an empty input) / bytes). A run
# over TIMEOUT seconds (default 120) is stopped and shown as ">120s"; the
# larger sizes of that family are skipped. Times are CPU seconds (user +
# system) of one pass of the core, the mean of repeated passes when one
# is short (the CLI family: the CPU seconds of the hush --check process).
#
# --check: deterministic, not wall-time based. Each family runs at two small
# sizes (CHECK_SIZES, default "64K 256K") under valgrind's callgrind, which
# counts the instructions executed in the core (scan + redact) exactly;
# the check fails when the count grows more than CHECK_LIMIT (default 5.5)
# times per 4x more input. A family still running after CHECK_TIMEOUT
# seconds (default 120; it then costs over ~1000x the linear families) is a
# failure too. CHECK_JOBS (default 2) families run at once. valgrind must be
# installed: without it the check fails, it is never skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODE=table
if [ "${1:-}" = "--check" ]; then
  MODE=check
  shift
elif [ "${1:-}" = "--list" ]; then
  MODE=list
  shift
fi

cargo build --release --quiet --example complexity --bin hush
BIN=target/release/examples/complexity
HUSH=target/release/hush
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# name<TAB>core|cli-check<TAB>about, one line per family.
"$BIN" list > "$WORK/families"
if [ "$MODE" = list ]; then
  cut -f1,3 "$WORK/families" | column -t -s $'\t'
  exit 0
fi
if [ $# -gt 0 ]; then
  for f in "$@"; do
    if ! cut -f1 "$WORK/families" | grep -qxF -- "$f"; then
      echo "complexity: no family '$f'; see --list" >&2
      exit 2
    fi
  done
  awk -F'\t' 'NR == FNR { want[$1] = 1; next } want[$1]' \
    <(printf '%s\n' "$@") "$WORK/families" > "$WORK/selected"
else
  cp "$WORK/families" "$WORK/selected"
fi

# bytes SIZE: 256K -> 262144.
bytes() {
  case $1 in
    *K | *k) echo $((${1%?} * 1024)) ;;
    *M | *m) echo $((${1%?} * 1024 * 1024)) ;;
    *) echo "$1" ;;
  esac
}

# ---------------------------------------------------------------- --check
if [ "$MODE" = check ]; then
  if ! command -v valgrind > /dev/null; then
    echo "complexity --check: valgrind not found; install it" \
      "(apt-get install valgrind). The check cannot run: FAILED" >&2
    exit 1
  fi
  read -r -a CSIZES <<< "${CHECK_SIZES:-64K 256K}"
  if [ "${#CSIZES[@]}" -ne 2 ]; then
    echo "complexity --check: CHECK_SIZES needs two sizes" >&2
    exit 2
  fi
  LIMIT=${CHECK_LIMIT:-5.5}
  CTIMEOUT=${CHECK_TIMEOUT:-120}
  export BIN HUSH WORK CTIMEOUT
  export SMALL=${CSIZES[0]} LARGE=${CSIZES[1]}

  # One family: prints "name bytes1 instr1 bytes2 instr2" or
  # "name ERROR why".
  measure() {
    local name=$1 how=$2 dir="$WORK/$1" rc=0
    mkdir -p "$dir"
    if [ "$how" = core ]; then
      # One process: callgrind counts only inside core_pass, and dumps
      # its count after each call (one dump per size).
      timeout "$CTIMEOUT" valgrind --tool=callgrind \
        --toggle-collect='complexity::core_pass' \
        --dump-after='complexity::core_pass' \
        --callgrind-out-file="$dir/cg" \
        "$BIN" measure "$name" "$SMALL" "$LARGE" \
        > "$dir/out" 2> "$dir/err" || rc=$?
      if [ "$rc" -ne 0 ]; then
        if [ "$rc" -eq 124 ]; then
          echo "$name ERROR over ${CTIMEOUT}s under callgrind"
        else
          echo "$name ERROR exit $rc"
        fi
        return
      fi
      local b1 b2 i1 i2
      b1=$(sed -n 1p "$dir/out" | cut -d' ' -f1)
      b2=$(sed -n 2p "$dir/out" | cut -d' ' -f1)
      i1=$(awk '/^summary:/ { print $2 }' "$dir/cg.1")
      i2=$(awk '/^summary:/ { print $2 }' "$dir/cg.2")
      echo "$name $b1 $i1 $b2 $i2"
    else
      # The CLI: whole-process counts, less those of an empty input.
      : > "$dir/0.txt"
      "$BIN" gen "$name" "$SMALL" > "$dir/1.txt"
      "$BIN" gen "$name" "$LARGE" > "$dir/2.txt"
      local k n base=0 out=()
      for k in 0 1 2; do
        rc=0
        timeout "$CTIMEOUT" valgrind --tool=callgrind \
          --callgrind-out-file="$dir/cg.$k" \
          "$HUSH" --check "$dir/$k.txt" > /dev/null 2> "$dir/err" || rc=$?
        # hush --check exits 1 when it finds something.
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
          echo "$name ERROR hush exit $rc"
          return
        fi
        n=$(awk '/^summary:/ { print $2 }' "$dir/cg.$k")
        if [ "$k" -eq 0 ]; then
          base=$n
        else
          out+=("$(stat -c %s "$dir/$k.txt")" "$((n - base))")
        fi
      done
      echo "$name ${out[*]}"
    fi
  }
  export -f measure

  started=$SECONDS
  cut -f1,2 "$WORK/selected" | tr '\t' ' ' |
    xargs -P "${CHECK_JOBS:-2}" -L 1 bash -c 'measure "$0" "$1"' \
    > "$WORK/results"

  printf '%-18s %12s %12s %9s %9s  %s\n' family \
    "instr/B $SMALL" "instr/B $LARGE" "x per 4x" limit result
  failed=()
  while IFS=$'\t' read -r name _; do
    line=$(grep "^$name " "$WORK/results" || echo "$name ERROR no result")
    read -r _ b1 i1 b2 i2 <<< "$line"
    if [ "$b1" = ERROR ]; then
      printf '%-18s %s\n' "$name" "FAIL: ${line#"$name ERROR "}"
      failed+=("$name")
      continue
    fi
    # Growth per 4x: the ratio of the counts, scaled to exactly 4x more
    # bytes (4.0 is linear).
    verdict=$(awk -v b1="$b1" -v i1="$i1" -v b2="$b2" -v i2="$i2" \
      -v lim="$LIMIT" 'BEGIN {
        g = (i2 / b2) / (i1 / b1) * 4
        printf "%12.0f %12.0f %9.2f %9s  %s\n", i1 / b1, i2 / b2, g, lim,
          (g > lim ? "FAIL" : "ok")
      }')
    printf '%-18s %s\n' "$name" "$verdict"
    case $verdict in *FAIL) failed+=("$name") ;; esac
  done < "$WORK/selected"
  total=$(wc -l < "$WORK/selected")
  echo "$((total - ${#failed[@]})) of $total families linear" \
    "(growth per 4x <= $LIMIT) in $((SECONDS - started))s"
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "superlinear: ${failed[*]}"
    exit 1
  fi
  exit 0
fi

# ---------------------------------------------------------------- table
read -r -a SIZES_ <<< "${SIZES:-256K 1M 4M}"
TIMEOUT=${TIMEOUT:-120}

# run NAME HOW FILE: prints "seconds peak_kb", or "TIMEOUT", or "ERROR".
run() {
  local how=$2 file=$3 rc=0 secs
  if [ "$how" = core ]; then
    timeout "$TIMEOUT" /usr/bin/time -f '%M' -o "$WORK/time" \
      "$BIN" run "$file" > "$WORK/run" 2> "$WORK/err" || rc=$?
    secs=$(cut -d' ' -f4 "$WORK/run" 2> /dev/null || true)
  else
    timeout "$TIMEOUT" /usr/bin/time -f '%M %U %S' -o "$WORK/time" \
      "$HUSH" --check "$file" > /dev/null 2> "$WORK/err" || rc=$?
    if [ "$rc" -eq 1 ]; then rc=0; fi
    # time(1) adds a line "Command exited with non-zero status 1" first.
    secs=$(tail -n 1 "$WORK/time" | awk '{ print $2 + $3 }' || true)
  fi
  if [ "$rc" -eq 124 ]; then
    echo TIMEOUT
  elif [ "$rc" -ne 0 ] || [ -z "$secs" ]; then
    echo ERROR
  else
    echo "$secs $(tail -n 1 "$WORK/time" | cut -d' ' -f1)"
  fi
}

: > "$WORK/empty.txt"
read -r _ BASE_CORE <<< "$(run x core "$WORK/empty.txt")"
read -r _ BASE_CLI <<< "$(run x cli-check "$WORK/empty.txt")"

header="$(printf '%-18s' family)"
for s in "${SIZES_[@]}"; do header+="$(printf ' %9s' "s@$s")"; done
for ((k = 1; k < ${#SIZES_[@]}; k++)); do
  header+="$(printf ' %8s' "x4@${SIZES_[k]}")"
done
for s in "${SIZES_[@]}"; do header+="$(printf ' %8s' "MB@$s")"; done
header+="$(printf ' %7s' 'B/B')"
echo "$header"

while IFS=$'\t' read -r name how _; do
  times=()
  rss=()
  got=()
  stopped=""
  for s in "${SIZES_[@]}"; do
    if [ -n "$stopped" ]; then
      times+=("-")
      rss+=("-")
      continue
    fi
    "$BIN" gen "$name" "$s" > "$WORK/input.txt"
    got+=("$(stat -c %s "$WORK/input.txt")")
    r=$(run "$name" "$how" "$WORK/input.txt")
    case $r in
      TIMEOUT)
        times+=(">${TIMEOUT}s")
        rss+=("-")
        stopped=1
        ;;
      ERROR)
        times+=("error")
        rss+=("-")
        stopped=1
        ;;
      *)
        read -r secs kb <<< "$r"
        times+=("$secs")
        rss+=("$kb")
        ;;
    esac
  done
  rm -f "$WORK/input.txt"
  base=$BASE_CORE
  if [ "$how" != core ]; then base=$BASE_CLI; fi
  # Use as many sizes as finished.
  awk -v name="$name" -v t="${times[*]}" -v m="${rss[*]}" \
    -v b="${got[*]}" -v base="$base" 'BEGIN {
      n = split(t, T, " "); split(m, M, " "); split(b, B, " ")
      printf "%-18s", name
      for (i = 1; i <= n; i++) {
        if (T[i] ~ /^[0-9.]+$/) printf " %9.3f", T[i]; else printf " %9s", T[i]
      }
      for (i = 2; i <= n; i++) {
        if (T[i] ~ /^[0-9.]+$/ && T[i - 1] ~ /^[0-9.]+$/ && T[i - 1] > 0)
          printf " %8.1f", T[i] / T[i - 1] * 4 * B[i - 1] / B[i]
        else printf " %8s", "-"
      }
      last = 0
      for (i = 1; i <= n; i++) {
        if (M[i] ~ /^[0-9]+$/) { printf " %8.1f", M[i] / 1024; last = i }
        else printf " %8s", "-"
      }
      if (last > 0) printf " %7.1f", (M[last] - base) * 1024 / B[last]
      else printf " %7s", "-"
      printf "\n"
    }'
done < "$WORK/selected"
echo "(s: CPU seconds of the core (the CLI family: of hush --check);" \
  "x4: growth of the time per 4x more input, 4.0 is linear; MB: peak RSS;" \
  "B/B: bytes of memory per input byte at the largest size that finished)"
