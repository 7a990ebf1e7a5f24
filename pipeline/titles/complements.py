"""What completes a title: the genitive words, organisations and places after its head
("министр культуры и информации РК", "пресс-секретарь Президента РФ"), a remit ("по
экономике"), a closing quote; and where the complement must stop."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lexicons.titles import (
    INSTRUMENTAL_GOVERNORS,
)
from pipeline.records import Span, Token
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

COMPLEMENT_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
JOINERS = frozenset({"и"})
QUOTES = frozenset('«"„“')
LINKING_PREPOSITIONS = frozenset({"от", "по"})
CITY_ABBREVIATIONS = frozenset({"г", "гор"})
# "по" with these begins a compound preposition, not the post's remit: "президента РФ по
# поводу ...", "по словам министра", "по итогам", "по случаю"
NOT_A_REMIT = frozenset(
    {"повод", "случай", "причина", "слово", "мнение", "данные", "итог", "сравнение",
     "отношение", "приглашение", "инициатива", "просьба", "требование", "поручение",
     "окончание", "завершение", "результат", "информация"}
)  # fmt: skip
# bodies named after their members: "совет директоров", "кабинет министров"
BODY_NOUNS = frozenset({"совет", "кабинет"})
# Nouns that are a title only with a complement: "член Совета Федерации", not "член".
NEEDS_COMPLEMENT = frozenset(
    {
        "член",
        "представитель",
        "сотрудник",
        "работник",
        "заместитель",
        "зам",
        "помощник",
        "совладелец",
        "шеф",
        "заведующий",
        "зав",
    }
)
# Nouns that name a post only together with what follows them: no title on their own.
RELATIONAL_HEADS = frozenset(
    {
        "глава",
        "лидер",
        "руководитель",
        "начальник",
        "председатель",
        "командующий",
        "заместитель",
        "член",
        "представитель",
        "сотрудник",
        "управляющий",
        "командир",
        "помощник",
        "совладелец",
        "шеф",
        "заведующий",
    }
)


def is_genitive_word(token: Token, morph: Morphology) -> bool:
    return any(
        p.tag.POS in COMPLEMENT_POS and case_of(p.tag) == "gent" for p in morph.parse(token.text)
    )


def complement_end(
    tokens: Sequence[Token],
    index: int,
    blocked: dict[int, Span],
    named: dict[int, Span],
    morph: Morphology,
    governs_instrumental: bool = False,
    remit: bool = True,
) -> int:
    """Index after the complement that starts at `index`.

    A complement is genitive words ("культуры и информации", "цифрового развития, связи"),
    names of organisations and places, a "при ..." tail ("при Президенте РК"), a
    preposition before a name ("представитель Тегерана в ОПЕК", "сенатор от штата Алабама")
    and, with `remit`, "по" and datives ("тренер сборной по фехтованию").
    """
    end = index
    name_end = -1
    while end < len(tokens):
        token = tokens[end]
        if token.start in blocked:
            break
        opening = None
        if token.text in QUOTES and end + 1 < len(tokens) and tokens[end + 1].start in named:
            opening = token.text
            token = tokens[end + 1]
            end += 1
        span = named.get(token.start)
        if span is not None:
            end = next(i for i in range(end, len(tokens)) if tokens[i].end >= span.end) + 1
            # 'партии "Кадима"' takes its closing straight quote, as NEREL marks it; a
            # closing guillemet it leaves out more often than not ("директор «Газпрома")
            if opening == '"' and end < len(tokens) and tokens[end].text == '"':
                end += 1
            name_end = end
            continue
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        lowered = token.text.lower()
        if following is not None and following.start not in blocked and end > index:
            if lowered in JOINERS and is_genitive_word(following, morph):
                end += 1
                continue
            if (
                lowered == ","
                and following.text.islower()
                and following.pos == "NOUN"
                and is_genitive_word(following, morph)
            ):
                end += 1
                continue
        if (
            lowered == "при"
            and following is not None
            and following.text[:1].isupper()
            and (following.start in named or following.pos == "NOUN")
        ):
            end += 1 if following.start in named else 2
            continue
        if (
            lowered == "по"
            and following is not None
            and following.text.lower() in CITY_ABBREVIATIONS
            and end + 3 < len(tokens)
            and tokens[end + 2].text == "."
            and tokens[end + 3].start in named
        ):
            end += 3  # "начальник пресс-службы ГУ МВД по г. Москве"
            continue
        if (
            lowered in LINKING_PREPOSITIONS
            and following is not None
            and following.start not in blocked
            and (following.start in named or lowered == "от" and is_genitive_word(following, morph))
        ):
            end += 1
            continue
        if (
            lowered == "в"
            and end == name_end
            and following is not None
            and following.start in named
        ):
            end += 1  # "посол Японии в России"
            continue
        if (
            end != name_end
            and token.pos in COMPLEMENT_POS
            and not is_age(token)
            and is_genitive_word(token, morph)
        ):
            # after a name the complement is over: "главы ФБР республиканца" stops at "ФБР"
            end += 1
            governs_instrumental = token.lemma in INSTRUMENTAL_GOVERNORS
            continue
        if (
            remit
            and lowered == "по"
            and following is not None
            and following.lemma not in NOT_A_REMIT
            and is_dative_word(following, morph)
        ):
            end += 2  # "комитета по безопасности", "тренер сборной по фехтованию"
            while (
                end < len(tokens)
                and tokens[end].start not in blocked
                and (
                    is_dative_word(tokens[end], morph)
                    or tokens[end].text.lower() in JOINERS
                    and end + 1 < len(tokens)
                    and is_dative_word(tokens[end + 1], morph)
                )
            ):
                end += 1
            continue
        if governs_instrumental and is_instrumental_noun(token, morph):
            end += 1  # "командующий войсками", "управляющий делами"
            governs_instrumental = False
            continue
        break
    while end > index and tokens[end - 1].text.lower() in (*JOINERS, ",", "по", "от", "в", "при"):
        end -= 1
    return end


def is_age(token: Token) -> bool:
    """ "29-летнего", "пятилетнего": an age describes the person the title is about
    ("убийство полицейским 29-летнего британца"), never the post."""
    return token.lemma.endswith("летний") and token.lemma not in ("летний", "многолетний")


def is_dative_word(token: Token, morph: Morphology) -> bool:
    return token.pos in COMPLEMENT_POS and any(
        case_of(p.tag) == "datv" for p in morph.parse(token.text)
    )


def is_instrumental_noun(token: Token, morph: Morphology) -> bool:
    return token.pos == "NOUN" and any(case_of(p.tag) == "ablt" for p in morph.parse(token.text))
