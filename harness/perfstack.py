#!/usr/bin/env python3
"""Where the time goes, by line of the project's source, from `perf script`.

    perf script -F ip,sym,srcline --inline -i perf.data | harness/perfstack.py [N]

Each sample is charged to its innermost frame in the project's src/
(inlined frames included, so the cost of an inlined iterator lands on the
line that uses it), shown with the two project frames that called it.
Prints the N (default 8) heaviest call paths with their share of samples.
Used by harness/profile.sh.
"""
import collections
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def project_line(srcline):
    """'path/src/detect/card.rs:88 (inlined)' -> 'src/detect/card.rs:88'."""
    m = re.match(r"^(.*?):(\d+)", srcline.strip())
    if not m:
        return None
    path, line = m.groups()
    if "/rustc/" in path or "/.cargo/" in path or "/src/" not in path:
        return None
    if not (path.startswith(ROOT) or not path.startswith("/")):
        return None
    rel = path[path.rindex("/src/") + 1 :]
    return f"{rel}:{line}"


def source(loc):
    rel, line = loc.rsplit(":", 1)
    try:
        return open(os.path.join(ROOT, rel)).read().splitlines()[int(line) - 1].strip()
    except (OSError, IndexError, ValueError):
        return ""


def main():
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    paths = collections.Counter()
    total = 0
    frames = []
    pending_sym = None

    def flush():
        nonlocal total
        if not frames:
            return
        total += 1
        chain = [f for f in frames if f]
        # Drop the driver's frames: the core starts at hush::.
        key = tuple(chain[:3]) if chain else ("(outside the project)",)
        paths[key] += 1

    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if not line.strip():
            flush()
            frames = []
            continue
        if not line.startswith((" ", "\t")):
            # "comm" header line of a sample.
            flush()
            frames = []
            continue
        s = line.strip()
        if re.match(r"^[0-9a-f]+ ", s):
            pending_sym = s
            continue
        loc = project_line(s)
        if loc and "examples/" not in loc:
            if not frames or frames[-1] != loc:
                frames.append(loc)
    flush()
    print(f"{total} samples")
    for chain, n in paths.most_common(top):
        head = chain[0]
        print(f"{n * 100 / max(total, 1):5.1f}%  {head}  {source(head)[:60]}")
        for caller in chain[1:]:
            print(f"        <- {caller}  {source(caller)[:60]}")


if __name__ == "__main__":
    main()
