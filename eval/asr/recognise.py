"""Speaks every turn of the call scripts and runs a real speech recogniser on
it: flite or festival -> sox (16 kHz, mono, 16-bit) -> pocketsphinx with its
bundled en-us model. Keeps the hypothesis words with their times and
confidences.

    nice -n 10 python3 eval/asr/recognise.py eval/asr/calls.jsonl \\
        eval/asr/hyps.jsonl --jobs 2

Results are cached by (engine, voice, speed, text) in the output file, which
is appended to as turns finish: a run that is stopped goes on where it left
off, and identical turns are recognised once. The synthesizers and the
decoder are deterministic, so a cached hypothesis is what a rerun would
give. Audio goes under --work (default /tmp/hush-asr), never into the
repository.
"""

import argparse
import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
import time

SKIP = {"<s>", "</s>", "<sil>", "[NOISE]", "<noise>", "[noise]"}
DECODER = None
WORK = "/tmp/hush-asr"


def key_of(voice, text):
    """The cache key of one spoken turn."""
    s = f"{voice['engine']}|{voice['voice']}|{voice['stretch']}|{text}"
    return hashlib.sha1(s.encode()).hexdigest()[:20]


def synth(voice, text, wav):
    """Writes `text` spoken in `voice` to `wav`."""
    if voice["engine"] == "flite":
        subprocess.run(["flite", "-voice", voice["voice"], "--setf",
                        f"duration_stretch={voice['stretch']}", "-t", text,
                        "-o", wav], check=True, capture_output=True)
    else:
        txt = wav + ".txt"
        with open(txt, "w") as f:
            f.write(text + "\n")
        subprocess.run(["text2wave", "-eval", f"(voice_{voice['voice']})",
                        "-eval",
                        f"(Parameter.set 'Duration_Stretch {voice['stretch']})",
                        txt, "-o", wav], check=True, capture_output=True)
        os.remove(txt)


def init_worker(work):
    """Loads one decoder per worker process."""
    global DECODER, WORK
    from pocketsphinx import Decoder
    DECODER = Decoder(samprate=16000, loglevel="FATAL")
    WORK = work


def recognise(job):
    """Synthesizes, resamples and decodes one turn."""
    key, voice, text = job
    wav = os.path.join(WORK, "audio", key + ".wav")
    raw = os.path.join(WORK, "audio", key + ".raw")
    synth(voice, text, wav)
    subprocess.run(["sox", wav, "-r", "16000", "-c", "1", "-b", "16",
                    "-e", "signed-integer", raw], check=True,
                   capture_output=True)
    with open(raw, "rb") as f:
        pcm = f.read()
    d = DECODER
    d.start_utt()
    d.process_raw(pcm, full_utt=True)
    d.end_utt()
    h = d.hyp()
    hyp = h.hypstr if h is not None else ""
    words = []
    for s in d.seg():
        w = s.word
        if w in SKIP:
            continue
        if w.endswith(")") and "(" in w:
            w = w[:w.index("(")]
        words.append({"w": w, "start": s.start_frame / 100,
                      "end": (s.end_frame + 1) / 100,
                      "conf": round(s.prob, 4)})
    if [x["w"] for x in words] != hyp.split():
        # Timings only come from the segmentation; fall back to the
        # hypothesis string with the whole turn as the time range.
        dur = len(pcm) / 32000
        n = max(1, len(hyp.split()))
        words = [{"w": w, "start": round(i * dur / n, 2),
                  "end": round((i + 1) * dur / n, 2), "conf": 0.5}
                 for i, w in enumerate(hyp.split())]
    return {"key": key, **voice, "text": text, "hyp": hyp, "words": words,
            "duration": round(len(pcm) / 32000, 3)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("calls")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", default="/tmp/hush-asr")
    ap.add_argument("--keep-audio", action="store_true")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.work, "audio"), exist_ok=True)
    done = set()
    if os.path.exists(args.out):
        with open(args.out) as f:
            done = {json.loads(l)["key"] for l in f if l.strip()}
    jobs, seen = [], set(done)
    with open(args.calls) as f:
        for line in f:
            call = json.loads(line)
            for t in call["turns"]:
                v = call["voices"][t["speaker"]]
                k = key_of(v, t["text"])
                if k not in seen:
                    seen.add(k)
                    jobs.append((k, v, t["text"]))
    print(f"{len(done)} cached, {len(jobs)} to recognise", file=sys.stderr)
    t0 = time.time()
    with open(args.out, "a") as out, multiprocessing.Pool(
            args.jobs, init_worker, (args.work,)) as pool:
        for n, r in enumerate(pool.imap_unordered(recognise, jobs, 4), 1):
            out.write(json.dumps(r) + "\n")
            out.flush()
            if not args.keep_audio:
                for ext in (".wav", ".raw"):
                    p = os.path.join(args.work, "audio", r["key"] + ext)
                    if os.path.exists(p):
                        os.remove(p)
            if n % 50 == 0:
                el = time.time() - t0
                print(f"{n}/{len(jobs)} in {el:.0f} s, "
                      f"{el / n:.2f} s per turn", file=sys.stderr)
    print(f"done: {len(jobs)} turns in {time.time() - t0:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
