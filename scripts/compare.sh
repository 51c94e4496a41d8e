#!/usr/bin/env bash
# hush against @redactpii/node (a regex redactor for Node, from npm) on the
# same generated contact-centre text, in one run: speed (MB/s, the median
# of RUNS runs each, and the ratio) and how many of the text's secrets each
# leaves readable. Not part of scripts/test.sh.
#
#   scripts/compare.sh                  1 MB and 10 MB of mixed text
#   SIZES="1M 10M 64M" GENRE=speech RUNS=7 scripts/compare.sh
#
# GENRE is one of examples/world's (mixed: chats, call notes and
# transcripts; chat, notes, speech, jsonl). @redactpii/node is timed inside
# Node from reading the file to writing the result
# (scripts/compare-redactpii.mjs; Node's start-up excluded). hush is timed
# two ways: as a process (`target/release/hush --max-size 2G FILE > OUT`,
# its start-up and exit included), and over the same span as Node, from
# reading the file to writing the result (examples/throughput.rs: the
# CLI's work, allocator and thread pool, start-up and exit excluded; its
# output is checked to be the CLI's, byte for byte). The ratio is that
# same span's; the process's ratio is printed after it. The package
# is installed once, at a pinned version, into target/compare/ (its own
# package.json, so the repository's npm ci and CI are untouched).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=${SIZES:-"1M 10M"}
GENRE=${GENRE:-mixed}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
VERSION=1.0.17
DIR=target/compare

cargo build --release --quiet --bin hush --example world --example throughput
HUSH=target/release/hush
WORLD=target/release/examples/world
SPAN=target/release/examples/throughput

if [ ! -f "$DIR/node_modules/@redactpii/node/package.json" ] ||
  ! grep -q "\"version\": \"$VERSION\"" "$DIR/node_modules/@redactpii/node/package.json"; then
  mkdir -p "$DIR"
  printf '{ "name": "hush-compare", "private": true, "dependencies": { "@redactpii/node": "%s" } }\n' \
    "$VERSION" > "$DIR/package.json"
  (cd "$DIR" && npm install --no-audit --no-fund --silent)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The median of the numbers on standard input.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

printf '%-6s %-7s %10s %16s %8s %13s %9s   %s\n' size genre "hush MB/s" "redactpii MB/s" ratio "hush process" ratio "secrets left readable (hush | redactpii)"
for size in $SIZES; do
  in="$tmp/in-$size.txt"
  "$WORLD" gen "$GENRE" "$size" "$SEED" > "$in" 2> "$tmp/gen.log"
  bytes=$(stat -c %s "$in")
  hush_times=()
  span_times=()
  node_times=()
  # Alternate the two so that both see the same machine load.
  for _ in $(seq "$RUNS"); do
    t0=$(now)
    "$HUSH" --max-size 2G "$in" > "$tmp/hush.out"
    t1=$(now)
    hush_times+=("$(echo "$t1 - $t0" | bc -l)")
    span_times+=("$("$SPAN" "$in" "$tmp/span.out")")
    if ! cmp -s "$tmp/span.out" "$tmp/hush.out"; then
      echo "compare.sh: examples/throughput's output differs from hush's" >&2
      exit 1
    fi
    node_times+=("$(node scripts/compare-redactpii.mjs "$DIR" "$in" "$tmp/node.out")")
  done
  h=$(printf '%s\n' "${hush_times[@]}" | median)
  sp=$(printf '%s\n' "${span_times[@]}" | median)
  n=$(printf '%s\n' "${node_times[@]}" | median)
  hmbs=$(echo "$bytes / 1048576 / $h" | bc -l)
  smbs=$(echo "$bytes / 1048576 / $sp" | bc -l)
  nmbs=$(echo "$bytes / 1048576 / $n" | bc -l)
  ratio=$(echo "$smbs / $nmbs" | bc -l)
  pratio=$(echo "$hmbs / $nmbs" | bc -l)
  leaks=$("$WORLD" leaks "$GENRE" "$size" "$SEED" "$tmp/hush.out" "$tmp/node.out" |
    sed -e 's/^[^:]*: //' -e 's/ left readable//' | paste -sd'|' | sed 's/|/ | /')
  printf '%-6s %-7s %10.1f %16.1f %7.2fx %13.1f %8.2fx   %s\n' "$size" "$GENRE" "$smbs" "$nmbs" "$ratio" "$hmbs" "$pratio" "$leaks"
done
echo "ratio: hush's MB/s over @redactpii/node's, both from reading the file to writing the result; hush process: the whole process, start-up and exit included, and its ratio ($RUNS runs each, median); secrets: $(sed 's/^world: //' "$tmp/gen.log" | sed 's/.*secrets: //') at the last size"
