"""Who holds a title, read off the words of one sentence.

Patterns, in the order they are tried; a title once linked is not tried again:
  a plural title, a list     "Президенты Касым-Жомарт Токаев и Владимир Путин",
                             "пять экс-президентов: Альберто Фухимори (1990—2000), Алан Гарсия"
  titles before the name     "министр культуры и информации РК Аида Балаева",
                             "писатель, поэт и журналист Дмитрий Быков",
                             "наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш",
                             "Адвокат Александра Кокорина Андрей Ромашов",
                             "генсека ООН норвежца Трюгве Ли", "гитарист и
                             сооснователь группы «Ляпис Трубецкой» Руслан Владыко"
  a title, a dash, the name  "Министр иностранных дел — Фумио Кисида"
  titles chained by a dash   "заместитель руководителя ... – пресс-секретарь ... Дмитрий Песков"
  apposition after the name  "Аида Балаева, министр культуры", "Крис Хелмбрехт - управляющий
                             директор и совладелец", "Эдуард Мишлен, одному из президентов"
  a title, a clause, the name "Спикер Госдумы, объявивший минуту молчания, Сергей Нарышкин"
  a predicate                `predicates.py`: "капитаном стал Михаель Баллак"
  titles joined to a linked one "был начальником Генштаба, министром иностранных дел,
                             премьер-министром", "прорисовщиком, затем ассистентом"
  a signature                "Кирсан Илюмжинов Президент ФИДЕ" ending the text
A title after a relative's noun names the relative: "муж актрисы Сергей Сенин".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.records import Mention, Token
from pipeline.relate.gaps import (
    COORDINATED,
    follows_relative,
    is_apposed_phrase,
    is_clause_aside,
    is_comma_apposition,
    is_descriptive_clause,
    is_descriptor_gap,
    is_list_joint,
)
from pipeline.relate.link_text import LinkText
from pipeline.relate.predicates import POST_NOUNS, RANKS, predicate_holder
from pipeline.text.inflect import case_of

Pair = tuple[Mention, Mention]  # (title, person)

# what joins two titles of one person; a name in quotes may end the first ("Лидер группы
# «Ленинград», музыкант Сергей Шнуров")
TITLE_JOINT = re.compile(r"^[»\"”]?\s*(?:,|и|,\s*и)\s*$")
# a comma, then adjectives of the next title: "актёр театра и кино, народный артист"
LISTED = re.compile(r"^[»\"”]?\s*,\s*")
# the years of the first title between two titles of one person: "премьер Государственного
# совета Китая в 1988—1998 годах, председатель Постоянного комитета" (a comma and "и"
# close the apposition, as `APPOSITION_END`)
DATED_JOINT = re.compile(
    r"^[»\"”]?\s*(?:в|с)\s+\d{4}(?:\s*[—–-]\s*\d{2,4})?\s*(?:год[а-я]*|гг?\.)?\s*(?:,|и)\s*$"
)
# a comma and "и" close an apposition: "Сергей Шойгу, министр обороны, и глава МИД"
APPOSITION_END = re.compile(r",\s*и\s*$")
CHAIN_GAP = re.compile(r"^[»\"”]?\s*[,–—-]\s*$")
# a title, then a comma or a dash, then the name, maybe after an age: "Министр финансов —
# 72-х летний Таро Асо", "Президент России, Владимир Путин,"
TITLE_NAME_GAP = re.compile(r"^[»\"”]?\s*(?P<mark>[,–—]|\s-)\s*(?P<age>\d+-?\w*\s*\w*летн\w*\s*)?$")
# what may stand between a name and the title after it: "Песков – ", "Санников (ФРГ), "
APPOSITION_GAP = re.compile(r"^\s*(?:\)\s*)?(?:,|[–—-]|\(|,\s*[–—-])\s*$")
# adverbs of time that may stand before a title in apposition: "некогда секретарь ЦК"
TIME_ADVERBS = frozenset({"некогда", "тогда", "ныне", "ранее", "прежде", "теперь", "сейчас"})
MAX_ASIDE_CHARS = 120
LIST_OPENING = re.compile(
    r"^[»\"”]?\s*(?::|[–—-]|,\s*(?:среди\s+(?:них|которых)|в\s+том\s+числе|как|например,?)\s*[–—:-]?)?\s*$"
)

# what joins a linked title to the next title its holder held, organisations and places
# masked: "министром иностранных дел, премьер-министром", "сначала прорисовщиком, затем
# ассистентом", "представителем РФ при ООН в Нью-Йорке, США, и представителем РФ в СБ",
# "член бундестага и, одновременно, вице-президент"
NEXT_TITLE = re.compile(
    r"^[»\"”]?[\s,]*(?:(?:а\s+)?(?:также|затем|потом|позже|позднее)|и(?:[\s,]+одновременно)?)?"
    r"[\s,]*$"
)


class Found:
    """The pairs found so far in one sentence."""

    def __init__(self, linking: LinkText) -> None:
        self.linking = linking
        self.pairs: list[Pair] = []
        self.titles: set[int] = set()

    def add(self, title: Mention, person: Mention) -> bool:
        if (title, person) in self.pairs or not self.linking.can_hold(title, person):
            return False
        self.pairs.append((title, person))
        self.titles.add(title.id)
        return True

    def open(self, mention: Mention) -> bool:
        """A title no pattern has linked yet."""
        return mention.type == "TITLE" and mention.id not in self.titles


Rule = Callable[[list[Mention], LinkText, Found], None]


def link_sentence(items: list[Mention], linking: LinkText) -> list[Pair]:
    """(title, person) pairs found inside one sentence's outermost mentions."""
    found = Found(linking)
    for rule in RULES:
        rule(items, linking, found)
    return found.pairs


def titles_before_name(items: list[Mention], linking: LinkText, found: Found) -> None:
    """A title, or titles in a row, right before a name they agree with."""
    names = [m for m in items if m.type in ("ORG", "LOC")]
    for i, item in enumerate(items):
        if not found.open(item):
            continue
        # "Антон Силуанов, министр финансов, и глава ЦБ Эльвира Набиуллина": a title
        # apposed to the name before it ends at the comma before "и"
        apposed = is_apposed(items, i, linking)
        j = i
        while (k := next_title(items, j, linking, names)) is not None:
            if apposed and APPOSITION_END.search(linking.gap(items[j], items[k])):
                break
            j = k
        last = items[j]
        while j + 1 < len(items) and items[j + 1].type in ("ORG", "LOC"):
            j += 1  # "лидер ... Национального фронта (FN) Марин Ле Пен"
        following = items[j + 1] if j + 1 < len(items) else None
        if following is None or following.type != "PER":
            continue
        # "Адвокат Алёхиной Оксана Дарова": the genitive name completes the title
        holder = holder_after_genitive(items, j + 1, item, linking)
        if (
            (
                is_descriptor_gap(linking, last.end, following.start, names)
                or is_apposed_phrase(linking, last, following, names)
                and not names_follow(items, j + 1, linking)
            )
            and (
                linking.agree(item, following)
                or holder is not following
                or names_the_post(item, linking)
            )
            # "дочь президента Иванку Трамп" is not the president; "сына президента
            # Александра Лукашенко" names him
            and (not follows_relative(item, linking) or linking.agree_in(item, following, "gent"))
        ):
            found.add(item, holder)


def names_the_post(title: Mention, linking: LinkText) -> bool:
    """A title in the genitive that "пост" or "должность" governs, so that it agrees with
    no name after it: "Занимающая пост премьер-министра Великобритании Тереза Мэй"."""
    before = linking.words(linking.sentence_start(title.start), title.start)[-1:]
    return (
        bool(before)
        and before[0].lemma in POST_NOUNS
        and not linking.text[before[0].end : title.start].strip()
        and "gent" in linking.cases(title)
    )


def rank_after_complements(
    items: list[Mention], index: int, linking: LinkText, names: list[Mention]
) -> int | None:
    """The index of a title that follows the title at `index` past the organisations and
    places completing it, when it is a rank or an honorific right before a name, with only
    words of the post between: "Глава правящего в Египте Высшего совета вооруженных сил
    маршал Хусейн Тантави"; not "на пост генсека «газовой ОПЕК» бывшего министра
    энергетики Игоря Юсуфова"."""
    k = index + 1
    while k < len(items) and items[k].type in ("ORG", "LOC"):
        k += 1
    if k == index + 1 or k + 1 >= len(items) or items[k].type != "TITLE":
        return None
    title, rank = items[index], items[k]
    first = linking.words(rank.start, rank.end)[:1]
    if (
        not first
        or not {first[0].lemma, first[0].text.lower()} & RANKS
        or items[k + 1].type != "PER"
        or linking.gap(rank, items[k + 1]).strip()
        or not is_descriptor_gap(linking, title.end, rank.start, names)
        or not linking.agree(title, rank)
    ):
        return None
    return k


def next_title(
    items: list[Mention], index: int, linking: LinkText, names: list[Mention]
) -> int | None:
    """The index of the next title of one person's after the title at `index`, or None:
    one it agrees with, joined by a comma, "и" or adjectives, maybe past names in brackets;
    a rank past what completes the post; or, in the nominative, a title after the
    organisations and places completing it or after a comma and adjectives ("народный
    артист России, сценарист и кинорежиссер Владимир Бортко", "актёр театра и кино,
    народный артист России Алексей Жарков"). In the genitive the next title may be
    another's: "генерала, ближайшего помощника генпрокурора Юрия Чайки"."""
    title = items[index]
    k = past_bracketed_names(items, index + 1, linking)
    if (
        k < len(items)
        and items[k].type == "TITLE"
        and is_title_joint(linking, title, items[k])
        and linking.agree(title, items[k])
        and not completes(title, items[k], linking)
    ):
        return k
    if (k_rank := rank_after_complements(items, index, linking, names)) is not None:
        return k_rank
    k = past_complements(items, index, linking, names)
    if (
        k < len(items)
        and items[k].type == "TITLE"
        and linking.agree_in(title, items[k], "nomn")
        and is_title_joint(linking, items[k - 1], items[k], listed=True)
        and not completes(title, items[k], linking)
    ):
        return k
    return None


def completes(title: Mention, following: Mention, linking: LinkText) -> bool:
    """Whether a title after a singular one agrees with it only as a plural, so is its
    genitive complement, not another post of its holder: "Советник аятоллы Али Систани"."""
    return not linking.is_plural(title) and linking.plural_in_case_of(following, title)


def past_complements(
    items: list[Mention], index: int, linking: LinkText, names: list[Mention]
) -> int:
    """The index of the first item after the title at `index` that is no organisation or
    place completing it, in brackets or right after it ("народный артист России")."""
    k = index + 1
    while (
        k < len(items)
        and items[k].type in ("ORG", "LOC")
        and (
            linking.in_parentheses(items[k].start)
            or is_descriptor_gap(linking, items[k - 1].end, items[k].start, names)
        )
    ):
        k += 1
    return k


def is_title_joint(linking: LinkText, left: Mention, right: Mention, listed: bool = False) -> bool:
    """What joins two titles of one person: a comma or "и", or adjectives, maybe after
    "и" or, if `listed`, a comma: "писатель, поэт", "президенту и военному лидеру страны",
    "актёр театра и кино, народный артист"."""
    gap = linking.gap(left, right)
    if TITLE_JOINT.match(gap):
        return True
    start = left.end
    if (joint := COORDINATED.match(gap) or (LISTED.match(gap) if listed else None)) is not None:
        start += joint.end()
    return is_descriptor_gap(linking, start, right.start, [], phrases=False)


def names_follow(items: list[Mention], index: int, linking: LinkText) -> bool:
    """Whether another name follows the one at `index` right away: in "чиновника и
    бывшего заместителя Мюллера Джона Пистоля" the first completes the phrase."""
    return (
        index + 1 < len(items)
        and items[index + 1].type == "PER"
        and not linking.gap(items[index], items[index + 1]).strip()
    )


def past_bracketed_names(items: list[Mention], index: int, linking: LinkText) -> int:
    """The index of the first item from `index` on that is no organisation or place in
    brackets: the next title after "глава «Движения за демократические перемены» (MDC)"."""
    while (
        index < len(items)
        and items[index].type in ("ORG", "LOC")
        and linking.in_parentheses(items[index].start)
    ):
        index += 1
    return index


def holder_after_genitive(
    items: list[Mention], index: int, title: Mention, linking: LinkText
) -> Mention:
    """ "Адвокат Александра Кокорина Андрей Ромашов": a name in the genitive right after the
    title completes it, and the name after that holds it."""
    first = items[index]
    if index + 1 < len(items):
        second = items[index + 1]
        if (
            second.type == "PER"
            and not linking.gap(first, second).strip()
            and "gent" in linking.cases(first)
            and "gent" not in linking.cases(second)
            and linking.agree(title, second)
        ):
            return second
    return first


def plural_title_lists(items: list[Mention], linking: LinkText, found: Found) -> None:
    """Plural titles and the names listed after them: "музыканты Юрий Царёв (проект
    «Метро»), Алексей Борисов и Павел Шевелёв", "пять экс-президентов: Альберто Фухимори",
    "писатели и критики, среди которых — Павел Басинский и Михаил Павлов из Москвы",
    "с такими режиссёрами, как Квентин Тарантино и Мартин Скорсезе". A title that may be
    singular ("актрисы") heads a list only of two names or more in the nominative."""
    names = [m for m in items if m.type in ("ORG", "LOC")]
    for i, item in enumerate(items):
        if item.type != "TITLE" or not linking.may_be_plural(item):
            continue
        titles = [item]
        j = i + 1
        while (
            j < len(items)
            and items[j].type == "TITLE"
            and linking.is_plural(items[j])
            and TITLE_JOINT.match(linking.gap(titles[-1], items[j]))
        ):
            titles.append(items[j])
            j += 1
        # "губернаторы нескольких регионов - Приморского края С.Дарькин, Саратовской
        # области Павел Ипатов": each name after its place
        while j < len(items) and items[j].type in ("ORG", "LOC"):
            j += 1
        if j >= len(items) or items[j].type != "PER":
            continue
        opening = linking.masked(titles[-1].end, items[j].start, names)
        if not (
            is_descriptor_gap(linking, titles[-1].end, items[j].start, [])
            and linking.agree(titles[-1], items[j])
            or LIST_OPENING.match(opening)
        ):
            continue
        listed = [items[j]]
        for k in range(j + 1, len(items)):
            # a place, or a name's spelling in brackets: "Люсиль Гарсия (Lucile Garcia) и"
            if items[k].type in ("ORG", "LOC") or linking.in_parentheses(items[k].start):
                continue
            if items[k].type != "PER" or not is_list_joint(linking, listed[-1], items[k], names):
                break
            listed.append(items[k])
        # "актрисы" may be one actress's: a list of names in a case only its plural has
        # makes it many ("актрисы Анна и Мария", "первым зампредам Александру Жукову и ...")
        if not linking.is_plural(item) and (
            len(listed) < 2 or not linking.plural_in_case_of(item, listed[0])
        ):
            continue
        for title in titles:
            for person in listed:
                found.add(title, person)


def title_dash_name(items: list[Mention], linking: LinkText, found: Found) -> None:
    """ "Министр иностранных дел — Фумио Кисида", "Адвокат потерпевшего — Матвей Цзена",
    "Министр финансов — 72-х летний Таро Асо": a title, a dash and a name it agrees with;
    or a comma, when a comma or a dash closes the name ("Президент России, Владимир
    Путин, заявил") or the title has a comma of its own ("Мэр Казани, столицы Татарстана,
    Ильсур Метшин выступил"). After the comma an age ("сотрудник парижской префектуры
    полиции, 45-летний Микаэль Арпон") or a phrase about the person ("режиссёр, лауреат
    Нобелевской премии, Дарио Фо") opens the name with no comma after it, and a plural
    title too, unless the title is apposed to the name before it."""
    names = [m for m in items if m.type in ("ORG", "LOC")]
    for i, title in enumerate(items):
        if not found.open(title):
            continue
        k = past_complements(items, i, linking, names)
        j = k  # past the names of a phrase about the person: "уроженец города Орска"
        while j < len(items) and items[j].type in ("ORG", "LOC"):
            j += 1
        if j >= len(items) or items[j].type != "PER":
            continue
        person = items[j]
        if not linking.agree(title, person):
            continue
        gap = TITLE_NAME_GAP.fullmatch(linking.gap(items[k - 1], person)) if j == k else None
        if gap is None:
            # "режиссёр, лауреат Нобелевской премии по литературе 1997 года, Дарио Фо"
            if is_comma_apposition(
                linking, title, items[k - 1].end, person, names
            ) and not is_apposed(items, i, linking):
                found.add(title, person)
            continue
        # "сотрудник парижской префектуры полиции, 45-летний Микаэль Арпон", "одного из
        # боссов «Коза Ностры», 78-летнего Франческо Бонура": an age opens an apposition
        # (a plural title keeps the link only as "один из" them: `without_lone_plural_holders`);
        # not a title apposed to the name before it ("сына Рустама Минниханова, главы
        # Татарстана, 23-летнего Ирека Минниханова")
        if gap["mark"] == "," and gap["age"]:
            if not is_apposed(items, i, linking):
                found.add(title, person)
            continue
        if linking.is_plural(title):
            continue
        closed = linking.text[person.end : person.end + 2].lstrip()[:1] in (",", "—", "–", ")")
        # "Мэр Казани, столицы Татарстана, Ильсур Метшин выступил": after a title with a
        # comma of its own (an apposition, a quoted name), the comma closes that, not the
        # clause the title ends
        own_comma = "," in linking.text[title.start : items[k - 1].end]
        if gap["mark"] != "," or own_comma or (closed and linking.agree_in(title, person, "nomn")):
            found.add(title, person)


def title_aside_name(items: list[Mention], linking: LinkText, found: Found) -> None:
    """ "Руководитель пресс-службы «Новой газеты», где работала Политковская, Надежда
    Прусенкова": a title, a relative or participle clause between commas, and the name it
    agrees with right after; a name inside the clause is not the holder ("Глава МИД,
    встретившийся с Иваном Петровым, заявил")."""
    for i, title in enumerate(items):
        if not found.open(title) or linking.is_plural(title):
            continue
        for person in items[i + 1 :]:
            if person.type == "TITLE" or person.start - title.end > MAX_ASIDE_CHARS:
                break
            if person.type == "PER" and is_clause_aside(linking, title.end, person.start):
                # a name that may be a nominative is the subject unless the title is one too:
                # "по делу бизнесмена, обвиняемого в торговле оружием, Алла впервые ..."
                if linking.agree(title, person) and (
                    linking.agree_in(title, person, "nomn") or "nomn" not in linking.cases(person)
                ):
                    found.add(title, person)
                break


def dash_chains(items: list[Mention], linking: LinkText, found: Found) -> None:
    """Titles chained by dashes or commas share the person of the last one."""
    for i in range(len(items) - 2, -1, -1):
        left, right = items[i], items[i + 1]
        if left.type == right.type == "TITLE" and CHAIN_GAP.match(linking.gap(left, right)):
            for title, person in list(found.pairs):
                if title == right:
                    found.add(left, person)


def appositions(items: list[Mention], linking: LinkText, found: Found) -> None:
    """A title after a name, set off by a comma, a dash or a bracket, agreeing with it;
    and the titles coordinated with it ("политик и лидер партии")."""
    for i, item in enumerate(items):
        if not found.open(item) or i == 0:
            continue
        person = apposition_partner(items, i, linking)
        if person is None or not found.add(item, person):
            continue
        j = i
        while (
            j + 1 < len(items)
            and found.open(items[j + 1])
            and (
                TITLE_JOINT.match(linking.gap(items[j], items[j + 1]))
                and not APPOSITION_END.search(linking.gap(items[j], items[j + 1]))
                or DATED_JOINT.match(linking.gap(items[j], items[j + 1]))
                or not linking.gap(items[j], items[j + 1]).strip()
                or listed_nouns(items[j], items[j + 1], person, linking)
            )
            and linking.agree(items[j + 1], person)
            and not linking.is_plural(items[j + 1])
        ):
            j += 1
            found.add(items[j], person)


# the nouns of a list of what a person is, between two titles: "дизайнер, основатель и
# директор Центра «Гараж»"
LISTED_NOUNS = re.compile(r"^\s*,\s*(?:[а-яё-]+\s*,\s*)*[а-яё-]+\s*(?:,|и)\s*$")


def listed_nouns(left: Mention, right: Mention, person: Mention, linking: LinkText) -> bool:
    """Whether only lower-case nouns in the person's case, in a list, stand between two
    titles of an apposition: "Дарья Жукова — дизайнер, основатель и директор Центра"."""
    gap = linking.gap(left, right)
    if not LISTED_NOUNS.match(gap):
        return False
    words = [w for w in linking.words(left.end, right.start) if w.lemma != "и"]
    return all(w.pos == "NOUN" and linking.cases(person) & noun_cases(w, linking) for w in words)


def noun_cases(word: Token, linking: LinkText) -> frozenset[str]:
    return frozenset(
        case
        for p in linking.morph.parse(word.text)
        if p.tag.POS == "NOUN" and (case := case_of(p.tag))
    )


def is_apposed(items: list[Mention], index: int, linking: LinkText) -> bool:
    """Whether the title at `index` stands in apposition to the name before it."""
    return index > 0 and apposition_partner(items, index, linking) is not None


def apposition_partner(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """The name the title at `index` stands in apposition to, if any."""
    title, previous = items[index], items[index - 1]
    if previous.type != "PER":
        return None
    gap = linking.gap(previous, title)
    words = linking.words(previous.end, title.start)
    lemmas = [w.lemma for w in words]
    if linking.is_plural(title):
        # "Эдуард Мишлен, одному из президентов группы"
        return previous if lemmas[-2:] == ["один", "из"] and "," in gap else None
    head = complement_head(items, index - 1, linking)
    if head is not None and "," in gap and not words and linking.agree(title, head):
        return head
    if not linking.agree(title, previous):
        return None
    punctuation = re.sub(r"\w[\w-]*", "", gap)
    if not APPOSITION_GAP.match(punctuation):
        # "Александра Брода, известного борца с ксенофобией, члена Общественной палаты"
        return previous if is_descriptive_clause(gap, words) else None
    # "Андрей Санников — бывший заместитель", "Владимир Долгих, некогда секретарь":
    # modifiers of the title only
    if not all(w.pos in ("ADJF", None) or w.lemma in TIME_ADVERBS for w in words):
        return None
    return alias_owner(items, index - 1, linking)


# a comma and a lower-case noun between two names: "Ли Пэн, соратник Цзян Цзэминя"
COMPLEMENT_GAP = re.compile(r"\s*,\s*[а-яё-]+\s*")


def complement_head(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """The name before the one at `index` when that one only completes a noun in apposition
    to it: in "умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая"
    Цзян Цзэминь is the complement of "соратник", and the post after him is Ли Пэн's."""
    if index == 0 or items[index - 1].type != "PER":
        return None
    head = items[index - 1]
    if not COMPLEMENT_GAP.fullmatch(linking.gap(head, items[index])):
        return None
    words = linking.words(head.end, items[index].start)
    if len(words) != 1 or words[0].pos != "NOUN":
        return None
    return head if linking.cases(head) & noun_cases(words[0], linking) else None


def alias_owner(items: list[Mention], index: int, linking: LinkText) -> Mention:
    """The name a bracketed alias follows: "Крессида Дик (Cressida Dick)" is named by
    "Крессида Дик"; any other name is its own."""
    alias = items[index]
    if index > 0 and items[index - 1].type == "PER":
        before = linking.gap(items[index - 1], alias).strip()
        after = linking.text[alias.end : alias.end + 1]
        if before == "(" and after == ")":
            return items[index - 1]
    return alias


def predicate_links(items: list[Mention], linking: LinkText, found: Found) -> None:
    """A title a predicate ties to a person (`predicates.py`)."""
    for i, item in enumerate(items):
        if found.open(item):
            person = predicate_holder(items, i, linking)
            if person is not None:
                found.add(item, person)


def coordinated_titles(items: list[Mention], linking: LinkText, found: Found) -> None:
    """A title joined to a title the patterns linked, by a comma, "и" or "затем", in its
    case and number, is held by the same person: "Э.Барак ... был начальником Генштаба,
    главой МВД Израиля, министром иностранных дел, премьер-министром". Not a title a
    name follows ("министром обороны Иванов"), and not ", и" between nominatives, which
    may close an apposition: "Иванов, министр финансов, и глава МВД приехали"."""
    names = [m for m in items if m.type in ("ORG", "LOC")]
    for i, left in enumerate(items):
        if left.type != "TITLE" or left.id not in found.titles:
            continue
        holders = [person for title, person in found.pairs if title == left]
        if len(holders) != 1 or linking.is_plural(left):
            continue
        k = i + 1
        while k < len(items) and items[k].type in ("ORG", "LOC"):
            k += 1
        if k >= len(items) or not found.open(right := items[k]) or linking.is_plural(right):
            continue
        gap = re.sub(r"\s+", " ", linking.masked(left.end, right.start, names))
        after = items[k + 1] if k + 1 < len(items) else None
        if (
            NEXT_TITLE.match(gap)
            and linking.agree(left, right)
            and not (",и" in gap.replace(" ", "") and linking.agree_in(left, right, "nomn"))
            and not (
                after is not None and after.type == "PER" and not linking.gap(right, after).strip()
            )
        ):
            found.add(right, holders[0])


def signature_lines(items: list[Mention], linking: LinkText, found: Found) -> None:
    """ "Кирсан Илюмжинов Президент ФИДЕ" closing a text: the name, then its title."""
    for i, item in enumerate(items):
        if not found.open(item) or i == 0 or items[i - 1].type != "PER":
            continue
        if (
            item.text[:1].isupper()
            and not linking.gap(items[i - 1], item).strip()
            and not linking.text[item.end :].strip()
        ):
            found.add(item, items[i - 1])


RULES: tuple[Rule, ...] = (
    plural_title_lists,
    titles_before_name,
    title_dash_name,
    dash_chains,
    appositions,
    title_aside_name,
    predicate_links,
    coordinated_titles,
    signature_lines,
)
