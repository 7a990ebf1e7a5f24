"""A post stated in a sentence that names no one: its holder is the person the sentences
before are about.

  "Сотомайор родилась и выросла в Нью-Йорке. Работала прокурором, ..."
  "Евгений Душко родился в Загорске. В 2002 году окончил аспирантуру МГУ. В разное время
   работал экспертом в компании «Свой Дом»."

The title's sentence has no subject ("Работала прокурором") or a personal pronoun for one
("Она работала прокурором"); its verb (or pronoun) shows a gender. The holder is sought in
the nearest earlier sentence that names a person, among the persons it names in the
nominative: taken only when exactly one of them is of that gender ("Иван Петров встретился с
Марией Ивановой. Работала прокурором": Иванова is no subject there, so no one). A sentence
with no name that goes on about the same person ("Окончил МГУ.") does not break the chain.
A present tense shows no gender ("Орсер ... нёс флаг. В настоящее время работает
тренером."): the holder is then the one person the sentence right before names, as its
subject. A line of a biography has no verb at all ("Владимир Булавин родился в 1953 году.
... С 1992 года — начальник УМБ-УФСК-УФСБ РФ по Нижегородской области."): its posts go to
the one person the walk back finds, whatever the gender. A name in parentheses is an aside,
not whom the text is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from pipeline.records import Mention, Sentence, Token
from pipeline.relate.link_text import LinkText, Sentences
from pipeline.relate.patterns import Pair
from pipeline.relate.predicates import PRONOUN_GENDERS, is_predicative

# what may stand between a preposition and the noun it governs: "в нынешней Думе"
BEFORE_GOVERNED_NOUN_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADVB", None})
SUBJECT_POS = frozenset({"NOUN", "NPRO"})
# a relative clause's subject is a noun of its own sentence: "..., который работал врачом"
RELATIVES = frozenset({"который", "кто", "что"})
# sentences with no name that may stand between the title's and its holder's, besides those
# that go on about the holder
MAX_SENTENCES_BACK = 2
# a present-tense verb shows no gender ("В настоящее время работает тренером"): the holder is
# then the one person named as a subject in the sentence right before, whatever the gender
ANY_GENDER = "any"
# a date and a dash opening a biography line: "С 1992 года — ", "В 1998—1999 годах — ",
# "С 7 апреля 2016 года — ", "В 1999—2000 гг. — "
YEAR = r"(?:\d{1,2}\s+[а-яё]+\s+)?\d{4}(?:\s*[—–-]\s*\d{2,4})?(?:\s*(?:год[а-я]*|гг?\.))?"
DATED_DASH = re.compile(
    rf"\s*(?:(?:[СсВв]о?|[Дд]о|[Пп]о|[Оо]т|[Кк])\s+)?{YEAR}(?:\s+(?:по|до)\s+{YEAR})?\s*[—–-]\s*"
)


def subjectless_holders(pairs: Sequence[Pair], split: Sentences, linking: LinkText) -> list[Pair]:
    """(title, person) for each title not yet linked that a subjectless or pronoun clause
    predicates of the one person of its gender the sentences before are about."""
    linked = {title.id for title, _ in pairs}
    genders = name_genders(split, linking)
    # the sentences with no name whose clause goes on about a person: "Родился в Москве.
    # Окончил МГУ. С 1975 года работал инженером." (Иванов of the sentence before)
    about: dict[int, Mention] = {}
    walked: dict[tuple[int, str, int], Mention | None] = {}
    out = []
    for index, items in enumerate(split.items):
        if any(m.type == "PER" for m in items):
            continue
        biography = is_biography_line(items, linking)
        for title in items:
            if title.type != "TITLE" or title.id in linked:
                continue
            if biography and "nomn" in linking.cases(title):
                person = biography_subject(split, index, genders, about, walked, linking)
            elif (gender := clause_gender(title, linking)) is not None:
                person = salient_person(split, index, gender, genders, about, walked, linking)
            else:
                continue
            if person is not None and linking.can_hold(title, person):
                out.append((title, person))
                about[index] = person
    return out


def verb_subjects(split: Sentences, linking: LinkText) -> Callable[[Token], Mention | None]:
    """For a verb with no subject in its sentence, the person of its gender the sentences
    before are about (`salient_person`): "Алексей Жарков родился в Москве. Выпускник
    школы-студии МХАТ. Работал в Театре имени Ермоловой" (Жарков). The walks are shared
    by the verbs of one document, and the names' genders read for the first verb that
    needs them (most documents have none)."""
    genders: dict[str, str | None] | None = None
    walked: dict[tuple[int, str, int], Mention | None] = {}

    def subject(verb: Token) -> Mention | None:
        nonlocal genders
        gender = verb_gender(verb, linking)
        index = split.index_of(verb.start)
        if gender is None or index is None:
            return None
        if genders is None:
            genders = name_genders(split, linking)
        return salient_person(split, index, gender, genders, {}, walked, linking)

    return subject


def is_biography_line(items: Sequence[Mention], linking: LinkText) -> bool:
    """ "С 1992 года — начальник УМБ-УФСК-УФСБ РФ по Нижегородской области.", "В 1998—1999
    годах — первый заместитель генерального директора ...": a sentence that opens with a
    date and a dash before its first post, a line of the biography of the one the text is
    about; its posts in the nominative are that person's."""
    title = next((m for m in items if m.type == "TITLE"), None)
    if title is None:
        return False
    start = linking.sentence_start(title.start)
    return DATED_DASH.fullmatch(linking.text[start : title.start]) is not None


def biography_subject(
    split: Sentences,
    index: int,
    genders: Mapping[str, str | None],
    about: Mapping[int, Mention],
    walked: dict[tuple[int, str, int], Mention | None],
    linking: LinkText,
) -> Mention | None:
    """The person a biography line is about, whose gender no verb tells: the one that the
    walk back (`salient_person`) finds for either gender."""
    found = {
        person.id: person
        for gender in PRONOUN_GENDERS.values()
        if (person := salient_person(split, index, gender, genders, about, walked, linking))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def clause_gender(title: Mention, linking: LinkText) -> str | None:
    """The gender of the missing or pronoun subject of the clause that predicates the
    title ("Работала прокурором": femn; "он был назначен министром": masc), None where the
    clause has a subject of its own or does not predicate the title."""
    start = linking.sentence_start(title.start)
    words = linking.words(start, title.start)
    verbs = [i for i, w in enumerate(words) if w.pos in ("VERB", "PRTS")]
    if not verbs:
        return None
    verb = verbs[-1]
    # the predicate from its verb on ("занимал пост министра", "стала федеральным судьей")
    if not is_predicative(title, words[verb:], linking):
        return None
    pronoun = None
    for word in subjects(words[:verb], linking):
        if word.text.lower() not in PRONOUN_GENDERS or pronoun is not None:
            return None
        pronoun = PRONOUN_GENDERS[word.text.lower()]
    told = verb_gender(words[verb], linking)
    if pronoun is not None:
        return pronoun if told in (None, pronoun) else None
    if told is None and is_present_singular(words[verb], linking):
        return ANY_GENDER
    return told


def is_present_singular(verb: Token, linking: LinkText) -> bool:
    """A verb in the third person singular of the present ("работает", "является"), which
    shows no gender."""
    return any(
        p.tag.POS == "VERB"
        and p.tag.tense == "pres"
        and p.tag.person == "3per"
        and p.tag.number == "sing"
        for p in linking.morph.parse(verb.text)
    )


def subjects(words: Sequence[Token], linking: LinkText) -> list[Token]:
    """The words before a verb that may be its subject: a noun or pronoun that can be a
    nominative singular, not governed by a preposition ("С 2005 года", "В Советской Армии")."""
    found = []
    governed = False
    for word in words:
        if word.pos == "PREP":
            governed = True
            continue
        if word.lemma in RELATIVES:
            found.append(word)
        elif word.pos in SUBJECT_POS:
            if not governed and any(
                p.tag.case == "nomn" and p.tag.number != "plur"
                for p in linking.morph.parse(word.text)
            ):
                found.append(word)
            governed = False
        elif word.pos not in BEFORE_GOVERNED_NOUN_POS:
            governed = False
    return found


def verb_gender(verb: Token, linking: LinkText) -> str | None:
    """The gender a past-tense verb or a short participle shows ("работала", "назначен"),
    None for a present tense or a plural."""
    genders = {
        p.tag.gender
        for p in linking.morph.parse(verb.text)
        if p.tag.POS in ("VERB", "PRTS") and p.tag.number == "sing"
    }
    if len(genders) != 1:
        return None
    gender = str(genders.pop())
    return gender if gender in ("masc", "femn") else None


def salient_person(
    split: Sentences,
    index: int,
    gender: str,
    genders: Mapping[str, str | None],
    about: Mapping[int, Mention],
    walked: dict[tuple[int, str, int], Mention | None],
    linking: LinkText,
) -> Mention | None:
    """The one person of `gender` named in the nominative in the nearest earlier sentence
    that names a person (or that a post was linked in before), if there is exactly one (by
    surname: "Иванов ... Иванов" is one); for a present-tense verb (`ANY_GENDER`), the one
    person of any gender named so in the sentence right before. `walked` keeps what a walk
    back found from each (sentence, gender, sentences passed) it went through: a long run
    of sentences going on about one person is walked once, not once per title in it."""
    if gender == ANY_GENDER:
        return present_subject(split, index, about, linking)
    passed = []
    found = None
    others = 0  # sentences passed that do not go on about the person
    for back in range(index - 1, -1, -1):
        if (back, gender, others) in walked:
            found = walked[back, gender, others]
            break
        passed.append((back, gender, others))
        if back in about:
            person = about[back]
            found = person if genders[surname(person)] == gender else None
            break
        # a name in an aside is no one the text goes on about: "В 1991—1996 годах занимал
        # руководящие должности в «Менатепе» (которое возглавлял Михаил Ходорковский)"
        people = [
            m for m in split.items[back] if m.type == "PER" and not linking.in_parentheses(m.start)
        ]
        if not people:
            if not goes_on(split.sentences[back], gender, linking):
                others += 1
                if others == MAX_SENTENCES_BACK:
                    break
            continue
        found = named_subject(split.sentences[back], people, gender, genders, linking)
        break
    # `about` grows only at the title's sentence, after every one walked here
    walked.update(dict.fromkeys(passed, found))
    return found


def named_subject(
    sentence: Sentence,
    people: Sequence[Mention],
    gender: str,
    genders: Mapping[str, str | None],
    linking: LinkText,
) -> Mention | None:
    """The one person of `gender` a sentence names in the nominative as a verb's subject."""
    if not has_verb(sentence, gender, linking):
        return None  # "Его учитель — академик Виктор Виноградов": a name, not a subject
    nominative = {surname(m): m for m in people if "nomn" in linking.cases(m)}
    fitting = [m for name, m in nominative.items() if genders[name] != opposite(gender)]
    if len(fitting) == 1 and genders[surname(fitting[0])] == gender:
        return fitting[0]
    return None


def present_subject(
    split: Sentences, index: int, about: Mapping[int, Mention], linking: LinkText
) -> Mention | None:
    """The one person the sentence right before the title's names in the nominative, with a
    verb: "Иван Петров родился в Туле. В настоящее время работает тренером." (Петров)."""
    if index == 0:
        return None
    if index - 1 in about:
        return about[index - 1]
    people = [m for m in split.items[index - 1] if m.type == "PER"]
    nominative = {surname(m): m for m in people if "nomn" in linking.cases(m)}
    if len(nominative) != 1 or len({surname(m) for m in people}) != 1:
        return None
    sentence = split.sentences[index - 1]
    if not any(w.pos == "VERB" for w in linking.words(sentence.start, sentence.end)):
        return None
    return next(iter(nominative.values()))


def has_verb(sentence: Sentence, gender: str, linking: LinkText) -> bool:
    """Whether a sentence has a verb a person of that gender may be the subject of."""
    return any(
        word.pos in ("VERB", "PRTS") and verb_gender(word, linking) in (None, gender)
        for word in linking.words(sentence.start, sentence.end)
    )


def goes_on(sentence: Sentence, gender: str, linking: LinkText) -> bool:
    """Whether a sentence opens with a verb of that gender and no subject, going on about
    the person before it: "Окончил МГУ.", "В 1994 году учился в МГУ."."""
    words = linking.words(sentence.start, sentence.end)
    verb = next((i for i, w in enumerate(words) if w.pos in ("VERB", "PRTS")), None)
    return (
        verb is not None
        and not subjects(words[:verb], linking)
        and verb_gender(words[verb], linking) == gender
    )


def surname(person: Mention) -> str:
    """The last word of a name's normal form, what its mentions share ("Иванов")."""
    words = (person.normal or person.text).split()
    return words[-1].lower() if words else ""


def name_genders(split: Sentences, linking: LinkText) -> dict[str, str | None]:
    """The gender of each surname, where its mentions show one and do not disagree:
    "Сотомайор родилась" makes every "Сотомайор" a woman."""
    seen: dict[str, set[str]] = {}
    for items in split.items:
        for m in items:
            if m.type == "PER":
                told = seen.setdefault(surname(m), set())
                if (gender := linking.gender_of.get(m.id)) is not None:
                    told.add(gender)
    for name, told in seen.items():
        if not told:  # "Медведев": a surname the dictionary knows as a man's
            told.update(
                str(p.tag.gender)
                for p in linking.morph.parse(name)
                if "Surn" in p.tag.grammemes and p.tag.case == "nomn"
            )
    return {name: told.pop() if len(told) == 1 else None for name, told in seen.items()}


def opposite(gender: str) -> str:
    return "femn" if gender == "masc" else "masc"
