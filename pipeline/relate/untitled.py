"""Workplaces stated with no title: who heads or works in which organisation.

  heading an organisation or place  "Алексей Миллер возглавляет Газпром", "Кокрел, который
                                    возглавлял городской совет Детройта", "руководил ЮКОСом";
                                    ruling, commanding, coaching: "Салех правил Йеменом",
                                    "Моуринью, тренирующий мадридский «Реал»"
  working in an organisation        "Грин начал работать в HSBC", "Зельдин работал в
                                    Центральном театре Российской Армии", "Писсаридис
                                    преподаёт в Лондонской школе экономики"; past the post it
                                    names, untagged: "работает режиссером-постановщиком в
                                    Александринском театре"
  a post "в" one                    "Гергиев сохранит за собой должность в Мариинском
                                    театре", "Лопатин замещал должности в Минюсте"
  coming to, staying in one         "Оззи попал в команду Microsoft", "Джобс вернулся в
                                    Apple", "Комбс, приглашённый в Berkshire"
  playing for a club                "Жирков, выступающий за махачкалинский «Анжи»"; past the
                                    post, "играл полузащитником за «Пари Сен-Жермен»"; a
                                    gerund opening the sentence, the subject after its
                                    clause: "Выступая за «Сибирь», Тарасенко забросил"
  a member of a team or a band      "Тихонов выходил на поле в составе «Спартака»"
  leaving an organisation           "Примаков вскоре покинет Торгово-промышленную палату"
  the organisation before the verb  "«Спортинг» возглавил Франк Веркотерен", "партия «Пхыа
  and the holder after it           Тхаи», которую возглавляет Чинават"
  "во главе", "под руководством"    "Алиев, который стоял во главе Азербайджана", "РСП во главе
                                    с Никитой Михалковым", "театр под руководством Армена
                                    Джигарханяна", "оркестр под управлением Гергиева",
                                    "РСП, возглавляемый Никитой Михалковым"
  an organisation after the name    "Сергей Петров из «Спартака»", "Иван Петров (ТАСС)",
                                    "Лионель Месси («Барселона»)"
  taken on to work there            `hired`: "Хабиров был приглашён на работу в Кремль",
                                    "продолжение работы Д.Мердока в BSkyB"
  teammates "по" an organisation    "коллег Месси по «Барселоне»: Луиса Суареса, Неймара и
                                    Жерара Пике", "партнеры по сборной Аргентины Хуан
                                    Себастьян Верон"
  a list of organisations           each of them: "тренировал клубы «Аль-Джазира», «Генк» и
                                    брюссельский «Андерлехт»", "Неймар («Барселона»/«ПСЖ»)"
The holder of a verb is the name before it in its sentence, with no other name between: the
subject of the verb ("Миллер возглавляет"), or the name a participle or "который" follows
("Сагитова, возглавлявшего", "Кокрел, который возглавлял"); with "он" or "она" and no name
before the verb, the last name before its sentence; with no subject at all, a verb in the
past singular after circumstances only ("Педченко родился в 1955 году. С 1973 года служил в
Советской Армии"), the last name in the nominative of the sentence before. A town one
works in ("работал в Москве") is no workplace, a country is ("работает в Ираке"); "не
работал" states none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import takewhile

from pipeline.lexicons.workplace_verbs import HEADING, IN, WORKING
from pipeline.records import Mention, Token
from pipeline.relate.hired import hired_pairs
from pipeline.relate.link_text import LinkText, within
from pipeline.relate.lists import CLAUSE_VERBS, listed_after, verb_right_after
from pipeline.relate.workplace_linker import is_genitive_descriptor
from pipeline.relate.workplaces import LEGAL_FORM, next_name, org_after_name
from pipeline.text.inflect import case_of

# those who play or work with someone in one organisation, "по" it: "коллег Месси по
# «Барселоне»: Луиса Суареса, Неймара и Жерара Пике"
TEAMMATES = frozenset({"коллега", "партнёр", "партнер", "одноклубник", "сокомандник", "сослуживец"})
# what joins the names of a list of teammates, and opens it after the organisation
TEAMMATE_JOINT = re.compile(r"^\s*(?:,|и|,\s*и|,\s*а\s+также)\s*$")
TEAMMATES_OPEN = re.compile(r"^[»\"”]?\s*[:,–—-]?\s*$")
PHASES = frozenset({"начать", "продолжать", "продолжить", "стать"})  # "начал работать в HSBC"
# "который стоял во главе", "остаётся во главе"
STANDING = frozenset({"стоять", "находиться", "оставаться", "остаться"})
# a player's club: "выступал за «Сибирь»", "играл за «Анжи»"
PLAYING = frozenset({"играть", "выступать", "сыграть", "выступить"})
# the nouns that may stand between "играл в" and the club or company: "играл в составе
# «Спартака»", "играет в команде «Зенит»"
PLAYED_IN = frozenset({"состав", "команда", "клуб", "сборная", "труппа", "группа", "оркестр"})
# the verbs of playing that name the club or theatre after "в" too; not "выступал в Палате
# общин", where one speaks
PLAYED_FOR = {"играть": ("за", "в"), "сыграть": ("за", "в")}
# coming to, staying in an organisation: "Оззи попал в команду Microsoft", "Джобс вернулся в
# Apple", "остался в «Газпроме»"; invited into one, its holder is the one invited, named
# before a passive participle: "Комбс, приглашённый в Berkshire" (not "Баффет пригласил
# Комбса в Berkshire"); not "поступил в университет", where one studies
JOINING = frozenset({"перейти", "переходить", "вернуться", "попасть", "остаться", "оставаться"})
# "театр под руководством Армена Джигарханяна", "оркестр под управлением Гергиева"
LEADERSHIP = frozenset({"руководство", "управление"})
# the passive participles of heading: "РСП, возглавляемый Никитой Михалковым"
LED = ("возглавляем", "руководим", "управляем")
INVITED = ("приглаш", "привлеч")  # the passive participles of "пригласить", "привлечь"
# leaving an organisation one worked in, its object: "Примаков вскоре покинет
# Торгово-промышленную палату"; not a country or a town one leaves ("покинул Россию")
LEAVING = frozenset({"покинуть", "покидать"})
MEMBERSHIP = frozenset({"ряд", "ряды"})  # "покинул ряды партии"
# the kinds of organisation that may stand between "в составе" and its name: "в составе
# группы Aphrodite’s Child", "в составе «Спартака»"
MEMBER_KINDS = frozenset({"группа", "команда", "клуб", "труппа", "оркестр", "ансамбль"})
# a wish or a plan to take the post: "Джобс пожелал остаться в Apple", "решил возглавить";
# not a mere possibility: "Путин может возглавить союзное государство"
INTENDING = frozenset(
    {"хотеть", "захотеть", "пожелать", "решить", "намереваться", "собираться", "планировать",
     "согласиться"}
)  # fmt: skip
# a post held in an organisation: "занимал должность в", "сохранит за собой пост в"
POSTS = frozenset({"должность", "пост"})
TAKING = frozenset({"занимать", "занять", "сохранить", "получить", "замещать"})
ALLOWED_BETWEEN = HEADING | WORKING | PLAYING | PHASES | STANDING | INTENDING
# the verbs whose workplace follows after a preposition ("работал в HSBC"), and those with
# heading, whose workplace follows them (joined once: the sentences' every word is looked up)
IN_WORKPLACE = WORKING | PLAYING | JOINING
WORKPLACE_VERBS = HEADING | IN_WORKPLACE
# what may stand between the verb and the organisation: "возглавляет городской департамент
# здравоохранения Нью-Йорка"
MAX_DESCRIPTOR_WORDS = 3
KIND_COLON = re.compile(r"^\s*[а-яё]+\s+(?:клубы|команды|клубов|команд)\s*:\s*[«\"]?$")
MAX_POST_WORDS = 3  # "работал главным инженером в"
# words between the holder and the verb: "Миллер с 2001 года возглавляет", "Павел до августа
# 2016 года около 13 месяцев служил в Нацгвардии"
MAX_SUBJECT_GAP = 9
# what opens a clause with a subject of its own before a gerund
SUBORDINATING = frozenset(
    {"что", "чтобы", "который", "когда", "если", "хотя", "как", "где", "куда", "пока"}
)
# words between a subject and the last of its predicates in the past ("родился в 1955 году,
# окончил училище и служил в Советской Армии")
MAX_CHAIN_GAP = 20
VERB_POS = frozenset({"VERB", "PRTF", "GRND", "INFN"})
# what one heads that is no organisation: "возглавил рейтинг журнала Forbes"
NOT_BODIES = frozenset(
    {"рейтинг", "список", "таблица", "чарт", "хит-парад", "топ", "колонна", "шествие",
     "процессия", "расследование", "операция", "атака", "рейд", "выставка", "экспедиция"}
)  # fmt: skip
DESCRIPTOR_POS = frozenset({"NOUN", "ADJF", "PRTF"})
# what may open a sentence before a verb with no subject: "С 1973 года затем служил"
CIRCUMSTANCE_POS = frozenset({None, "PREP", "NOUN", "ADJF", "NUMR", "ADVB", "CONJ", "PRCL"})
# the lemmas `untitled_workplaces` reads a pair at (with the participles it reads by their
# beginning): any other word states none, and is passed over at one look-up
STATING = frozenset({"правило", "глава", "состав"}) | LEADERSHIP | WORKPLACE_VERBS | POSTS | LEAVING
PARTICIPLES = frozenset({"PRTF", "PRTS"})
RULED = frozenset({"правил", "правила", "правили"})
# ", который ... ," (or ", в котором ... ,") with the words after it to the verb: one clause,
# no comma, bracket or dash inside it
CLOSED_CLAUSE = re.compile(r",\s*(?:[а-яё]+\s+)?котор[а-яё]+\b[^,;:()–—.!?]*,(?=[^,;:()–—]*$)")


def untitled_workplaces(
    people: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    linking: LinkText,
    is_country: Callable[[Mention], bool],
    about: Callable[[Token], Mention | None] = lambda verb: None,
) -> list[tuple[Mention, Mention]]:
    """(person, organisation) pairs stated with no title: by "из" or brackets after the
    name, by a verb of heading or working, by "во главе" and "под руководством" (or
    "управлением"). `people` are the outermost person mentions, in text order; `about`
    gives the person the sentences before are about, for a verb with no subject
    (`anaphora.verb_subjects`)."""
    found = [(person, name) for person in people if (name := org_after_name(person, linking))]
    for start, end in sentences:
        words = linking.words(start, end)
        for index, word in enumerate(words):
            if word.lemma not in STATING and word.pos not in PARTICIPLES:
                continue  # most words
            if word.lemma == "правило":  # the one lemma `ruled` reads again
                word = ruled(word, linking)
            previous = words[index - 1].lemma if index else ""
            if previous in ("во", "в") and word.lemma == "глава":
                pair = headed_by(word, people, start, linking)
            elif (
                previous == "под"
                and word.lemma in LEADERSHIP
                or word.pos == "PRTF"
                and word.text.lower().startswith(LED)
            ):
                pair = led_by(word, people, start, linking, is_country)
            elif (
                word.lemma in WORKPLACE_VERBS
                and word.pos in VERB_POS
                and not word.text.lower().startswith("правящ")  # "правящая партия"
            ):
                pair = (
                    verb_pair(word, people, start, linking, is_country)
                    or walked_pair(word, people, start, linking, is_country, about)
                    or conjoined_pair(word, previous, found, people, start, linking, is_country)
                )
            elif word.text.lower() == "составе" and previous in ("в", "во"):
                pair = member_pair(words[: index - 1], word, people, start, linking)
            elif word.lemma in LEAVING and word.pos in VERB_POS:
                pair = left_pair(word, people, start, linking, is_country)
            elif word.lemma in POSTS and post_in(words[index + 1 : index + 3]):
                # "сохранит за собой должность в Мариинском театре": a post held there
                pair = verb_pair(
                    replace(word, lemma="работать", pos="VERB"),
                    people,
                    start,
                    linking,
                    is_country,
                    ALLOWED_BETWEEN | TAKING,
                )
            elif word.pos in ("PRTF", "PRTS") and word.text.lower().startswith(INVITED):
                pair = verb_pair(replace(word, lemma="попасть"), people, start, linking, is_country)
            else:
                continue
            if pair is not None:
                found.append(pair)
    found += hired_pairs(people, sentences, linking, is_country)
    found += teammate_pairs(people, sentences, linking)
    return [*found, *coordinated_pairs(found, linking)]


def teammate_pairs(
    people: Sequence[Mention], sentences: Sequence[tuple[int, int]], linking: LinkText
) -> list[tuple[Mention, Mention]]:
    """ "коллег Месси по «Барселоне»: Луиса Суареса, Неймара и Жерара Пике", "его партнёры
    по сборной Аргентины Хуан Себастьян Верон и Диего Милито": the teammates named after
    the organisation, and the one whose teammates they are, named right after the noun, are
    in the organisation after "по" (a country's after a kind of team: "сборной Аргентины");
    not a party one is a member of ("коллега по партии")."""
    pairs = []
    for start, end in sentences:
        words = linking.words(start, end)
        for index, word in enumerate(words):
            if word.lemma not in TEAMMATES or not word.text.islower():
                continue
            by = next((w for w in words[index + 1 : index + 6] if w.text.lower() == "по"), None)
            name = None if by is None else next_name(linking, by.end)
            if by is None or name is None:
                continue
            kind = [w.lemma for w in linking.words(by.end, name.start)]
            if not (
                name.type == "ORG"
                and kind in ([], ["клуб"], ["команда"])
                or name.type == "LOC"
                and kind in (["сборная"], ["команда"])
            ):
                continue
            members = [
                p
                for p in people
                if not linking.text[word.end : p.start].strip()
                and not linking.text[p.end : by.start].strip()
            ]
            previous = name
            for person in (p for p in people if name.end <= p.start and p.end <= end):
                joint = TEAMMATES_OPEN if previous is name else TEAMMATE_JOINT
                if not joint.match(linking.text[previous.end : person.start]):
                    break
                members.append(person)
                previous = person
            pairs += [(person, name) for person in members]
    return pairs


def ruled(word: Token, linking: LinkText) -> Token:
    """ "Салех правил Йеменом": the past of "править" read as a verb, which pymorphy3 takes
    for the genitive of "правило", where an organisation or place in the instrumental
    follows it."""
    if word.lemma != "правило" or word.text.lower() not in RULED:
        return word
    name = next_name(linking, word.end)
    if name is None or linking.words(word.end, name.start):
        return word
    first = linking.words(name.start, name.end)[:1]
    if not first or not any("ablt" in r.tag for r in linking.morph.parse(first[0].text)):
        return word
    return replace(word, lemma="править", pos="VERB")


def coordinated_pairs(
    found: Sequence[tuple[Mention, Mention]], linking: LinkText
) -> list[tuple[Mention, Mention]]:
    """The organisations listed after the one a pair names, for the same person: "тренировал
    клубы «Аль-Джазира», «Генк» и брюссельский «Андерлехт»", "Неймар («Барселона»/«ПСЖ»)";
    not one a verb follows ("возглавляет Газпром, Роснефть отказалась"): the subject of the
    next clause, as are the names after it."""
    pairs = []
    for person, name in found:
        if person.end <= name.start:
            for other in listed_after(name, linking):
                if verb_right_after(other, linking):
                    break
                pairs.append((person, other))
    return pairs


def verb_pair(
    verb: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
    allowed: frozenset[str] = ALLOWED_BETWEEN,
) -> tuple[Mention, Mention] | None:
    """ "Миллер возглавляет Газпром"; or the organisation first and the holder after the
    verb: "«Спортинг» возглавил Веркотерен", "партия, которую возглавляет Чинават". One
    works in a country ("Остхофф работает в Ираке", as a correspondent, an envoy), not in
    a town one lives in ("работал в Москве")."""
    person = holder(verb, people, start, linking, allowed)
    opening = person is None and verb.pos == "GRND"
    if opening:
        person = gerund_subject(verb, people, start, linking)
    name = None if person is None else held_workplace(verb, linking, is_country)
    if opening and name is not None and name.text[:1].islower():
        return None  # a body the title stage read after the verb: "в совете директоров"
    if person is not None and name is not None:
        return person, name
    if verb.lemma not in HEADING or verb.pos != "VERB":
        return None  # "играл за «Анжи»" only after its holder
    person = person_after(verb.end, people, linking)
    name = name_before(verb.start, start, linking)
    if person is None or name is None or name.type != "ORG":
        return None
    # the subject: not "возглавил вместе с Ивановым"; a foreign name may read as a genitive
    if any(w.pos == "PREP" for w in linking.words(verb.end, person.start)):
        return None
    return (person, name) if {"nomn", "gent"} & linking.cases(person) else None


def held_workplace(
    verb: Token, linking: LinkText, is_country: Callable[[Mention], bool]
) -> Mention | None:
    """The organisation a verb names (`workplace`); a place one works in only if it is a
    country."""
    name = workplace(verb, linking)
    if name is not None and name.type != "ORG" and verb.lemma in WORKING and not is_country(name):
        return None
    return name


def post_in(following: Sequence[Token]) -> bool:
    """ "должность в", "посты сначала в": "в" or "на" right after a post, an adverb
    between at most."""
    if following[:1] and following[0].pos == "ADVB":
        following = following[1:]
    return bool(following) and following[0].lemma in IN


def conjoined_pair(
    verb: Token,
    previous: str,
    found: Sequence[tuple[Mention, Mention]],
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> tuple[Mention, Mention] | None:
    """ "Могучий, который работает режиссером-постановщиком в Александринском театре и
    руководит собственным «Формальным театром»": a verb right after "и" shares the holder
    of the workplace verb before it in its sentence, no other name between."""
    if previous != "и" or not found:
        return None
    person, name = found[-1]
    if not start <= min(person.start, name.start) or name.end > verb.start:
        return None
    if within(people, person.end, verb.start):
        return None
    held = held_workplace(verb, linking, is_country)
    return None if held is None else (person, held)


def left_pair(
    verb: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> tuple[Mention, Mention] | None:
    """ "Примаков вскоре покинет Торгово-промышленную палату": the organisation one leaves,
    read as the one a verb of heading names; not a country or a town ("покинул Россию"), nor
    a party one was a member of ("покинул ряды ЧСДП")."""
    pair = verb_pair(replace(verb, lemma="возглавлять"), people, start, linking, is_country)
    if pair is None or pair[1].type != "ORG":
        return None
    between = linking.words(min(verb.end, pair[1].start), pair[1].start)
    return None if any(w.lemma in MEMBERSHIP for w in between) else pair


def gerund_subject(
    verb: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> Mention | None:
    """ "Выступая за «Сибирь» на протяжении трех сезонов, Тарасенко забросил 30 шайб": a
    gerund that opens its sentence is said of the subject after its clause, the name
    right after the comma that closes it (an age or an adjective before it: ", 43-летний
    Петров"), in the nominative."""
    if any(w.pos not in ("PREP", "ADVB", "CONJ", "PRCL") for w in linking.words(start, verb.start)):
        return None
    comma = linking.text.find(",", verb.end)
    if comma < 0 or linking.sentence_start(comma) != start:
        return None
    if re.search(r"[;:()–—]", linking.text[verb.end : comma]):
        return None
    after = bisect_left(people, comma, key=lambda m: m.start)
    person = people[after] if after < len(people) else None
    if person is None or linking.sentence_start(person.start) != start:
        return None
    if not all(w.pos in ("ADJF", "NUMR") for w in linking.words(comma, person.start)):
        return None
    return person if "nomn" in linking.cases(person) else None


def member_pair(
    before: Sequence[Token], word: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> tuple[Mention, Mention] | None:
    """ "Тихонов выходил на поле в составе «Спартака»", "Руссос записал три диска в составе
    группы Aphrodite’s Child": the subject of the verb before "в составе" is in the
    organisation after it (a kind of team or band between), none of a country's team
    ("в составе сборной России" names no organisation here) nor a delegation's."""
    verbs = [w for w in before if w.pos == "VERB"]
    if not verbs or any(w.pos in CLAUSE_VERBS for w in before[before.index(verbs[-1]) + 1 :]):
        return None
    if linking.broken(verbs[-1].end, word.start):
        return None
    if within(people, verbs[-1].end, word.start):
        return None  # the verb's object: "Путин видел Петрова в составе «Зенита»"
    person = holder(verbs[-1], people, start, linking)
    name = next_name(linking, word.end)
    if person is None or name is None or name.type != "ORG":
        return None
    kinds = linking.words(word.end, name.start)
    if len(kinds) > 1 or not all(w.lemma in MEMBER_KINDS for w in kinds):
        return None
    if linking.broken(word.end, name.start):
        return None
    return person, name


def walked_pair(
    verb: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
    about: Callable[[Token], Mention | None],
) -> tuple[Mention, Mention] | None:
    """ "Алексей Жарков родился в Москве. Выпускник школы-студии МХАТ. Работал в Театре
    имени Ермоловой": a verb with no subject (`unstated_subject`), in a sentence that
    names no one, after one that names no one either (the sentence right before is
    `pronoun_holder`'s): the person the sentences before are about, by the verb's gender
    (`about`)."""
    before = linking.sentence_start(start - 1) if start else 0
    if any(before <= p.start < verb.start for p in people):
        return None
    words = linking.words(start, verb.start)
    if len(words) > MAX_SUBJECT_GAP or not unstated_subject(verb, words, linking):
        return None
    person = about(verb)
    name = None if person is None else held_workplace(verb, linking, is_country)
    return None if person is None or name is None else (person, name)


def headed_by(
    word: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> tuple[Mention, Mention] | None:
    """ "Алиев, который стоял во главе Азербайджана": the holder before, the organisation or
    place after; "РСП во главе с Никитой Михалковым": the organisation before, the holder
    after "с"."""
    following = linking.words(word.end, word.end + 3)[:1]
    if following and following[0].lemma == "с":
        person = person_after(following[0].end, people, linking)
        name = name_before(word.start, start, linking, reach=1)
        return None if person is None or name is None else (person, name)
    headed = with_at_head(word, people, start, linking)
    if headed is not None:
        return headed
    person = holder(word, people, start, linking)
    name = None if person is None else workplace(word, linking)
    return None if person is None or name is None else (person, name)


def with_at_head(
    word: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> tuple[Mention, Mention] | None:
    """ "Apple с Джобсом во главе": the name after "с" right before "во главе", the
    organisation right before "с"."""
    before = linking.words(start, word.start)
    if len(before) < 2 or before[-1].lemma not in ("в", "во"):
        return None
    named = within(people, start, before[-1].start)
    if not named or linking.words(named[-1].end, before[-1].start):
        return None
    person = named[-1]
    preposition = linking.words(start, person.start)[-1:]
    if not preposition or preposition[0].text.lower() not in ("с", "со"):
        return None
    name = name_before(preposition[0].start, start, linking, reach=0)
    return None if name is None or name.type != "ORG" else (person, name)


def led_by(
    word: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> tuple[Mention, Mention] | None:
    """ "Московский драматический театр под руководством Армена Джигарханяна": the
    organisation before, the holder after; or, after "под руководством", the subject right
    after the holder (`subject_after`)."""
    name = name_before(word.start, start, linking, reach=1)
    person = person_after(word.end, people, linking, reach=3)
    if person is not None and name is None and word.lemma in LEADERSHIP:
        name = subject_after(person, linking, is_country)
    return None if person is None or name is None else (person, name)


def subject_after(
    person: Mention, linking: LinkText, is_country: Callable[[Mention], bool]
) -> Mention | None:
    """ "под руководством Хосепа Гвардиолы «Барселона» завоевала", "под руководством
    Мадуро Венесуэла будет": the organisation or country right after the name, a verb
    right after it (its subject)."""
    name = next_name(linking, person.end)
    if name is None or linking.words(person.end, name.start):
        return None
    if re.search(r"[^\s«\"]", linking.text[person.end : name.start]):
        return None
    if name.type != "ORG" and not is_country(name):
        return None
    return name if verb_right_after(name, linking) else None


def person_after(
    offset: int, people: Sequence[Mention], linking: LinkText, reach: int = 2
) -> Mention | None:
    """The first name after `offset` in its sentence, at most `reach` words and no
    punctuation before it ("возглавил бельгиец Веркотерен")."""
    index = bisect_left(people, offset, key=lambda m: m.start)
    if index == len(people):
        return None
    person = people[index]
    if linking.sentence_start(person.start) != linking.sentence_start(offset):
        return None
    gap = linking.text[offset : person.start]
    if len(linking.words(offset, person.start)) > reach or re.search(r"[,;:()–—«»\"]", gap):
        return None
    return person


def name_before(offset: int, start: int, linking: LinkText, reach: int = 3) -> Mention | None:
    """The last organisation or place before `offset` in its sentence, at most `reach` words
    between ("С 2010 года South Stream Transport возглавляет", "партия «Пхыа Тхаи»,
    которую возглавляет"; a comma only before "который")."""
    inside = within(linking.names, start, offset)
    # the whole name, not a name inside it
    names = [
        m
        for m in inside
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside)
    ]
    if not names:
        return None
    name = after = names[-1]
    # the full name an abbreviation in brackets follows: "Российский союз правообладателей
    # (РСП) во главе с"
    if (
        len(names) > 1
        and linking.text[names[-2].end : name.start].strip() == "("
        and linking.text[name.end : name.end + 1] == ")"
    ):
        name = names[-2]
    words = linking.words(after.end, offset)
    lemmas = [w.lemma for w in words]
    if lemmas[:1] == ["который"] and len(words) <= reach + 1:
        return name
    if len(words) > reach or any(w.pos in CLAUSE_VERBS for w in words):
        return None
    # a comma with words after it ends the clause the name stands in
    if words and re.search(r"[,;:–—]", linking.text[after.end : offset]):
        return None
    return name


def holder(
    verb: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    allowed: frozenset[str] = ALLOWED_BETWEEN,
) -> Mention | None:
    """The name the verb is said of: the last one before it in the sentence, nothing but
    modifiers, a comma, "который" and the verbs `allowed` between, or a whole relative
    clause closed by a comma ("Бекхэм, который играл за «ПСЖ», выступал за «Милан»"); not
    after "не"."""
    clause = closed_clause(verb, start, linking)
    limit = verb.start if clause is None else clause[0]
    # a name after a preposition is no subject: "Кокрел, который при Килпатрике возглавлял";
    # nor one in parentheses, a gloss of the name before it: "сказал Скотт Хоровитц (Scott
    # Horowitz), бывший астронавт, который продолжает работать в НАСА"
    before = [
        p
        for p in people
        if start <= p.start
        and p.end <= limit
        and not after_preposition(p, start, linking)
        and not linking.in_parentheses(p.start)
    ]
    if not before:
        return pronoun_holder(verb, people, start, linking, allowed) if clause is None else None
    person = before[-1]
    if clause is not None:
        # the subject right before the clause: "Бекхэм, который играл за «ПСЖ», выступал"
        if linking.words(person.end, clause[0]):
            return None
        words = linking.words(clause[1], verb.start)
        if len(words) > MAX_SUBJECT_GAP or any(
            w.pos in CLAUSE_VERBS or w.lemma == "не" for w in words
        ):
            return None
        nominative = "nomn" in linking.cases(person) or opens_sentence(person, start, linking)
        return person if nominative else None
    words = linking.words(person.end, verb.start)
    if any(w.lemma == "не" for w in words[-1:]):
        return None
    chained = is_predicate_chain(verb, words, allowed, linking)
    if len(words) > (MAX_CHAIN_GAP if chained else MAX_SUBJECT_GAP):
        return None
    # another verb between: "Иванов заявил, что возглавит ..." is someone's plan, not his
    # post; "начал работать" is; a gerund is its clause's subject's past another verb
    # ("Орешкин имеет стаж в коммерческой сфере, поработав в «Росбанке»"), not past a
    # subordinate clause opening ("Иванов заявил, что, поработав в «Газпроме», ...")
    if verb.pos == "GRND":
        if any(w.lemma in SUBORDINATING for w in words):
            return None
    elif not chained and any(w.pos in CLAUSE_VERBS and w.lemma not in allowed for w in words):
        return None
    if verb.pos in ("VERB", "GRND") and not (
        "nomn" in linking.cases(person)
        or any(w.lemma == "который" for w in words)
        or opens_sentence(person, start, linking)
    ):
        return None
    return person


def is_predicate_chain(
    verb: Token, words: Sequence[Token], allowed: frozenset[str], linking: LinkText
) -> bool:
    """ "Петров родился в 1955 году, окончил училище и служил в Советской Армии": the verbs
    between the subject and a verb in the past are its fellow predicates, in the past and
    of its gender and number, with no clause of their own opening ("что", "который")."""
    if verb.pos != "VERB" or any(w.lemma in SUBORDINATING for w in words):
        return False
    between = [w for w in words if w.pos in CLAUSE_VERBS and w.lemma not in allowed]
    form = past_form(verb, linking)
    return (
        bool(between)
        and form is not None
        and all(w.pos == "VERB" and past_form(w, linking) == form for w in between)
    )


def past_form(verb: Token, linking: LinkText) -> tuple[str | None, str | None] | None:
    """The gender and number of a verb in the past ("служил": masc, sing), or none."""
    parses = linking.morph.parse(verb.text)[:1]
    if not parses or "past" not in parses[0].tag:
        return None
    return parses[0].tag.gender, parses[0].tag.number


def closed_clause(verb: Token, start: int, linking: LinkText) -> tuple[int, int] | None:
    """The offsets of a relative clause closed by a comma before the verb, of the name
    before it: "Бекхэм, который до недавнего времени играл за «ПСЖ», выступал за «Милан»";
    the verb's subject stands before it, not in it ("Иванов, которого уволил Петров,
    возглавлял")."""
    match = CLOSED_CLAUSE.search(linking.text, start, verb.start)
    return None if match is None else (match.start(), match.end())


def pronoun_holder(
    verb: Token,
    people: Sequence[Mention],
    start: int,
    linking: LinkText,
    allowed: frozenset[str] = ALLOWED_BETWEEN,
) -> Mention | None:
    """ "Грин пришёл в банк в 1992 году. С 2006 года он возглавляет HSBC": "он" or "она"
    as the subject, no name in the sentence before it: the last name before the sentence."""
    words = linking.words(start, verb.start)
    pronouns = [i for i, w in enumerate(words) if w.text.lower() in ("он", "она")]
    unstated = not pronouns and unstated_subject(verb, words, linking)
    if unstated:
        pronouns = [-1]
    if len(pronouns) != 1 or len(words) - pronouns[0] - 1 > MAX_SUBJECT_GAP:
        return None
    if any(w.pos in CLAUSE_VERBS and w.lemma not in allowed for w in words):
        return None
    earlier = [p for p in people if p.end <= start]
    if unstated:
        # the subject of the sentence before: "Педченко родился", not "у Фёдора Хитрука"
        before = linking.sentence_start(start - 1)
        earlier = [
            p
            for p in earlier
            if p.start >= before
            and "nomn" in linking.cases(p)
            and not after_preposition(p, before, linking)
        ]
    return earlier[-1] if earlier else None


def unstated_subject(verb: Token, words: Sequence[Token], linking: LinkText) -> bool:
    """ "Педченко родился в 1955 году. С 1973 года служил в Советской Армии": a verb in the
    past singular, only circumstances before it in its sentence (a preposition before any
    noun), says what the one the text is about did."""
    parses = linking.morph.parse(verb.text)[:1]
    if verb.pos != "VERB" or not parses or {"past", "sing"} not in parses[0].tag:
        return False
    after_preposition = False
    for word in words:
        after_preposition = after_preposition or word.pos == "PREP"
        if word.pos not in CIRCUMSTANCE_POS or word.pos in DESCRIPTOR_POS and not after_preposition:
            return False
    return True


def opens_sentence(person: Mention, start: int, linking: LinkText) -> bool:
    """A name only adjectives precede in its sentence is its subject, whatever case a
    foreign name seems to be in ("63-летний Марио Драги возглавляет")."""
    return all(w.pos in ("ADJF", "NUMR") for w in linking.words(start, person.start))


def after_preposition(person: Mention, start: int, linking: LinkText) -> bool:
    """A name right after a preposition ("при Килпатрике"), or, past a verb, after one and
    the lower-case genitives of its noun ("родилась в семье вице-губернатора штата Кэтлин
    Кеннеди Таунсенд"): no subject. (A phrase that opens the sentence is a circumstance
    before its subject: "После окончания университета Колин работала".)"""
    words = linking.words(start, person.start)
    if not words or words[-1].pos == "PREP":
        return bool(words)
    at = len(words) - 1
    while at > 1 and is_genitive_descriptor(words[at], linking):
        at -= 1
    if at < len(words) - 1 and words[at].pos in DESCRIPTOR_POS:
        at -= 1  # the noun the preposition governs: "семье"
    return at > 0 and words[at].pos == "PREP" and any(w.pos == "VERB" for w in words[:at])


def post_words(words: Sequence[Token], linking: LinkText) -> list[Token]:
    """The post a verb of working names in the instrumental before where: "работает
    режиссером-постановщиком в Александринском театре", "работал главным инженером на
    заводе"."""
    post = list(takewhile(lambda w: is_instrumental_word(w, linking), words[:MAX_POST_WORDS]))
    return post if any(w.pos == "NOUN" for w in post) else []


def is_instrumental_word(word: Token, linking: LinkText) -> bool:
    """A lower-case noun or adjective that may be in the instrumental."""
    if not word.text.islower() or word.pos not in DESCRIPTOR_POS:
        return False
    return any(case_of(p.tag) == "ablt" for p in linking.morph.parse(word.text))


def workplace(verb: Token, linking: LinkText) -> Mention | None:
    """The organisation right after the verb ("возглавляет Газпром", a place too:
    "возглавлял Чехию"), or after "в"/"на" for working ("работал в HSBC")."""
    name = next_name(linking, verb.end)
    if name is None:
        return None
    words = linking.words(verb.end, name.start)
    if verb.lemma in WORKING or verb.lemma in PLAYING:
        # "играл полузащитником за «Пари Сен-Жермен»"
        words = words[len(post_words(words, linking)) :]
        # "работает сейчас в «Газпроме»", "посты сначала в компании Statoil"
        words = words[1:] if words[:1] and words[0].pos == "ADVB" else words
    if verb.lemma in IN_WORKPLACE:
        wanted = IN if verb.lemma not in PLAYING else PLAYED_FOR.get(verb.lemma, ("за",))
        if not words or words[0].lemma not in wanted:
            return None
        # a club or a theatre one plays in: "играл в «Спартаке»", "в составе «Спартака»",
        # "в Театре имени Ермоловой"; not a match, a final or a game ("играл в финале НХЛ"),
        # nor a cause one speaks for ("выступает за отмену санкций «Газпрома»")
        if verb.lemma in PLAYING and not all(
            w.pos != "NOUN" or w.lemma in PLAYED_IN for w in words[1:]
        ):
            return None
        # "работает в Ираке" (whether the place is a country, `verb_pair` asks), not
        # "вернулся в Москву"
        if name.type != "ORG" and not (verb.lemma in WORKING and name.type == "LOC"):
            return None
        words = words[1:]
    if len(words) > MAX_DESCRIPTOR_WORDS or not all(
        w.text.islower()
        and w.pos in DESCRIPTOR_POS
        and w.lemma not in NOT_BODIES
        or LEGAL_FORM.fullmatch(w.text)  # "возглавлял ЗАО «Грузинская железная дорога»"
        for w in words
    ):
        return None
    gap = linking.text[verb.end : name.start]
    # "выступал за команды: «Джордан», «Бенеттон»": a colon after the kind of team opens
    # the list of them
    if any(c in gap for c in ",;()–—") or ":" in gap and not KIND_COLON.search(gap):
        return None
    return name
