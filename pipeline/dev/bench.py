"""`make bench`: our pipeline against plain natasha, whole processes, on three corpora.

    python -m pipeline.dev.bench [--docs 300] [--short-docs 216] [--runs 5] [--max-runs 9]
        [--scale 100,1000,10000] [--huge 5000000] [--out outputs]
    python -m pipeline.dev.bench --huge-only [--huge 5000000,10000000,29000000]

The corpora: documents cut from the articles in seeds/ (runs of consecutive sentences,
shuffled by a fixed seed); short news, the texts of the dev files in ../shared/eval/gold
when they are there (news as users run it, 1,500 characters an article), else documents
of ten seed sentences; and one sentence, which times start-up alone. The project thus
benchmarks itself without ../shared. Each command is timed as a whole process (model
loading included), runs interleaved, and the median is reported with the peak resident
memory of the process and its workers (from wait4 and /proc), and the CPU seconds of them all;
each ratio is the median of the ratios within a run, and a corpus gets two runs more (up to
--max-runs) while a ratio's runs spread wide. natasha is run through its own API by
`python -m pipeline.dev.bench natasha`.
A huge-document series times `--workers 1` on one document of millions of characters;
`--huge-only` (`make bench-huge`) runs that series alone, into outputs/bench-huge.md, and
gives each size's time as a multiple of the first size's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
BENCH = "pipeline.dev.bench"  # this module, run as `python -m`
GOLD = ROOT.parent / "shared" / "eval" / "gold"
# news as users run it (dev files only: measured, never learned from)
NEWS_FILES = ("factru-dev", "nerel-dev", "bsnlp-dev", "slavicner-covid-dev")
ONE_SENTENCE = "Пресс-секретарь президента России Дмитрий Песков заявил журналистам в Москве."


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
    texts = []
    for _ in range(count):
        start = rng.randrange(len(sentences))
        picked = [sentences[(start + k) % len(sentences)] for k in range(sentences_per_doc)]
        rng.shuffle(picked)
        texts.append(" ".join(picked))
    return write_corpus(path, texts)


def write_corpus(path: Path, texts: list[str]) -> int:
    """Texts as a JSONL corpus ("b000000", ...); returns its size in characters."""
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"b{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return sum(map(len, texts))


def news_texts() -> list[str]:
    """The texts of the dev files, in file order ([] without ../shared)."""
    texts = []
    for name in NEWS_FILES:
        path = GOLD / f"{name}.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as lines:
                texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def make_short_corpus(path: Path, count: int) -> tuple[int, int, str]:
    """Short news: the first `count` dev texts, or documents of ten seed sentences.
    Returns documents, characters and where they come from."""
    texts = news_texts()[:count]
    if texts:
        return len(texts), write_corpus(path, texts), "the texts of the dev files"
    return count, make_corpus(path, count, sentences_per_doc=10, seed=17), "cut from seeds/"


def make_huge_document(path: Path, chars: int) -> None:
    """One text of `chars` characters: the dev texts (or the seed articles) over and over,
    a blank line between them."""
    texts = news_texts() or [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/**/*.txt"))
    ]
    parts: list[str] = []
    size = 0
    while size < chars:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text) + 2
    path.write_text("\n\n".join(parts)[:chars], encoding="utf-8")


# Every process computes on one core: numpy's BLAS would otherwise spread one process over
# all cores and make "one worker" a multi-core figure, for natasha and for us alike.
ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class Sample(NamedTuple):
    """One run of one command."""

    seconds: float  # wall, until the command's own process ends
    peak_mb: float
    cpu: float  # user and system seconds of the command's processes, all of them (Linux)


def timed(command: list[str]) -> Sample:
    """Wall seconds, peak resident MB and CPU seconds of a whole process and every process
    it started.

    wait4 reports the peak of the process and of the children it waited for; a process
    the command starts and never waits for (a pool's worker ending after it, a forkserver,
    a grandchild) is missed, so the processes of the command's session are also read while
    it runs (`session_peak`). Their CPU time is counted as this process becomes the
    subreaper of what it starts (`adopt_orphans`): what the command leaves behind is handed
    here when it ends, and waited for; where that cannot be, the CPU is the command's own
    and its waited children's.
    """
    print("  " + " ".join(command[1:]), file=sys.stderr, flush=True)
    adopted = adopt_orphans()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **ONE_CORE},
        start_new_session=True,
    )
    peak_kb = [0]
    watcher = threading.Thread(target=session_peak, args=(process.pid, peak_kb), daemon=True)
    watcher.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if adopted:
        wait_for_orphans()
    watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"failed: {' '.join(command)}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Sample(seconds, max(usage.ru_maxrss, peak_kb[0]) / 1024, cpu)


PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h
ORPHANS_SECONDS = 60.0


def adopt_orphans() -> bool:
    """Whether this process is (now) the subreaper of its descendants: Linux only."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def wait_for_orphans(seconds: float = ORPHANS_SECONDS) -> None:
    """Wait for every process handed to this one (`adopt_orphans`), for `seconds` at most."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(SAMPLE_SECONDS)


SAMPLE_SECONDS = 0.02


def session_peak(session: int, peak_kb: list[int]) -> None:
    """Keep in `peak_kb[0]` the highest resident-memory high-water mark (VmHWM) of any
    process of `session` until none is left: a worker's own peak, read from /proc while it
    lives (nothing is read where there is no /proc)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return
    while True:
        found = False
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if os.getsid(int(entry.name)) != session:
                    continue
                status = (entry / "status").read_text()
            except OSError:
                continue  # gone meanwhile, or not ours to read
            found = True
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb[0] = max(peak_kb[0], int(line.split()[1]))
        if not found:
            return
        time.sleep(SAMPLE_SECONDS)


def natasha_available() -> bool:
    probe = [sys.executable, "-c", "import natasha"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def commands(corpus: Path, work: Path, two_workers: bool = True) -> dict[str, list[str]]:
    python = sys.executable
    ours = [python, "-m", "pipeline", "run", str(corpus), "--quiet", "--out"]
    found = {"pipeline --workers 1": [*ours, str(work / "w1"), "--workers", "1"]}
    if two_workers:
        found["pipeline --workers 2"] = [*ours, str(work / "w2"), "--workers", "2"]
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


Samples = dict[str, list[Sample]]  # command: each run's

# (name, reference, measured): the measured command's throughput over the reference's,
# that is the reference's seconds over the measured command's
RATIOS = (
    ("workers 1 / natasha full chain", "natasha full chain", "pipeline --workers 1"),
    ("workers 1 / natasha NER alone", "natasha NER alone", "pipeline --workers 1"),
    ("workers 2 / workers 1", "pipeline --workers 1", "pipeline --workers 2"),
)


# A ratio whose middle runs spread by more than this part of its median: the machine was
# uneven (other processes on its two cores); two more runs are made, up to --max-runs
WIDE = 0.25


def measure(
    corpus: Path, runs: int, two_workers: bool = True, max_runs: int | None = None
) -> Samples:
    """Every command `runs` times, interleaved: one run of each, then the next; then two
    runs more while a ratio's middle runs spread wide (`too_wide`), `max_runs` in all at most.

    Every other run goes through the commands in reverse order, so that a machine
    growing faster or slower over the minutes favours no command.
    """
    most = max(runs, max_runs or runs)
    with tempfile.TemporaryDirectory() as work:
        plan = list(commands(corpus, Path(work), two_workers).items())
        samples: Samples = {name: [] for name, _ in plan}
        done = 0
        while done < runs or (done < most and ((done - runs) % 2 or too_wide(samples))):
            for name, command in plan if done % 2 == 0 else reversed(plan):
                samples[name].append(timed(command))
            done += 1
    return samples


def too_wide(samples: Samples) -> bool:
    """Whether a ratio's runs, the lowest and the highest left out, lie further apart than
    `WIDE` of its median (one run on a busy machine is what the median is for)."""
    for per_run in runs_ratios(samples).values():
        middle = sorted(per_run)[1:-1]
        if middle and middle[-1] - middle[0] > WIDE * statistics.median(per_run):
            return True
    return False


def summary(samples: Samples, docs: int, chars: int) -> list[dict]:
    rows = []
    for name, values in samples.items():
        seconds = statistics.median(s.seconds for s in values)
        rows.append(
            {
                "command": name,
                "seconds": round(seconds, 2),
                "cpu_seconds": round(statistics.median(s.cpu for s in values), 2),
                "docs_per_s": round(docs / seconds, 2),
                "chars_per_s": round(chars / seconds),
                "peak_mb": round(max(s.peak_mb for s in values)),
            }
        )
    return rows


def ratios(samples: Samples) -> dict[str, dict[str, float]]:
    """Each ratio as the median over the runs of that run's ratio, with its range.

    The commands of one run follow each other within a minute or two, so a run's ratio
    compares them on the machine as it was then; this machine's speed drifts by 10-30%
    over the minutes, which a ratio of the medians of separate runs would take in.
    """
    return {
        name: {
            "median": round(statistics.median(per_run), 2),
            "low": round(min(per_run), 2),
            "high": round(max(per_run), 2),
        }
        for name, per_run in runs_ratios(samples).items()
    }


def runs_ratios(samples: Samples) -> dict[str, list[float]]:
    """Each ratio of the commands that ran, in each run."""
    out = {}
    for name, reference, measured in RATIOS:
        if reference in samples and measured in samples:
            pairs = zip(samples[reference], samples[measured], strict=True)
            out[name] = [ref.seconds / new.seconds for ref, new in pairs]
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
            seconds, peak, cpu = timed(command)
        rows.append(
            {
                "documents": size,
                "chars": chars,
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu, 2),
                "docs_per_s": round(size / seconds, 2),
                "peak_mb": round(peak),
            }
        )
    return rows


def huge_series(sizes: list[int], folder: Path) -> list[dict]:
    """`--workers 1` on one document of each size (characters), timed once."""
    rows: list[dict] = []
    first: tuple[int, float] | None = None
    for size in sizes:
        document = folder / f"huge-{size}.txt"
        make_huge_document(document, size)
        with tempfile.TemporaryDirectory() as work:
            command = [
                *[sys.executable, "-m", "pipeline", "run", str(document), "--quiet"],
                *["--out", work, "--workers", "1", "--max-bytes", str(8 * size)],
            ]
            seconds, peak, cpu = timed(command)
        document.unlink()
        first = first or (size, seconds)  # the first size's, unrounded
        rows.append(
            {
                "chars": size,
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu, 2),
                "chars_per_s": round(size / seconds),
                "peak_mb": round(peak),
                # growth against the first size: linear time gives times == chars
                "times_first": round(seconds / first[1], 2),
                "chars_times_first": round(size / first[0], 2),
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class Corpus:
    """One corpus of the bench and what was measured on it."""

    name: str
    source: str  # where its texts come from
    docs: int
    chars: int
    samples: Samples

    def report(self) -> dict:
        return {
            "name": self.name,
            "source": self.source,
            "docs": self.docs,
            "chars": self.chars,
            "rows": summary(self.samples, self.docs, self.chars),
            "ratios": ratios(self.samples),
            "runs": self.samples,
        }


def markdown(
    corpora: list[dict], scale: list[dict], huge: list[dict], runs: int, max_runs: int = 0
) -> str:
    more = (
        f", and two more while a ratio's runs, its lowest and highest left out, lie further"
        f" apart than {WIDE:.0%} of its median, {max_runs} in all at most"
        if max_runs > runs
        else ""
    )
    lines = (
        []
        if not corpora
        else [
            f"Median of {runs} interleaved runs{more} (in reverse order every other run), each"
            " a whole process (model loading included), numpy on one thread per process; peak"
            " MB is the highest resident memory of the process and its workers; CPU s the user"
            " and system seconds of all its processes (median). Ratios of throughput, each the"
            " median over the runs of that run's ratio (a run times every command once, one"
            " after the other), with the lowest and highest run.",
        ]
    )
    for corpus in corpora:
        lines += corpus_markdown(corpus)
    if scale:
        lines += [
            "",
            "Scale series (`--workers 2`, documents of ten sentences):",
            "",
            "| documents | chars | seconds | CPU s | docs/s | peak MB |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['documents']} | {r['chars']} | {r['seconds']} | {r['cpu_seconds']} |"
            f" {r['docs_per_s']} |"
            f" {r['peak_mb']} |"
            for r in scale
        ]
    if huge:
        lines += [
            "",
            "Huge documents (`--workers 1`, one document, run once; time and length as"
            " multiples of the first size's):",
            "",
            "| chars | seconds | CPU s | chars/s | peak MB | time × | length × |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['chars']} | {r['seconds']} | {r['cpu_seconds']} | {r['chars_per_s']} |"
            f" {r['peak_mb']} |"
            f" {r['times_first']} | {r['chars_times_first']} |"
            for r in huge
        ]
    return "\n".join(lines) + "\n"


def corpus_markdown(corpus: dict) -> list[str]:
    lines = [
        "",
        f"### {corpus['name']}",
        "",
        f"{corpus['docs']} documents, {corpus['chars']} characters, {corpus['source']};"
        f" {len(next(iter(corpus['runs'].values()), []))} runs.",
        "",
        "| command | seconds | CPU s | docs/s | chars/s | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    rows = corpus["rows"]
    lines += [
        f"| {r['command']} | {r['seconds']} | {r['cpu_seconds']} | {r['docs_per_s']} |"
        f" {r['chars_per_s']} |"
        f" {r['peak_mb']} |"
        for r in rows
    ]
    lines += ["", "| ratio | median | runs from | to |", "|---|---|---|---|"]
    lines += [
        f"| {name} | {value['median']} | {value['low']} | {value['high']} |"
        for name, value in corpus["ratios"].items()
    ]
    return lines


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
    parser.add_argument("--short-docs", type=int, default=216, help="short news articles")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--max-runs", type=int, default=9, help="runs at most where a ratio's runs spread wide"
    )
    parser.add_argument(
        "--scale",
        default="100,1000,10000",
        help="document counts of the scale series ('' for none)",
    )
    parser.add_argument(
        "--huge",
        default="5000000",
        help="characters of each huge document, e.g. 5000000,29000000 ('' for none)",
    )
    parser.add_argument("--huge-only", action="store_true", help="only the huge-document series")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs")
    args = parser.parse_args(argv)
    folder = args.out / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.huge.split(",") if s.strip()]
    if args.huge_only:
        huge = huge_series(sizes, folder)
        report = markdown([], [], huge, runs=1)
        write_report(args.out, "bench-huge", report, {"huge": huge})
        return
    corpora = []
    seed_cut = folder / "corpus.jsonl"
    chars = make_corpus(seed_cut, args.docs, sentences_per_doc=30)
    corpora.append(
        Corpus(
            "Seed-cut documents",
            "cut from seeds/",
            args.docs,
            chars,
            measure(seed_cut, args.runs, max_runs=args.max_runs),
        )
    )
    with tempfile.TemporaryDirectory() as work:  # dev texts stay out of outputs/
        short = Path(work) / "short.jsonl"
        docs, chars, source = make_short_corpus(short, args.short_docs)
        samples = measure(short, args.runs, max_runs=args.max_runs)
        corpora.append(Corpus("Short news", source, docs, chars, samples))
        one = Path(work) / "one.jsonl"
        chars = write_corpus(one, [ONE_SENTENCE])
        samples = measure(one, args.runs, two_workers=False, max_runs=args.max_runs)
        corpora.append(Corpus("Start-up alone", "one sentence", 1, chars, samples))
    scale = scale_series([int(s) for s in args.scale.split(",") if s.strip()], folder)
    huge = huge_series(sizes, folder)
    reports = [corpus.report() for corpus in corpora]
    report = markdown(reports, scale, huge, args.runs, args.max_runs)
    write_report(args.out, "bench", report, {"corpora": reports, "scale": scale, "huge": huge})


def write_report(out: Path, name: str, report: str, figures: dict) -> None:
    (out / f"{name}.md").write_text(report, encoding="utf-8")
    (out / f"{name}.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
