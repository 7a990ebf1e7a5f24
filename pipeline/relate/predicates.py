"""Who holds a title, read off a predicate: a copula or an appointing verb with the title
in the instrumental, or a post noun before the title.

  "Иванов назначен министром", "капитаном стал Михаель Баллак", "занимает пост министра"
  "назвал Йенса Лемана первым вратарём", "назначил руководителем службы Ивана Муравьева"
  "Место спикера ... занял республиканец Джон Бенер"
  "Сейчас он работает спецпредставителем": the person a pronoun stands for
"""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText
from pipeline.text.inflect import ADJECTIVE_POS

# fmt: off
COPULAS = frozenset({
    "быть", "стать", "становиться", "являться", "работать", "служить", "оставаться",
    "остаться", "назначаться", "избираться", "числиться", "трудиться",
})
# verbs whose object takes the post ("назначил Иванова министром"); as participles
# ("назначен министром") they describe their subject
APPOINTING = frozenset({
    "назначить", "избрать", "переизбрать", "утвердить", "назвать", "выбрать", "сделать",
    "объявить", "признать",
})
# ranks and honorifics, which stand last before a name, after the post and what completes it:
# "Глава ... Высшего совета вооруженных сил маршал Хусейн Тантави", "назначил начальником
# Генштаба генерал-лейтенанта Григория Педченко"
RANKS = frozenset({
    "маршал", "генерал", "генерал-майор", "генерал-лейтенант", "генерал-полковник",
    "адмирал", "вице-адмирал", "контр-адмирал", "полковник", "подполковник", "майор",
    "капитан", "лейтенант", "шейх", "аятолла", "имам", "кардинал", "патриарх", "митрополит",
    "архиепископ", "епископ", "принц", "принцесса", "король", "королева", "султан", "эмир",
    "сэр", "лорд", "граф", "князь", "герцог", "барон",
})
# fmt: on
# the gerund governs the same object and instrumental: "назначив Рауля Кастро председателем"
APPOINTING_FORMS = frozenset({"VERB", "INFN", "GRND"})
# the conjunctions of a clause that leaves out the verb of the one before ("..., а Петрова —
# заместителем")
GAPPING_CONJUNCTIONS = frozenset({"а", "и"})
POST_NOUNS = frozenset({"пост", "должность"})
# phrases that, like a post noun, put the title after them: "работал в качестве советника",
# "исполняет обязанности президента" (the title tagger leaves the verb's phrase out of it)
POST_PHRASES = (("в", "качество"), ("в", "роль"), ("исполнять", "обязанность"))
TAKEN_POSTS = POST_NOUNS | {"место", "кресло"}
TAKING = frozenset({"занять", "занимать", "получить", "сохранить"})
# "кандидатом на пост", "выдвинул на пост": a post not (yet) held
CANDIDACY = frozenset(
    {"кандидат", "кандидатура", "претендент", "претендовать", "выдвинуть", "баллотироваться"}
)
BECOMING = frozenset({"стать", "становиться"})
PRONOUNS = frozenset({"он", "она"})
PRONOUN_GENDERS = {"он": "masc", "она": "femn"}
MAX_PREDICATE_GAP = 12
# a comma and "а" or "и" that open a clause of its own: ", а губернатором стал"
CLAUSE_JOINT = re.compile(r",\s*(?:а|и)\s")
VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


def predicate_holder(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """The person a predicate makes the holder of the title at `index`, if any."""
    return (
        appointee(items, index, linking)
        or predicate_partner(items, index, linking)
        or post_taker(items, index, linking)
    )


def is_adjective(word: Token) -> bool:
    return word.pos in ADJECTIVE_POS


def is_predicative(
    title: Mention, words: list[Token], linking: LinkText, post_noun: bool = True
) -> bool:
    """A copula with the title in the instrumental ("назначен министром", "стал
    капитаном"), or a post noun right before it ("занимает пост министра", "работал в
    качестве советника")."""
    if not words or len(words) > MAX_PREDICATE_GAP:
        return False
    lemmas = [w.lemma for w in words]
    # "в качестве нового президента": adjectives the title span left out
    before = lemmas[: len(lemmas) - len(list(takewhile(is_adjective, reversed(words))))]
    if post_noun and before and (before[-1] in POST_NOUNS or tuple(before[-2:]) in POST_PHRASES):
        return not CANDIDACY & set(lemmas)
    if not linking.is_instrumental(title):
        return False
    verbs = [
        w
        for w in words
        if w.lemma in COPULAS or w.lemma in APPOINTING and w.pos in ("PRTS", "PRTF")
    ]
    # "(оба являются советниками)"; not "фигура стала использоваться многими политиками"
    return bool(verbs) and (not linking.is_plural(title) or linking.is_plural_verb(verbs[0]))


def predicate_partner(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """The person a predicate ties to the title at `index`: "X назначен министром"; past a
    clause joined by ", а" or ", и", the name after the title when the predicate ties it
    too ("Иванов был министром, а губернатором был назначен Петр Сидоров")."""
    title = items[index]
    before = partner_on_side(items, index, -1, linking)
    if before is None or not CLAUSE_JOINT.search(linking.text[before.end : title.start]):
        return before or partner_on_side(items, index, 1, linking)
    after = partner_on_side(items, index, 1, linking)
    # not past a comma: "..., и первым игроком Chicago Bulls, ставшим «самым ценным» после
    # того, как Майкл Джордан" names the subject before
    if after is not None and "," not in linking.text[title.end : after.start]:
        return after
    return before


def partner_on_side(
    items: list[Mention], index: int, step: int, linking: LinkText
) -> Mention | None:
    """The nearest person before (`step` -1) or after (1) the title at `index` that a
    predicate ties to it."""
    title = items[index]
    j = index + step
    while 0 <= j < len(items) and items[j].type in ("ORG", "LOC", "TITLE"):
        j += step
    if step > 0:
        j = subject_after(items, j, linking)
    if not 0 <= j < len(items) or items[j].type != "PER":
        return None
    person = items[j]
    if step < 0:
        words = linking.words(person.end, title.start)
        # "X ..., до этого он был прокурором": the pronoun's rule decides
        if PRONOUNS & {w.lemma for w in words}:
            return None
    else:  # "министром назначен Иванов"
        words = linking.words(title.end, person.start)
        if linking.text[title.start - 1 : title.start] == "(":
            return None
        if is_appointment_to_post(title, person, words, linking):
            return person
    return person if is_predicative(title, words, linking, post_noun=step < 0) else None


def subject_after(items: list[Mention], j: int, linking: LinkText) -> int:
    """The index of the first name from `j` on that may be a subject after its verb: past
    names in an oblique case and those that follow a common noun as its genitive
    ("Президентом станет старший сын Баффета Говард", "Новым руководителем Рособрнадзора
    вместо ... Ивана Муравьева стал ... Сергей Кравцов")."""
    if j >= len(items) or items[j].type != "PER":
        return j
    start = j
    titles = [m for m in items if m.type == "TITLE"]
    while (
        j < len(items) and items[j].type == "PER" and not may_be_subject(items[j], titles, linking)
    ):
        k = j + 1
        while k < len(items) and items[k].type in ("ORG", "LOC", "TITLE"):
            k += 1
        if k >= len(items) or len(linking.words(items[start].start, items[k].start)) > (
            MAX_PREDICATE_GAP
        ):
            return j
        j = k
    return j


def may_be_subject(person: Mention, titles: list[Mention], linking: LinkText) -> bool:
    """A name in the nominative that no common noun right before it governs: not "сын
    Баффета", "друг В.Лукашенко"; a title's word is none ("генерал-майор Иван Бувальцев",
    "экс-министр образования Мигель Диас-Канель")."""
    if "nomn" not in linking.cases(person):
        return False
    before = linking.words(max(0, person.start - 40), person.start)[-1:]
    return not (
        before
        and before[0].pos == "NOUN"
        and before[0].text.islower()
        and not linking.text[before[0].end : person.start].strip()
        and not any(t.start <= before[0].start < t.end for t in titles)
    )


def is_appointment_to_post(
    title: Mention, person: Mention, words: list[Token], linking: LinkText
) -> bool:
    """ "На пост главы правительства была избрана Аленка Братушек", "на посту министра
    энергетики станет Ола Бортен Моэ": a post noun before the title, then a verb of
    appointing or becoming, then the name in the nominative; not a candidacy ("на пост
    мэра претендует Иванов")."""
    before = linking.words(linking.sentence_start(title.start), title.start)[-3:]
    if not before or before[-1].lemma not in POST_NOUNS or "," in linking.gap(title, person):
        return False
    lemmas = {w.lemma for w in [*before, *words]}
    return (
        len(words) <= MAX_PREDICATE_GAP
        and not CANDIDACY & lemmas
        and any(
            w.lemma in APPOINTING and w.pos == "PRTS" or w.lemma in BECOMING and w.pos == "VERB"
            for w in words
        )
        and "nomn" in linking.cases(person)
        and "gent" not in linking.cases(person)
    )


def appointee(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """The object of an appointing verb next to an instrumental title: "назначил
    В.Зворыкина руководителем", "назначил руководителем службы Ивана Муравьева"."""
    title = items[index]
    if not linking.is_instrumental(title):
        return None
    start = linking.sentence_start(title.start)
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(items) and items[j].type in ("ORG", "LOC"):
            j += step
        if (
            step > 0
            and 0 <= j < len(items) - 1
            and is_rank_before(items[j], items[j + 1], linking)
            and not linking.gap(items[j - 1], items[j]).strip()
        ):
            # "назначил начальником Генштаба генерал-лейтенанта Григория Педченко", not
            # "назначил начальником Генштаба сына генерал-лейтенанта Петрова"
            j += 1
        if not 0 <= j < len(items) or items[j].type != "PER":
            continue
        person = items[j]
        if not {"accs", "gent"} & linking.cases(person):
            continue
        words_before: list[Token] = []
        if step < 0:
            between = linking.words(person.end, title.start)
            words_before = linking.words(start, person.start)
            verb_words = words_before[-3:]
        else:
            # the words of the names and the rank skipped are not counted
            skipped = items[index + 1 : j]
            between = [
                w
                for w in linking.words(title.end, person.start)
                if not any(m.start <= w.start < m.end for m in skipped)
            ]
            verb_words = linking.words(start, title.start)[-3:]
        if len(between) > 2 or not verb_words:
            continue
        # "назначил Иванова", "Назначить Небензю"
        if appoints(verb_words) or gapped_appointment(words_before):
            return person
    return None


def appoints(words: list[Token]) -> bool:
    """Whether one of the words is an appointing verb, gerund or infinitive."""
    return any(w.lemma in APPOINTING and w.pos in APPOINTING_FORMS for w in words)


def gapped_appointment(words: list[Token]) -> bool:
    """The words before a name open a clause that leaves out the appointing verb of the
    clause before it: "назначил Сергея Шойгу министром обороны, а Антона Силуанова —
    министром финансов"."""
    return len(words) > 1 and words[-1].lemma in GAPPING_CONJUNCTIONS and appoints(words[:-1])


def is_rank_before(title: Mention, person: Mention, linking: LinkText) -> bool:
    """A rank right before a name: "генерал-лейтенанта Григория Педченко"."""
    first = linking.words(title.start, title.end)[:1]
    return (
        title.type == "TITLE"
        and person.type == "PER"
        and bool(first)
        and bool({first[0].lemma, first[0].text.lower()} & RANKS)
        and not linking.gap(title, person).strip()
    )


def post_taker(items: list[Mention], index: int, linking: LinkText) -> Mention | None:
    """ "Место спикера ... занял республиканец Джон Бенер", "пост министра занял ...
    А.Кулешов": a post noun before the title, a verb of taking it, the name after."""
    title = items[index]
    before = linking.words(linking.sentence_start(title.start), title.start)[-1:]
    if not before or before[0].lemma not in TAKEN_POSTS:
        return None
    for person in items[index + 1 :]:
        if person.type != "PER":
            continue
        words = linking.words(title.end, person.start)
        verbs = [w for w in words if w.pos in VERB_POS]
        if (
            len(words) <= MAX_PREDICATE_GAP
            and len(verbs) == 1
            and verbs[0].lemma in TAKING
            and "nomn" in linking.cases(person)
            and "gent" not in linking.cases(person)
        ):
            return person
        return None
    return None


def pronoun_partner(
    title: Mention, start: int, previous_person: Mention | None, linking: LinkText
) -> Mention | None:
    """ "Сейчас он работает спецпредставителем": the last person named before the pronoun."""
    if previous_person is None:
        return None
    words = linking.words(start, title.start)
    lemmas = [w.lemma for w in words]
    if not PRONOUNS & set(lemmas):
        return None
    first = next(i for i, lemma in enumerate(lemmas) if lemma in PRONOUNS)
    # "Иван Петров окончил МГУ. Она работала прокурором": not his post
    told = PRONOUN_GENDERS.get(words[first].text.lower())
    if told is not None and linking.gender_of.get(previous_person.id) not in (None, told):
        return None
    return previous_person if is_predicative(title, words[first + 1 :], linking) else None
