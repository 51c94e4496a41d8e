"""Writes the world evaluation sets into eval/sets/ (JSONL, the corpus format
of tests/data/corpus/README.md).

    python3 eval/world/gen.py [--seed N] [--out DIR] [--only NAME,...]

Deterministic: the same seed gives byte-identical files. Python 3.11,
standard library only.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import zlib

# Leave no __pycache__ in the repository.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import dump_jsonl, validate  # noqa: E402
import set_brands  # noqa: E402
import set_json  # noqa: E402
import set_sbs  # noqa: E402
import set_scripts  # noqa: E402
import set_stt  # noqa: E402
import set_suites  # noqa: E402
import set_traps  # noqa: E402
import set_typos  # noqa: E402
import set_unlabelled  # noqa: E402

# name -> (module, number of documents; None: all the quoted test strings)
SETS = {
    "side-by-side": (set_sbs, 300),
    "typos": (set_typos, 300),
    "stt-spellings": (set_stt, 250),
    "unlabelled": (set_unlabelled, 250),
    "json-exports": (set_json, 150),
    "brands": (set_brands, 250),
    "other-scripts": (set_scripts, 250),
    "traps": (set_traps, 300),
    "public-suites": (set_suites, None),
}


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20250607)
    ap.add_argument("--out", default=os.path.join(here, "..", "sets"))
    ap.add_argument("--only", default="", help="comma-separated set names")
    args = ap.parse_args()
    only = [x for x in args.only.split(",") if x]
    os.makedirs(args.out, exist_ok=True)
    for name, (module, n) in SETS.items():
        if only and name not in only:
            continue
        rng = random.Random(args.seed ^ zlib.crc32(name.encode()))
        docs = module.build(rng, n)
        validate(docs)
        path = os.path.join(args.out, f"{name}.jsonl")
        dump_jsonl(docs, path)
        spans = sum(len(d["spans"]) for d in docs)
        negs = sum(len(d["negatives"]) for d in docs)
        print(f"{path}: {len(docs)} documents, {spans} spans, {negs} negatives, {os.path.getsize(path) // 1024} KB")


if __name__ == "__main__":
    main()
