"""What each NER repair gains: every repair of `REPAIRS` switched off alone, on each gold
corpus, scored with the evaluation kit's score.py (PER / ORG / LOC strict F1).

    python -m pipeline.dev.repair_audit [--gold ../shared/eval/gold] [--out outputs/repairs.json]
                                        [--only REPAIR ...]

The README's repair table is made from its output. Each corpus runs in this process on
one core: about a minute a repair for the five files.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.api import extract_many
from pipeline.ner import repairs as repairs_module
from pipeline.ner.repairs import REPAIRS, Repair
from pipeline.resources import Resources, load_resources

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("factru-dev", "nerel-dev", "bsnlp-dev", "slavicner-covid-dev", "nerel-train")
TYPES = ("PER", "ORG", "LOC")


def scores(gold: Path, resources: Resources, repairs: Sequence[Repair]) -> dict[str, float]:
    """PER / ORG / LOC F1 of one gold corpus with these repairs."""
    defaults = list(repairs_module.repair_spans.__defaults__ or ())
    # the stages call repair_spans with its default repairs: this run's are put there
    defaults[0] = tuple(repairs)
    repairs_module.repair_spans.__defaults__ = tuple(defaults)
    with gold.open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    with tempfile.TemporaryDirectory() as work:
        predicted = Path(work) / "documents.jsonl"
        with predicted.open("w", encoding="utf-8") as out:
            for doc in extract_many(((d["id"], d["text"]) for d in docs), resources):
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        score = gold.parent.parent / "score.py"
        found = subprocess.run(
            [sys.executable, str(score), str(gold), str(predicted), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    ner = json.loads(found.stdout)["ner"]
    return {kind: ner[kind]["f1"] for kind in TYPES if kind in ner}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.dev.repair_audit")
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "gold")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "repairs.json")
    parser.add_argument(
        "--only", nargs="+", metavar="REPAIR", help="switch off only these repairs, one by one"
    )
    args = parser.parse_args(argv)
    names = {r.__name__ for r in REPAIRS}
    if unknown := set(args.only or ()) - names:
        parser.error(f"no such repair: {', '.join(sorted(unknown))}")
    audited = [r for r in REPAIRS if args.only is None or r.__name__ in args.only]
    resources = load_resources()
    results: dict[str, dict[str, dict[str, float]]] = {}
    for off in (None, *audited):
        kept = [r for r in REPAIRS if r is not off]
        name = "(all on)" if off is None else off.__name__
        results[name] = {c: scores(args.gold / f"{c}.jsonl", resources, kept) for c in CORPORA}
        print(name, results[name], flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
