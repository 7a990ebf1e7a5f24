"""Error analysis of the NER stage against a gold corpus: every FP and FN gets one cause.

    python -m pipeline.dev.error_analysis GOLD.jsonl PRED.jsonl [--top N] [--types PER,ORG] [--json]

Matching is strict on span and type as in the evaluation kit's score.py: bounds trimmed of
whitespace, a repeated span counted once, only the types the gold corpus annotates. The
errors left are paired one to one, the most certain kind first: the same span with another
type (`type`), overlapping spans of one type (`boundary`), overlapping spans of different
types (`type+boundary`). A gold span left over is `missed`, a predicted one `spurious`; its
detail names the mention it overlaps if any (one already matched or paired, such as LOC
"США" inside a matched TITLE "президент США"), otherwise the shape of its text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TYPES = ("PER", "ORG", "LOC", "TITLE")
CAUSES = ("boundary", "type", "type+boundary", "missed", "spurious")
TOP = 15
CONTEXT_WIDTH = 30
QUOTES = "«»\"“”„'`‘’"
SCORE_HEADER = ("type", "TP", "FP", "FN", "P", "R", "F1")
CAUSE_HEADER = ("boundary", "type FN/FP", "type+boundary FN/FP", "missed", "spurious")
FORMULA = (
    "FN = boundary + type FN + type+boundary FN + missed; "
    "FP = boundary + type FP + type+boundary FP + spurious."
)
LEGAL_FORMS = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "гк", "фгуп", "гуп", "муп", "фгбу", "гбу", "ано",
    "нко",
})  # fmt: skip
COUNTRY_ABBREVIATIONS = frozenset(
    {"рф", "рк", "рб", "сша", "кнр", "кндр", "фрг", "оаэ", "ес", "юар"}
)
COUNTRY_STEMS = (
    "росси", "украин", "казахстан", "беларус", "белорусси", "грузи", "армени",
    "азербайджан", "узбекистан", "таджикистан", "киргиз", "кыргыз", "туркмени", "молдав",
    "молдов", "латви", "литв", "эстони", "польш", "германи", "франци", "итали", "испани",
    "великобритани", "британи", "англи", "китая", "китай", "япони", "инди", "турци", "сири",
    "иран", "ирак", "израил", "египт", "пакистан", "афганистан", "канад", "мексик",
    "бразили", "норвеги", "швеци", "финлянди", "европ",
)  # fmt: skip
# Words that name what kind of organisation follows; FactRuEval leaves them out of ORG.
DESCRIPTOR_STEMS = (
    "компани", "парти", "агентств", "агенств", "газет", "журнал", "министерств", "ведомств",
    "служб", "организаци", "движени", "фонд", "холдинг", "корпораци", "концерн", "издани",
    "телеканал", "радиостанци", "университет", "институт", "комитет", "банк", "групп", "клуб",
    "команд", "театр", "музей", "обществ", "объединени", "сайт", "портал", "ассоциаци",
)  # fmt: skip


@dataclass(frozen=True, order=True)
class EvalSpan:
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class ErrorCase:
    """One error: a gold span, a predicted span, or a pair of them with one of CAUSES.

    `start`/`end` cover both spans; `context` is the text around them on one line.
    """

    doc_id: str
    cause: str
    gold_type: str | None
    pred_type: str | None
    gold_text: str | None
    pred_text: str | None
    start: int
    end: int
    detail: str
    piece: str  # the text by which the bounds of a pair differ, else ""
    context: str


@dataclass(frozen=True)
class ErrorAnalysis:
    types: tuple[str, ...]
    docs: int
    docs_missing_in_pred: int
    true_positives: Mapping[str, int]
    errors: tuple[ErrorCase, ...]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Span bounds with surrounding whitespace removed, as score.py does."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def spans(text: str, items: Iterable[Mapping[str, Any]], types: Collection[str]) -> set[EvalSpan]:
    """The distinct trimmed spans of the given types among gold entities or mentions."""
    return {
        EvalSpan(*trimmed(text, i["start"], i["end"]), i["type"])
        for i in items
        if i["type"] in types
    }


def matched_and_left(
    gold_doc: Mapping[str, Any], pred_doc: Mapping[str, Any] | None, types: Collection[str]
) -> tuple[set[EvalSpan], set[EvalSpan], set[EvalSpan]]:
    """Exact matches, and the gold and predicted spans that are errors."""
    text = gold_doc["text"]
    gold = spans(text, gold_doc["entities"], types)
    pred = spans(text, pred_doc["mentions"], types) if pred_doc else set()
    return gold & pred, gold - pred, pred - gold


def overlap(a: EvalSpan, b: EvalSpan) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair_rank(gold: EvalSpan, pred: EvalSpan) -> tuple[int, int, int]:
    tier = 0 if (gold.start, gold.end) == (pred.start, pred.end) else 1 + (gold.type != pred.type)
    size_gap = abs((gold.end - gold.start) - (pred.end - pred.start))
    return tier, -overlap(gold, pred), size_gap


def pair(gold: Iterable[EvalSpan], pred: Iterable[EvalSpan]) -> list[tuple[EvalSpan, EvalSpan]]:
    """Overlapping gold and predicted spans paired one to one, the most certain pairs first."""
    candidates = sorted(
        (pair_rank(g, p), g, p) for g in sorted(gold) for p in sorted(pred) if overlap(g, p)
    )
    pairs: list[tuple[EvalSpan, EvalSpan]] = []
    used_gold, used_pred = set(), set()
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return pairs


def is_country(word: str) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and (
        folded in COUNTRY_ABBREVIATIONS or folded.startswith(COUNTRY_STEMS)
    )


def piece_name(side: str, piece: str) -> str:
    """What a stretch of text at one end of a span is: a quote, a descriptor, a country..."""
    core = piece.strip().strip(QUOTES + ".,;:").strip()
    if not core:
        return "quote" if any(c in QUOTES for c in piece) else "punctuation"
    if core.startswith("(") or core.endswith(")"):
        return f"{side} parenthetical"
    if side == "trailing" and re.match(r"[\s«\"]*(?:[-–—]|\d)", piece):
        return "trailing hyphenated/numbered suffix"
    words = core.split()
    edge = words[0] if side == "trailing" else words[-1]
    if is_country(edge):
        return f"{side} country"
    if words[0].casefold() in LEGAL_FORMS:
        return f"{side} legal form"
    if edge.casefold().startswith(DESCRIPTOR_STEMS):
        return f"{side} descriptor"
    if core.isupper():
        return f"{side} abbreviation"
    return f"{side} lowercase words" if core[0].islower() else f"{side} capitalised words"


def extent(gold: EvalSpan, pred: EvalSpan) -> str:
    if pred.start <= gold.start and gold.end <= pred.end:
        return "too long"
    if gold.start <= pred.start and pred.end <= gold.end:
        return "too short"
    return "shifted"


def bounds_difference(text: str, gold: EvalSpan, pred: EvalSpan) -> tuple[str, str]:
    """How the predicted bounds differ from the gold ones, and the differing text."""
    kind = extent(gold, pred)
    left = text[min(gold.start, pred.start) : max(gold.start, pred.start)]
    right = text[min(gold.end, pred.end) : max(gold.end, pred.end)]
    piece = " … ".join(" ".join(s.split()) for s in (left, right) if s.strip())
    if kind == "shifted":
        return kind, piece
    names = [piece_name(side, s) for side, s in (("leading", left), ("trailing", right)) if s]
    if names == ["quote", "quote"]:
        names = ["quotes"]
    return f"{kind}: {' + '.join(names)}", piece


def shape(text: str, span: EvalSpan) -> str:
    """A coarse shape of a mention, to group what the model misses or invents."""
    mention = text[span.start : span.end]
    letters = [c for c in mention if c.isalpha()]
    edges = text[max(0, span.start - 1) : span.start + 1] + text[span.end - 1 : span.end + 1]
    if any(c in QUOTES for c in edges):
        return "quoted"
    if not letters:
        return "no letters"
    if any("a" <= c <= "z" for c in mention.casefold()):
        return "latin"
    if mention[0].isdigit():
        return "numbered"
    if letters[0].islower():
        return "lowercase"
    if all(c.isupper() for c in letters):
        return "abbreviation"
    return "capitalised, one word" if len(mention.split()) == 1 else "capitalised, several words"


def leftover_detail(text: str, span: EvalSpan, others: Iterable[EvalSpan], side: str) -> str:
    """The other side's mention that a leftover span overlaps most, else the span's shape."""
    best = min(others, key=lambda o: (-overlap(span, o), o), default=None)
    if best is None or not overlap(span, best):
        return shape(text, span)
    if (best.start, best.end) == (span.start, span.end):
        relation = "same span as"
    elif best.start <= span.start and span.end <= best.end:
        relation = "inside"
    elif span.start <= best.start and best.end <= span.end:
        relation = "contains"
    else:
        relation = "overlaps"
    return f"{relation} {side} {best.type}"


def context(text: str, start: int, end: int) -> str:
    """About 60 characters around a span, the span in brackets, on one line."""
    left = text[max(0, start - CONTEXT_WIDTH) : start]
    right = text[end : end + CONTEXT_WIDTH]
    snippet = f"{left}[{text[start:end]}]{right}"
    return re.sub(r"\s", " ", snippet).strip()


def case(
    doc_id: str, text: str, cause: str, detail: str, gold: EvalSpan | None, pred: EvalSpan | None
) -> ErrorCase:
    present = [s for s in (gold, pred) if s is not None]
    start, end = min(s.start for s in present), max(s.end for s in present)
    piece = bounds_difference(text, gold, pred)[1] if gold and pred else ""
    return ErrorCase(
        doc_id=doc_id,
        cause=cause,
        gold_type=gold.type if gold else None,
        pred_type=pred.type if pred else None,
        gold_text=text[gold.start : gold.end] if gold else None,
        pred_text=text[pred.start : pred.end] if pred else None,
        start=start,
        end=end,
        detail=detail,
        piece=piece,
        context=context(text, start, end),
    )


def paired_case(doc_id: str, text: str, gold: EvalSpan, pred: EvalSpan) -> ErrorCase:
    confusion = f"{gold.type}→{pred.type}"
    if (gold.start, gold.end) == (pred.start, pred.end):
        return case(doc_id, text, "type", confusion, gold, pred)
    if gold.type == pred.type:
        return case(doc_id, text, "boundary", bounds_difference(text, gold, pred)[0], gold, pred)
    return case(doc_id, text, "type+boundary", f"{confusion}, {extent(gold, pred)}", gold, pred)


def classify(
    gold_doc: Mapping[str, Any], pred_doc: Mapping[str, Any] | None, types: Collection[str] = TYPES
) -> list[ErrorCase]:
    """Every false positive and false negative of one document, each with one cause."""
    doc_id, text = gold_doc["id"], gold_doc["text"]
    matched, gold_left, pred_left = matched_and_left(gold_doc, pred_doc, types)
    pairs = pair(gold_left, pred_left)
    paired_gold, paired_pred = {g for g, _ in pairs}, {p for _, p in pairs}
    cases = [paired_case(doc_id, text, g, p) for g, p in pairs]
    all_pred = matched | pred_left
    for g in sorted(gold_left - paired_gold):
        detail = leftover_detail(text, g, all_pred, "predicted") if pred_doc else "no document"
        cases.append(case(doc_id, text, "missed", detail, g, None))
    for p in sorted(pred_left - paired_pred):
        detail = leftover_detail(text, p, matched | gold_left, "gold")
        cases.append(case(doc_id, text, "spurious", detail, None, p))
    return sorted(cases, key=case_order)


def case_order(c: ErrorCase) -> tuple[int, int, int, str, str, str]:
    return c.start, c.end, CAUSES.index(c.cause), c.gold_type or "", c.pred_type or "", c.detail


def corpus_types(gold_docs: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """The types the gold corpus annotates, in the order of TYPES."""
    present = {e["type"] for doc in gold_docs for e in doc["entities"]}
    return tuple(t for t in TYPES if t in present)


def analyse_errors(
    gold_docs: Sequence[Mapping[str, Any]],
    pred_docs: Iterable[Mapping[str, Any]],
    types: Collection[str] | None = None,
) -> ErrorAnalysis:
    """Classify the errors of a whole corpus; `types` narrows what is reported, not matched."""
    annotated = corpus_types(gold_docs)
    pred_by_id = {d["doc_id"]: d for d in pred_docs}
    true_positives: Counter[str] = Counter()
    errors: list[ErrorCase] = []
    for gold_doc in gold_docs:
        pred_doc = pred_by_id.get(gold_doc["id"])
        true_positives.update(s.type for s in matched_and_left(gold_doc, pred_doc, annotated)[0])
        errors.extend(classify(gold_doc, pred_doc, annotated))
    return ErrorAnalysis(
        types=tuple(t for t in annotated if types is None or t in types),
        docs=len(gold_docs),
        docs_missing_in_pred=sum(d["id"] not in pred_by_id for d in gold_docs),
        true_positives={t: true_positives[t] for t in annotated},
        errors=tuple(errors),
    )


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 rounded as score.py rounds them."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def scores(tp: int, cases: Sequence[ErrorCase], types: Collection[str]) -> dict[str, Any]:
    fp = sum(c.pred_type in types for c in cases)
    fn = sum(c.gold_type in types for c in cases)
    return {"tp": tp, "fp": fp, "fn": fn, **prf(tp, tp + fp, tp + fn)}


def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def case_text(c: ErrorCase) -> str:
    """What a case is listed under: the mention, or "gold ⇒ predicted" when they differ."""
    texts = [" ".join(t.casefold().split()) for t in (c.gold_text, c.pred_text) if t is not None]
    return texts[0] if len(set(texts)) == 1 else " ⇒ ".join(texts)


def top_texts(cases: Sequence[ErrorCase], top: int) -> list[dict[str, Any]]:
    """The most frequent texts among cases, with their details and the first example."""
    by_text: dict[str, list[ErrorCase]] = {}
    for c in cases:
        by_text.setdefault(case_text(c), []).append(c)
    rows = sorted(by_text.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return [
        {
            "text": text,
            "count": len(group),
            "details": dict(ranked(Counter(c.detail for c in group))),
            "example": group[0].context,
        }
        for text, group in rows
    ]


def cause_summary(cases: Sequence[ErrorCase], kind: str, top: int) -> dict[str, Any]:
    """Counts, details, differing pieces and most frequent texts of one type and cause."""
    pieces = Counter(c.piece.casefold() for c in cases if c.piece)
    return {
        "fn": sum(c.gold_type == kind for c in cases),
        "fp": sum(c.pred_type == kind for c in cases),
        "details": dict(ranked(Counter(c.detail for c in cases))),
        "pieces": dict(ranked(pieces)[:top]),
        "top": top_texts(cases, top),
    }


def summarise(analysis: ErrorAnalysis, top: int = TOP) -> dict[str, Any]:
    """Scores, causes, details and most frequent texts per type, as plain data."""
    per_type = {}
    for kind in analysis.types:
        cases = [c for c in analysis.errors if kind in (c.gold_type, c.pred_type)]
        per_type[kind] = {
            **scores(analysis.true_positives[kind], cases, {kind}),
            "causes": {
                cause: cause_summary([c for c in cases if c.cause == cause], kind, top)
                for cause in CAUSES
            },
        }
    tp = sum(analysis.true_positives[t] for t in analysis.types)
    return {
        "docs": analysis.docs,
        "docs_missing_in_pred": analysis.docs_missing_in_pred,
        "types": per_type,
        "micro": scores(tp, analysis.errors, set(analysis.types)),
    }


def cell(value: Any) -> str:
    return re.sub(r"\s", " ", str(value)).replace("|", "\\|")


def table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def score_cells(name: str, s: Mapping[str, Any]) -> list[Any]:
    return [name, s["tp"], s["fp"], s["fn"], *(f"{s[k]:.4f}" for k in ("p", "r", "f1"))]


def cause_cells(causes: Mapping[str, Mapping[str, Any]]) -> list[Any]:
    fn_fp = {c: f"{causes[c]['fn']}/{causes[c]['fp']}" for c in ("type", "type+boundary")}
    return [
        causes["boundary"]["fn"],
        fn_fp["type"],
        fn_fp["type+boundary"],
        causes["missed"]["fn"],
        causes["spurious"]["fp"],
    ]


def cause_section(kind: str, cause: str, c: Mapping[str, Any]) -> list[str]:
    lines = [f"### {kind} {cause}: {c['fn']} FN, {c['fp']} FP", ""]
    lines += table(["detail", "count"], c["details"].items())
    if c["pieces"]:
        lines += table(["differing text", "count"], c["pieces"].items())
    rows = [
        [
            t["text"],
            t["count"],
            ", ".join(f"{d} {n}" for d, n in t["details"].items()),
            t["example"],
        ]
        for t in c["top"]
    ]
    return lines + table(["text", "count", "details", "example"], rows)


def render_markdown(summary: Mapping[str, Any], title: str = "NER errors") -> str:
    """The summary as a Markdown report."""
    missing = summary["docs_missing_in_pred"]
    lines = [f"# {title}", "", f"{summary['docs']} documents, {missing} missing. {FORMULA}", ""]
    rows = [score_cells(kind, s) + cause_cells(s["causes"]) for kind, s in summary["types"].items()]
    rows.append(score_cells("micro", summary["micro"]) + [""] * len(CAUSE_HEADER))
    lines += table([*SCORE_HEADER, *CAUSE_HEADER], rows)
    for kind, s in summary["types"].items():
        lines += [f"## {kind}", ""]
        for cause, c in s["causes"].items():
            if c["details"]:
                lines += cause_section(kind, cause, c)
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the error report of PRED against GOLD."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--top", type=int, default=TOP, help="texts listed per type and cause")
    parser.add_argument("--types", default=",".join(TYPES), help="comma-separated, e.g. ORG,LOC")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args(argv)
    types = {t.strip() for t in args.types.split(",") if t.strip()}
    analysis = analyse_errors(read_jsonl(args.gold), read_jsonl(args.pred), types)
    summary = summarise(analysis, args.top)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        print(render_markdown(summary, f"NER errors: {args.pred} against {args.gold.name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
