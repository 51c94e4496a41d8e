#!/usr/bin/env bash
# Peak memory (RSS) of the CLI redacting one file, as a user runs it:
# `hush --max-size 2G FILE > OUT`, on generated contact-centre text
# (examples/world) of each size. Prints the peak RSS, the bytes of RSS per
# input byte, the seconds and MB/s. Not part of scripts/test.sh.
#
#   scripts/rss.sh                        1M, 64M and 1G of mixed text
#   SIZES="1M 16M" GENRE=speech scripts/rss.sh
#   LIMIT_MB=4096 scripts/rss.sh          a higher guard
#
# A guard keeps a run from taking the machine down: the process's address
# space is limited to LIMIT_MB (default 256, `ulimit -v`), and it is
# stopped after TIMEOUT seconds (default 900). A run that hits the guard
# is reported as such ("over 256 MB"), with what it reached. The inputs and
# outputs are temporary files, deleted after each size (1G needs about
# 2 GB free in $TMPDIR, default /tmp).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=${SIZES:-"1M 64M 1G"}
GENRE=${GENRE:-mixed}
LIMIT_MB=${LIMIT_MB:-256}
TIMEOUT=${TIMEOUT:-900}

cargo build --release --quiet --bin hush --example world
HUSH=$PWD/target/release/hush
WORLD=$PWD/target/release/examples/world

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs the command after `--` under the guard and prints "STATUS MAXRSS_KB
# SECONDS": the exit status (or "timeout"), the peak RSS of the process
# (getrusage of the child) and the wall time.
measure() {
  python3 - "$LIMIT_MB" "$TIMEOUT" "$@" <<'PY'
import resource, subprocess, sys, time
limit = int(sys.argv[1]) << 20
timeout = float(sys.argv[2])
out, cmd = sys.argv[3], sys.argv[4:]
def guard():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
start = time.monotonic()
with open(out, "wb") as o:
    try:
        p = subprocess.run(cmd, stdout=o, stderr=subprocess.DEVNULL,
                           preexec_fn=guard, timeout=timeout)
        status = str(p.returncode)
    except subprocess.TimeoutExpired:
        status = "timeout"
seconds = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(status, rss, f"{seconds:.2f}")
PY
}

echo "hush peak RSS, $GENRE text, guard ${LIMIT_MB} MB of address space, $(nproc) cores"
printf '%-6s %12s %10s %14s %9s %8s  %s\n' size "input bytes" "peak RSS" "RSS/input byte" seconds "MB/s" status
for size in $SIZES; do
  in="$tmp/in.txt"
  "$WORLD" gen "$GENRE" "$size" > "$in" 2> /dev/null
  bytes=$(stat -c %s "$in")
  read -r status kb secs < <(measure "$tmp/out.txt" "$HUSH" --max-size 2G "$in")
  rm -f "$in" "$tmp/out.txt"
  case $status in
    0)
      per=$(printf '%.2f' "$(echo "$kb * 1024 / $bytes" | bc -l)")
      mbs=$(printf '%.1f' "$(echo "$bytes / 1048576 / $secs" | bc -l)")
      note=ok
      ;;
    timeout) per=- mbs=- note="stopped after ${TIMEOUT} s" ;;
    *) per=- mbs=- note="exit $status: stopped by the ${LIMIT_MB} MB guard (or an error)" ;;
  esac
  printf '%-6s %12d %7d MB %14s %9.2f %8s  %s\n' "$size" "$bytes" $((kb / 1024)) "$per" "$secs" "$mbs" "$note"
done
