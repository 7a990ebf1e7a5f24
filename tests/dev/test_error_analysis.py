import json

import pytest

from pipeline.dev.error_analysis import (
    EvalSpan,
    analyse_errors,
    bounds_difference,
    classify,
    main,
    read_jsonl,
    render_markdown,
    shape,
    summarise,
)

from ..conftest import GOLD


def span(text: str, phrase: str, kind: str, after: int = 0) -> dict:
    start = text.index(phrase, after)
    return {"start": start, "end": start + len(phrase), "type": kind, "text": phrase}


def gold_doc(text: str, entities: list[tuple[str, str]], doc_id: str = "d1") -> dict:
    return {"id": doc_id, "text": text, "entities": [span(text, p, k) for p, k in entities]}


def pred_doc(text: str, mentions: list[tuple[str, str]], doc_id: str = "d1") -> dict:
    return {"doc_id": doc_id, "text": text, "mentions": [span(text, p, k) for p, k in mentions]}


EVERY_CAUSE = (
    "Министр иностранных дел РК Мурат Нуртлеу прибыл в Москву, где его принял глава "
    "МИД России. Верховный суд Пакистана оправдал Асию Биби, сообщают СМИ, а полиция "
    "усилила охрану."
)
EVERY_CAUSE_GOLD = [
    ("РК", "LOC"),
    ("Мурат Нуртлеу", "PER"),
    ("Москву", "LOC"),
    ("МИД России", "ORG"),
    ("Верховный суд Пакистана", "ORG"),
    ("Асию Биби", "PER"),
    ("полиция", "ORG"),
]
EVERY_CAUSE_PRED = [
    ("РК", "ORG"),
    ("Мурат Нуртлеу", "PER"),
    ("МИД", "ORG"),
    ("России", "LOC"),
    ("Пакистана", "LOC"),
    ("Асию Биби", "PER"),
    ("СМИ", "ORG"),
]


def every_cause() -> tuple[dict, dict]:
    return (
        gold_doc(EVERY_CAUSE, EVERY_CAUSE_GOLD),
        pred_doc(EVERY_CAUSE, EVERY_CAUSE_PRED),
    )


def test_classify_gives_every_error_one_cause():
    cases = classify(*every_cause())
    assert [
        (c.cause, c.gold_type, c.pred_type, c.gold_text, c.pred_text, c.detail) for c in cases
    ] == [
        ("type", "LOC", "ORG", "РК", "РК", "LOC→ORG"),
        ("missed", "LOC", None, "Москву", None, "capitalised, one word"),
        ("boundary", "ORG", "ORG", "МИД России", "МИД", "too short: trailing country"),
        ("spurious", None, "LOC", None, "России", "inside gold ORG"),
        (
            "type+boundary",
            "ORG",
            "LOC",
            "Верховный суд Пакистана",
            "Пакистана",
            "ORG→LOC, too short",
        ),
        ("spurious", None, "ORG", None, "СМИ", "abbreviation"),
        ("missed", "ORG", None, "полиция", None, "lowercase"),
    ]
    boundary = cases[2]
    assert boundary.piece == "России"
    assert EVERY_CAUSE[boundary.start : boundary.end] == "МИД России"
    assert (
        boundary.context
        == "Москву, где его принял глава [МИД России]. Верховный суд Пакистана опра"
    )


def test_summary_counts_causes_on_both_sides():
    gold, pred = every_cause()
    summary = summarise(analyse_errors([gold], [pred]))
    causes = {
        kind: {cause: (c["fn"], c["fp"]) for cause, c in s["causes"].items()}
        for kind, s in summary["types"].items()
    }
    assert causes == {
        "PER": {
            "boundary": (0, 0),
            "type": (0, 0),
            "type+boundary": (0, 0),
            "missed": (0, 0),
            "spurious": (0, 0),
        },
        "ORG": {
            "boundary": (1, 1),
            "type": (0, 1),
            "type+boundary": (1, 0),
            "missed": (1, 0),
            "spurious": (0, 1),
        },
        "LOC": {
            "boundary": (0, 0),
            "type": (1, 0),
            "type+boundary": (0, 1),
            "missed": (1, 0),
            "spurious": (0, 1),
        },
    }
    org = summary["types"]["ORG"]
    assert (org["tp"], org["fp"], org["fn"]) == (0, 3, 3)
    assert org["causes"]["boundary"]["pieces"] == {"россии": 1}
    assert org["causes"]["boundary"]["top"] == [
        {
            "text": "мид россии ⇒ мид",
            "count": 1,
            "details": {"too short: trailing country": 1},
            "example": "Москву, где его принял глава [МИД России]. Верховный суд Пакистана опра",
        }
    ]


def test_scores_equal_a_hand_computation():
    text = "Сергей Лавров и Мурат Нуртлеу обсудили в Москве визит Касым-Жомарта Токаева в Россию."
    gold = gold_doc(
        text,
        [
            ("Сергей Лавров", "PER"),
            ("Мурат Нуртлеу", "PER"),
            ("Москве", "LOC"),
            ("Касым-Жомарта Токаева", "PER"),
            ("Россию", "LOC"),
        ],
    )
    pred = pred_doc(
        text,
        [
            ("Сергей Лавров ", "PER"),  # trailing space: trimmed, still a match
            ("Мурат Нуртлеу", "PER"),
            ("Мурат Нуртлеу", "PER"),  # a repeated span counts once
            ("Москве", "PER"),
            ("Токаева", "PER"),
            ("Россию", "LOC"),
        ],
    )
    summary = summarise(analyse_errors([gold], [pred]))
    per, loc, micro = summary["types"]["PER"], summary["types"]["LOC"], summary["micro"]
    # PER: 2 of 4 predicted are right, 2 of 3 gold found; F1 = 2 * 1/2 * 2/3 / (1/2 + 2/3) = 4/7
    assert (per["tp"], per["fp"], per["fn"]) == (2, 2, 1)
    assert (per["p"], per["r"], per["f1"]) == (0.5, 0.6667, 0.5714)
    # LOC: 1 of 1 predicted, 1 of 2 gold; F1 = 2 * 1 * 1/2 / (1 + 1/2) = 2/3
    assert (loc["p"], loc["r"], loc["f1"]) == (1.0, 0.5, 0.6667)
    # micro: 3 right of 5 predicted and 5 gold
    assert (micro["tp"], micro["p"], micro["r"], micro["f1"]) == (3, 0.6, 0.6, 0.6)


@pytest.mark.parametrize(
    ("text", "gold", "pred", "detail", "piece"),
    [
        (
            "Глава МИД РК Мурат Нуртлеу прибыл в Москву.",
            "МИД РК",
            "МИД",
            "too short: trailing country",
            "РК",
        ),
        (
            "Акции компании «Газпром» выросли на 3%.",
            "Газпром",
            "компании «Газпром»",
            "too long: leading descriptor + quote",
            "компании « … »",
        ),
        (
            "Накануне глава ОАО «Газпром» Алексей Миллер пообещал снизить цены.",
            "Газпром",
            "ОАО «Газпром»",
            "too long: leading legal form + quote",
            "ОАО « … »",
        ),
        (
            "Партия «Единая Россия» набрала большинство.",
            "Единая Россия",
            "«Единая Россия»",
            "too long: quotes",
            "« … »",
        ),
        (
            "Сюжет вышел в эфир на канале Россия-24 в полдень.",
            "Россия-24",
            "Россия",
            "too short: trailing hyphenated/numbered suffix",
            "-24",
        ),
        (
            "Судья Всемирного боксерского совета (WBC) остановил бой.",
            "Всемирного боксерского совета",
            "Всемирного боксерского совета (WBC)",
            "too long: trailing parenthetical",
            "(WBC)",
        ),
        (
            "А глава японского МИДа Сэйдзи Маэхара отметил это.",
            "японского МИДа",
            "МИДа",
            "too short: leading lowercase words",
            "японского",
        ),
        (
            "Он сказал в интервью Русской службе «Голоса Америки» вчера.",
            "Русской службе",
            "службе «Голоса Америки",
            "shifted",
            "Русской … «Голоса Америки",
        ),
    ],
)
def test_bounds_difference_names_the_piece(text, gold, pred, detail, piece):
    gold_span, pred_span = span(text, gold, "ORG"), span(text, pred, "ORG")
    assert bounds_difference(
        text,
        EvalSpan(gold_span["start"], gold_span["end"], "ORG"),
        EvalSpan(pred_span["start"], pred_span["end"], "ORG"),
    ) == (detail, piece)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Шаттл «Дискавери» завершил полёт.", "Дискавери", "quoted"),
        ("Об этом сообщает Sky News.", "Sky News", "latin"),
        (
            "Командир 12-й долговременной экспедиции вернулся.",
            "12-й долговременной экспедиции",
            "numbered",
        ),
        ("Запись передали в полицию.", "полицию", "lowercase"),
        ("Об этом сообщили СМИ.", "СМИ", "abbreviation"),
        ("Встреча прошла в Москве.", "Москве", "capitalised, one word"),
        ("Решение принял Верховный суд.", "Верховный суд", "capitalised, several words"),
    ],
)
def test_shape(text, phrase, expected):
    start = text.index(phrase)
    assert shape(text, EvalSpan(start, start + len(phrase), "ORG")) == expected


def test_nested_gold_inside_a_match_is_missed_inside_it():
    text = "Министр иностранных дел РК Мурат Нуртлеу прибыл в Москву."
    gold = gold_doc(text, [("Министр иностранных дел РК", "TITLE"), ("РК", "LOC")])
    pred = pred_doc(text, [("Министр иностранных дел РК", "TITLE"), ("Москву", "LOC")])
    assert [(c.cause, c.gold_text, c.pred_text, c.detail) for c in classify(gold, pred)] == [
        ("missed", "РК", None, "inside predicted TITLE"),
        ("spurious", None, "Москву", "capitalised, one word"),
    ]


def test_a_missing_document_misses_everything_and_types_not_in_gold_are_ignored():
    text = "Министр иностранных дел РК Мурат Нуртлеу прибыл в Москву."
    gold = gold_doc(text, [("Мурат Нуртлеу", "PER"), ("Москву", "LOC")])
    other = gold_doc(text, [("РК", "LOC")], doc_id="d2")
    pred = pred_doc(text, [("Министр", "TITLE"), ("РК", "LOC")], doc_id="d2")
    analysis = analyse_errors([gold, other], [pred])
    assert analysis.types == ("PER", "LOC")
    assert analysis.docs_missing_in_pred == 1
    assert [(c.doc_id, c.cause, c.detail) for c in analysis.errors] == [
        ("d1", "missed", "no document"),
        ("d1", "missed", "no document"),
    ]


def test_types_narrow_the_report_not_the_matching():
    gold, pred = every_cause()
    summary = summarise(analyse_errors([gold], [pred], types={"LOC"}))
    assert list(summary["types"]) == ["LOC"]
    assert summary["types"]["LOC"]["causes"]["type"]["fn"] == 1  # gold LOC "РК" predicted ORG
    assert (summary["micro"]["fp"], summary["micro"]["fn"]) == (2, 2)


def test_output_does_not_depend_on_mention_order():
    gold, pred = every_cause()
    shuffled = {**pred, "mentions": pred["mentions"][::-1]}
    assert summarise(analyse_errors([gold], [pred])) == summarise(
        analyse_errors([gold], [shuffled])
    )
    markdown = render_markdown(summarise(analyse_errors([gold], [pred])))
    assert markdown == render_markdown(summarise(analyse_errors([gold], [shuffled])))


def test_cli_prints_markdown_and_json(tmp_path, capsys):
    gold, pred = every_cause()
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "documents.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(pred, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(gold_path), str(pred_path), "--top", "1"]) == 0
    markdown = capsys.readouterr().out
    assert "| ORG | 0 | 3 | 3 | 0.0000 | 0.0000 | 0.0000 | 1 | 0/1 | 1/0 | 1 | 1 |" in markdown
    assert "### ORG boundary: 1 FN, 1 FP" in markdown
    assert main([str(gold_path), str(pred_path), "--json", "--types", "ORG"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["docs", "docs_missing_in_pred", "types", "micro"]
    assert list(report["types"]) == ["ORG"]


@pytest.mark.parametrize("name", ["factru-dev", "nerel-dev"])
def test_gold_against_itself_has_no_errors(name):
    path = GOLD / f"{name}.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/gold is absent")
    gold = read_jsonl(path)
    pred = [
        {"doc_id": d["id"], "text": d["text"], "mentions": d["entities"]}  # gold as a prediction
        for d in gold
    ]
    analysis = analyse_errors(gold, pred)
    assert analysis.errors == ()
    summary = summarise(analysis)
    assert all(s["f1"] == 1.0 for s in summary["types"].values())
    assert summary["micro"]["tp"] == sum(analysis.true_positives.values()) > 2000
