#!/usr/bin/env bash
# How many places in the core (the library: src/ but src/bin and src/ui)
# each panic-related clippy lint flags today, per file, as a Markdown
# table. src/lib.rs denies unwrap_used, expect_used, panic, todo,
# unimplemented, unreachable and string_slice (0 places each, kept so by
# clippy -D warnings in scripts/test.sh); the others are only counted
# here: indexing_slicing is argued under "Panics" in ARCHITECTURE.md.
#
#   harness/lint-counts.sh [LINT...]     (default: the set below)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LINTS=("$@")
if [ ${#LINTS[@]} -eq 0 ]; then
  LINTS=(indexing_slicing string_slice unwrap_used expect_used panic
    unreachable unimplemented todo get_unwrap unwrap_in_result
    panic_in_result_fn arithmetic_side_effects as_conversions
    cast_possible_truncation integer_division)
fi
ARGS=()
for l in "${LINTS[@]}"; do ARGS+=(-W "clippy::$l"); done
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
# Touch the library so that clippy looks at it again.
touch src/lib.rs
cargo clippy --quiet --lib --message-format=json -- "${ARGS[@]}" \
  > "$OUT" 2> /dev/null || true
python3 - "$OUT" "${LINTS[@]}" <<'PY'
import collections, json, sys
path, lints = sys.argv[1], sys.argv[2:]
by_file = collections.defaultdict(collections.Counter)
for line in open(path):
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") != "compiler-message":
        continue
    code = (m["message"].get("code") or {}).get("code") or ""
    if not code.startswith("clippy::"):
        continue
    spans = [s for s in m["message"]["spans"] if s["is_primary"]]
    f = spans[0]["file_name"] if spans else "?"
    by_file[f][code[len("clippy::"):]] += 1
total = collections.Counter()
for c in by_file.values():
    total.update(c)
print("| file | " + " | ".join(lints) + " | all |")
print("|---|" + "---:|" * (len(lints) + 1))
for f in sorted(by_file):
    c = by_file[f]
    print(f"| {f} | " + " | ".join(str(c[l]) for l in lints) + f" | {sum(c.values())} |")
print("| **total** | " + " | ".join(str(total[l]) for l in lints) + f" | {sum(total.values())} |")
PY
