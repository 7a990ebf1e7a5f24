"""`make bench`: our pipeline against plain natasha, whole processes, on one generated corpus.

    python -m pipeline.dev.bench [--docs 300] [--runs 5] [--scale 100,1000,10000] [--out outputs]

The corpus is cut from the articles in seeds/ (runs of consecutive sentences, shuffled by a
fixed seed), so the project benchmarks itself without ../shared. Each command is timed as a
whole process (model loading included), runs interleaved, and the median is reported with
the peak resident memory of the process and its workers (from wait4); each ratio is the
median of the ratios within a run. natasha is run through its own API by
`python -m pipeline.dev.bench natasha`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = "pipeline.dev.bench"  # this module, run as `python -m`


def sentences_of_seeds(seeds: Path) -> list[str]:
    from razdel import sentenize

    out = []
    for path in sorted(seeds.rglob("*.txt")):
        out += [s.text for s in sentenize(path.read_text(encoding="utf-8"))]
    return out


def make_corpus(path: Path, count: int, sentences_per_doc: int, seed: int = 13) -> int:
    """A JSONL corpus of `count` documents; returns its size in characters."""
    sentences = sentences_of_seeds(ROOT / "seeds")
    rng = random.Random(seed)
    chars = 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            start = rng.randrange(len(sentences))
            picked = [sentences[(start + k) % len(sentences)] for k in range(sentences_per_doc)]
            rng.shuffle(picked)
            text = " ".join(picked)
            chars += len(text)
            handle.write(json.dumps({"id": f"b{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return chars


# Every process computes on one core: numpy's BLAS would otherwise spread one process over
# all cores and make "one worker" a multi-core figure, for natasha and for us alike.
ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of a whole process (and the children it waited for)."""
    print("  " + " ".join(command[1:]), file=sys.stderr, flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **ONE_CORE},
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def natasha_available() -> bool:
    probe = [sys.executable, "-c", "import natasha"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def commands(corpus: Path, work: Path) -> dict[str, list[str]]:
    python = sys.executable
    ours = [python, "-m", "pipeline", "run", str(corpus), "--quiet", "--out"]
    found = {
        "pipeline --workers 1": [*ours, str(work / "w1"), "--workers", "1"],
        "pipeline --workers 2": [*ours, str(work / "w2"), "--workers", "2"],
    }
    if natasha_available():
        natasha = [
            python,
            "-m",
            "pipeline.dev.bench",
            "natasha",
            str(corpus),
            str(work / "n.jsonl"),
        ]
        found = {
            "natasha full chain": natasha,
            "natasha NER alone": [*natasha, "--no-normalize"],
            **found,
        }
    return found


Samples = dict[str, list[tuple[float, float]]]  # command: (seconds, peak MB) of each run

# (name, reference, measured): the measured command's throughput over the reference's,
# that is the reference's seconds over the measured command's
RATIOS = (
    ("workers 1 / natasha full chain", "natasha full chain", "pipeline --workers 1"),
    ("workers 1 / natasha NER alone", "natasha NER alone", "pipeline --workers 1"),
    ("workers 2 / workers 1", "pipeline --workers 1", "pipeline --workers 2"),
)


def measure(corpus: Path, runs: int) -> Samples:
    """Every command `runs` times, interleaved: one run of each, then the next.

    Every other run goes through the commands in reverse order, so that a machine
    growing faster or slower over the minutes favours no command.
    """
    with tempfile.TemporaryDirectory() as work:
        plan = list(commands(corpus, Path(work)).items())
        samples: Samples = {name: [] for name, _ in plan}
        for run in range(runs):
            for name, command in plan if run % 2 == 0 else reversed(plan):
                samples[name].append(timed(command))
    return samples


def summary(samples: Samples, docs: int, chars: int) -> list[dict]:
    rows = []
    for name, values in samples.items():
        seconds = statistics.median(s for s, _ in values)
        rows.append(
            {
                "command": name,
                "seconds": round(seconds, 2),
                "docs_per_s": round(docs / seconds, 2),
                "chars_per_s": round(chars / seconds),
                "peak_mb": round(max(m for _, m in values)),
            }
        )
    return rows


def ratios(samples: Samples) -> dict[str, dict[str, float]]:
    """Each ratio as the median over the runs of that run's ratio, with its range.

    The commands of one run follow each other within a minute or two, so a run's ratio
    compares them on the machine as it was then; this machine's speed drifts by 10-30%
    over the minutes, which a ratio of the medians of separate runs would take in.
    """
    out = {}
    for name, reference, measured in RATIOS:
        if reference in samples and measured in samples:
            pairs = zip(samples[reference], samples[measured], strict=True)
            per_run = [ref / new for (ref, _), (new, _) in pairs]
            out[name] = {
                "median": round(statistics.median(per_run), 2),
                "low": round(min(per_run), 2),
                "high": round(max(per_run), 2),
            }
    return out


def scale_series(sizes: list[int], folder: Path) -> list[dict]:
    rows = []
    for size in sizes:
        corpus = folder / f"scale-{size}.jsonl"
        chars = make_corpus(corpus, size, sentences_per_doc=10, seed=size)
        with tempfile.TemporaryDirectory() as work:
            command = [
                sys.executable,
                "-m",
                "pipeline",
                "run",
                str(corpus),
                "--quiet",
                "--out",
                work,
                "--workers",
                "2",
            ]
            seconds, peak = timed(command)
        rows.append(
            {
                "documents": size,
                "chars": chars,
                "seconds": round(seconds, 2),
                "docs_per_s": round(size / seconds, 2),
                "peak_mb": round(peak),
            }
        )
    return rows


def markdown(
    rows: list[dict], found_ratios: dict, scale: list[dict], docs: int, chars: int, runs: int
) -> str:
    lines = [
        f"Corpus: {docs} documents, {chars} characters, cut from seeds/; median of {runs}"
        " interleaved runs (in reverse order every other run), each a whole process (model"
        " loading included), numpy on one thread per process.",
        "",
        "| command | seconds | docs/s | chars/s | peak MB |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['command']} | {r['seconds']} | {r['docs_per_s']} | {r['chars_per_s']} |"
        f" {r['peak_mb']} |"
        for r in rows
    ]
    lines += [
        "",
        "Ratios of throughput, each the median over the runs of that run's ratio (a run"
        " times every command once, one after the other, in reverse order every other"
        " run), with the lowest and highest run:",
        "",
        "| ratio | median | runs from | to |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {name} | {value['median']} | {value['low']} | {value['high']} |"
        for name, value in found_ratios.items()
    ]
    if scale:
        lines += [
            "",
            "Scale series (`--workers 2`, documents of ten sentences):",
            "",
            "| documents | chars | seconds | docs/s | peak MB |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['documents']} | {r['chars']} | {r['seconds']} | {r['docs_per_s']} |"
            f" {r['peak_mb']} |"
            for r in scale
        ]
    return "\n".join(lines) + "\n"


def run_natasha(source: Path, target: Path, no_normalize: bool) -> None:
    """Plain natasha's news pipeline, as a user would run it (the reference to beat)."""
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    segmenter, ner = Segmenter(), NewsNERTagger(embedding)
    morph, syntax, vocab = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), MorphVocab()
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            doc = Doc(record["text"])
            doc.segment(segmenter)
            if not no_normalize:
                doc.tag_morph(morph)
                doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            spans = []
            for span in doc.spans:
                if not no_normalize:
                    span.normalize(vocab)
                spans.append([span.start, span.stop, span.type, span.normal or span.text])
            out.write(json.dumps({"doc_id": record["id"], "spans": spans}, ensure_ascii=False))
            out.write("\n")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["natasha"]:
        parser = argparse.ArgumentParser(prog="python -m pipeline.dev.bench natasha")
        parser.add_argument("source", type=Path)
        parser.add_argument("target", type=Path)
        parser.add_argument("--no-normalize", action="store_true")
        args = parser.parse_args(argv[1:])
        run_natasha(args.source, args.target, args.no_normalize)
        return
    parser = argparse.ArgumentParser(prog="python -m pipeline.dev.bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--scale",
        default="100,1000,10000",
        help="document counts of the scale series ('' for none)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "outputs")
    args = parser.parse_args(argv)
    folder = args.out / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    chars = make_corpus(corpus, args.docs, sentences_per_doc=30)
    samples = measure(corpus, args.runs)
    rows, found_ratios = summary(samples, args.docs, chars), ratios(samples)
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    scale = scale_series(sizes, folder)
    report = markdown(rows, found_ratios, scale, args.docs, chars, args.runs)
    (args.out / "bench.md").write_text(report, encoding="utf-8")
    (args.out / "bench.json").write_text(
        json.dumps(
            {"rows": rows, "ratios": found_ratios, "scale": scale, "runs": samples}, indent=1
        ),
        encoding="utf-8",
    )
    print(report)


if __name__ == "__main__":
    main()
