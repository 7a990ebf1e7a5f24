"""What completes a title: the genitive words, organisations and places after its head
("министр культуры и информации РК", "пресс-секретарь Президента РФ"), a remit ("по
экономике"), a closing quote; and where the complement must stop."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

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
# what a genitive after a post may name that is no part of it: "вратарь сборной последних
# лет", "лучший бомбардир прошлого сезона"
TIME_NOUNS = frozenset({"год", "месяц", "неделя", "сезон", "век", "десятилетие", "период"})
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
# Nouns that are a post only before an organisation NEREL-train marks them in: "игрок НФЛ",
# "игроком «Гэлакси»" (11 of 16 there), not "лучшим игроком матча" (8 of 33 elsewhere).
NEEDS_ORGANISATION = frozenset({"игрок"})
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


@dataclass(slots=True)
class Complement:
    """A complement being read, token by token: where it has reached (`end`), where the
    last name in it ended, and whether the last word governs an instrumental."""

    tokens: Sequence[Token]
    start: int
    blocked: Mapping[int, Span]
    named: Mapping[int, Span]
    morph: Morphology
    remit: bool
    end: int
    name_end: int = -1
    governs_instrumental: bool = False
    title_at: Callable[[int], bool] = lambda index: False

    def following(self) -> Token | None:
        return self.tokens[self.end + 1] if self.end + 1 < len(self.tokens) else None


def complement_end(
    tokens: Sequence[Token],
    index: int,
    blocked: Mapping[int, Span],
    named: Mapping[int, Span],
    morph: Morphology,
    governs_instrumental: bool = False,
    remit: bool = True,
    title_at: Callable[[int], bool] = lambda index: False,
) -> int:
    """Index after the complement that starts at `index`.

    A complement is genitive words ("культуры и информации", "цифрового развития, связи"),
    names of organisations and places, a "при ..." tail ("при Президенте РК"), a
    preposition before a name ("представитель Тегерана в ОПЕК", "сенатор от штата Алабама")
    and, with `remit`, "по" and datives ("тренер сборной по фехтованию"). Each of `STEPS`
    in turn may take the next words in; the complement ends where none does, and before
    another title joined to it (`title_at`, by token index: "губернатора Одесской области
    и бывшего Президента Грузии").
    """
    reading = Complement(
        tokens, index, blocked, named, morph, remit, index,
        governs_instrumental=governs_instrumental, title_at=title_at,
    )  # fmt: skip
    while reading.end < len(tokens) and tokens[reading.end].start not in blocked:
        if not (take_name(reading) or any(step(reading) for step in STEPS)):
            break
    end = reading.end
    while end > index and tokens[end - 1].text.lower() in (*JOINERS, ",", "по", "от", "в", "при"):
        end -= 1
    return end


def take_name(reading: Complement) -> bool:
    """An organisation or place, maybe in quotes: 'партии "Кадима"' takes its closing
    straight quote, as NEREL marks it; a closing guillemet it leaves out more often than
    not ("директор «Газпрома»")."""
    tokens, end = reading.tokens, reading.end
    opening = None
    if (
        tokens[end].text in QUOTES
        and end + 1 < len(tokens)
        and tokens[end + 1].start in reading.named
    ):
        opening = tokens[end].text
        end += 1
    span = reading.named.get(tokens[end].start)
    if span is None:
        return False
    # a name that runs past the sentence (a headline the repairs did not split) ends with it
    last = len(tokens) - 1
    end = next((i for i in range(end, len(tokens)) if tokens[i].end >= span.end), last) + 1
    if opening == '"' and end < len(tokens) and tokens[end].text == '"':
        end += 1
    reading.end = reading.name_end = end
    return True


def joined_genitive(reading: Complement) -> bool:
    """ "и" or a comma before another genitive: "культуры и информации", "цифрового
    развития, связи"."""
    token, following = reading.tokens[reading.end], reading.following()
    if following is None or following.start in reading.blocked or reading.end == reading.start:
        return False
    lowered = token.text.lower()
    joined = lowered in JOINERS or (
        lowered == "," and following.text.islower() and following.pos == "NOUN"
    )
    if joined and is_genitive_word(following, reading.morph) and not joins_a_title(reading):
        reading.end += 1
        return True
    return False


TITLE_REACH = 2  # adjectives that may stand between a joiner and the title it joins


def joins_a_title(reading: Complement) -> bool:
    """Whether a title, maybe after adjectives, follows the joiner the complement has
    reached: "губернатора Челябинской области, члена Высшего совета", "губернатора
    Одесской области и бывшего Президента Грузии" are two posts, not one."""
    for index in range(reading.end + 1, min(reading.end + 2 + TITLE_REACH, len(reading.tokens))):
        if reading.title_at(index):
            return True
        if reading.tokens[index].pos != "ADJF":
            return False
    return False


def attached_body(reading: Complement) -> bool:
    """A "при ..." tail: "директор Службы центральных коммуникаций при Президенте РК"."""
    following = reading.following()
    if (
        reading.tokens[reading.end].text.lower() == "при"
        and following is not None
        and following.text[:1].isupper()
        and (following.start in reading.named or following.pos == "NOUN")
    ):
        reading.end += 1 if following.start in reading.named else 2
        return True
    return False


def city_remit(reading: Complement) -> bool:
    """ "по г. Москве": "начальник пресс-службы ГУ МВД по г. Москве"."""
    tokens, end, following = reading.tokens, reading.end, reading.following()
    if (
        tokens[end].text.lower() == "по"
        and following is not None
        and following.text.lower() in CITY_ABBREVIATIONS
        and end + 3 < len(tokens)
        and tokens[end + 2].text == "."
        and tokens[end + 3].start in reading.named
    ):
        reading.end += 3
        return True
    return False


def linking_preposition(reading: Complement) -> bool:
    """ "от" or "по" before a name, "от" before a genitive: "сенатор от штата Алабама"."""
    lowered, following = reading.tokens[reading.end].text.lower(), reading.following()
    if (
        lowered in LINKING_PREPOSITIONS
        and following is not None
        and following.start not in reading.blocked
        and (
            following.start in reading.named
            or lowered == "от"
            and is_genitive_word(following, reading.morph)
        )
    ):
        reading.end += 1
        return True
    return False


def listed_name(reading: Complement) -> bool:
    """A comma between names in the genitive that a list goes on with: "главы МИД России,
    Казахстана и Белоруссии" (the "и" step takes the last)."""
    tokens, end, following = reading.tokens, reading.end, reading.following()
    if not (
        tokens[end].text == ","
        and end == reading.name_end
        and following is not None
        and following.start not in reading.blocked
        and (span := reading.named.get(following.start)) is not None
        and is_genitive_word(following, reading.morph)
    ):
        return False
    after = next((i for i in range(end + 1, len(tokens)) if tokens[i].start >= span.end), None)
    if after is None or tokens[after].text.lower() not in (",", *JOINERS):
        return False
    beyond = tokens[after + 1] if after + 1 < len(tokens) else None
    if beyond is None or beyond.start not in reading.named:
        return False
    reading.end += 1
    return True


def place_after_name(reading: Complement) -> bool:
    """ "в" and a place right after a name: "посол Японии в России"."""
    following = reading.following()
    if (
        reading.tokens[reading.end].text.lower() == "в"
        and reading.end == reading.name_end
        and following is not None
        and following.start in reading.named
    ):
        reading.end += 1
        return True
    return False


def genitive_word(reading: Complement) -> bool:
    """A genitive noun or adjective; after a name the complement is over ("главы ФБР
    республиканца" stops at "ФБР")."""
    token = reading.tokens[reading.end]
    if (
        reading.end != reading.name_end
        and token.pos in COMPLEMENT_POS
        and not is_age(token)
        and not names_a_time(reading.tokens, reading.end)
        and is_genitive_word(token, reading.morph)
    ):
        reading.end += 1
        reading.governs_instrumental = token.lemma in INSTRUMENTAL_GOVERNORS
        return True
    return False


def numbered(reading: Complement) -> bool:
    """ "№" and a number after a noun of the complement: "директора школы № 1 Махачкалы",
    "заведующий отделением больницы № 17"."""
    tokens, end, following = reading.tokens, reading.end, reading.following()
    if (
        tokens[end].text == "№"
        and end > reading.start
        and end != reading.name_end
        and following is not None
        and following.text.isdigit()
    ):
        reading.end += 2
        return True
    return False


def graded_adjective(reading: Complement) -> bool:
    """An adverb grading the genitive adjective after it: "лидер французского крайне
    правого Национального фронта", "глава наиболее влиятельной партии"."""
    token, following = reading.tokens[reading.end], reading.following()
    if (
        token.pos == "ADVB"
        and token.text.islower()
        and reading.end != reading.name_end
        and following is not None
        and following.start not in reading.blocked
        and following.pos == "ADJF"
        and is_genitive_word(following, reading.morph)
    ):
        reading.end += 1
        return True
    return False


def remit_datives(reading: Complement) -> bool:
    """ "по" and datives, where a remit may follow: "комитета по безопасности", "тренер
    сборной по фехтованию"."""
    tokens, following, morph = reading.tokens, reading.following(), reading.morph
    if not (
        reading.remit
        and tokens[reading.end].text.lower() == "по"
        and following is not None
        and following.lemma not in NOT_A_REMIT
        and is_dative_word(following, morph)
    ):
        return False
    end = reading.end + 2
    while (
        end < len(tokens)
        and tokens[end].start not in reading.blocked
        and (
            is_dative_word(tokens[end], morph)
            or tokens[end].text.lower() in JOINERS
            and end + 1 < len(tokens)
            and is_dative_word(tokens[end + 1], morph)
        )
    ):
        end += 1
    reading.end = end
    return True


def governed_instrumental(reading: Complement) -> bool:
    """The instrumental a participle governs: "командующий войсками", "управляющий делами"."""
    if reading.governs_instrumental and is_instrumental_noun(
        reading.tokens[reading.end], reading.morph
    ):
        reading.end += 1
        reading.governs_instrumental = False
        return True
    return False


STEPS: tuple[Callable[[Complement], bool], ...] = (
    joined_genitive,
    attached_body,
    city_remit,
    linking_preposition,
    listed_name,
    place_after_name,
    genitive_word,
    numbered,
    graded_adjective,
    remit_datives,
    governed_instrumental,
)


def names_a_time(tokens: Sequence[Token], index: int) -> bool:
    """Whether the words from `index` name a time: their first noun, past adjectives and
    numerals only, is one ("первый вратарь сборной последних лет": the post is in the
    team, not in the years)."""
    for token in tokens[index:]:
        if token.pos == "NOUN":
            return token.lemma in TIME_NOUNS
        if token.pos not in ("ADJF", "PRTF", "NUMR", "ANUM"):
            return False
    return False


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
