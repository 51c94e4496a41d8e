#!/usr/bin/env bash
# Regenerates eval/sets/asr-*.jsonl: call scripts -> speech -> recogniser ->
# gold labels. With eval/asr/hyps.jsonl present only the last step runs
# (seconds); `--fresh` recognises everything again (about an hour of CPU on
# one core; audio goes to /tmp/hush-asr and is deleted as it goes).
set -euo pipefail
cd "$(dirname "$0")/../.."

SEED=7
CALLS=170

need_apt=()
for p in flite sox festival festvox-us-slt-hts; do
    dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p")
done
if ((${#need_apt[@]})); then
    apt-get update
    apt-get install -y "${need_apt[@]}"
fi
python3 -c 'import pocketsphinx' 2>/dev/null ||
    python3 -m pip install 'pocketsphinx==5.1.1'

if [[ "${1:-}" == "--fresh" ]]; then
    rm -f eval/asr/hyps.jsonl
fi
python3 eval/asr/gen_calls.py --seed "$SEED" --calls "$CALLS" \
    >eval/asr/calls.jsonl
nice -n 10 python3 eval/asr/recognise.py eval/asr/calls.jsonl \
    eval/asr/hyps.jsonl --jobs 2
python3 eval/asr/build_sets.py eval/asr/calls.jsonl eval/asr/hyps.jsonl
python3 -m unittest discover -s eval/asr -p 'test_*.py'
