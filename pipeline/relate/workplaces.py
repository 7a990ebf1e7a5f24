"""Where a linked title is held: the organisation (else place) of a (title, person) link,
read off its sentence.

  inside or right after the title   "министр культуры и информации РК", "посол Японии в России"
  where an envoy is sent            "назначен послом в России", "полпредом в СКФО": the place
                                    after "в" in the prepositional case
  a list, name by name              "министры иностранных дел России и Казахстана Сергей
                                    Лавров и Мурат Нуртлеу": Россия for Лавров, Казахстан
                                    for Нуртлеу
  a list, a place before each name  "губернаторы регионов - Саратовской области Павел
                                    Ипатов, Кировской области Никита Белых"
  after the holder's name           "директор Иван Петров из ТАСС", "Иван Петров (ТАСС)"
  "в" an organisation after it      "занял пост генерального директора в компании «МНКТ»"
  "в" a body of a place after it    "министром торговли в правительстве Великобритании"
  "от" an organisation after it     "депутат от партии «Единая Россия»"
  "работать в" an organisation     "до 2012 года работала в Google инженером", "занимал в
  before the title                  ВТБ пост вице-президента"
  an organisation opening the       "В «Газпроме» Иванов занимает пост директора",
  sentence with "в"                 "В Газпроме председатель правления Алексей Миллер заявил",
                                    "В Сенате, где демократы сохранили большинство, спикер
                                    Гарри Рид заявил"
  the organisation that appoints    "Минобрнауки назначило Ивана Петрова ректором"
  a possessive before the title:    "в нынешней Думе мигалки положены её председателю
  the organisation named before     Вячеславу Володину"
  a kind of organisation ending     "ФК «Спартак» объявил об отставке главного тренера
  the title: the one named before   команды Дмитрия Аленичева"
Places after "в" are where someone goes, not where a post is held ("визит министра в
Казахстан"), so only organisations count there. An honorary title is held in no place:
a "народный артист СССР" works in no Soviet Union (a "заслуженный профессор МГУ" does teach
there, and a "народный депутат Украины" sits in its parliament); a party one is a member of
and a university one studies at are no workplaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText, within
from pipeline.relate.patterns import Pair
from pipeline.relate.predicates import APPOINTING, RANKS
from pipeline.text.inflect import ADJECTIVE_POS, case_of

# "генерального директора в компании «МНКТ»", "депутат от «Единой России»"
IN = frozenset({"в", "во", "на", "от"})
HOLDING = frozenset(
    {"занимать", "занять", "работать", "служить", "трудиться", "возглавлять", "возглавить",
     "быть", "являться", "стать", "оставаться", "назначить", "избрать"}
)  # fmt: skip
# what may stand between "в" and the organisation: "в нефтедобывающей компании «МНКТ»"
MAX_DESCRIPTOR_WORDS = 3
LEGAL_FORM = re.compile(r"[ОПЗ]?АО|ООО|ОДО|ИП|ГУП|ФГУП|НКО")
NAME_JOINT = re.compile(r"^\s*(?:,|и|,\s*и)\s*$")
# what opens a list after its title: "губернаторы нескольких регионов - ", "министры: "
LIST_OPENS = re.compile(r"[:–—-]\s*$")
# a clause set off by commas after the organisation: "В Сенате, где демократы сохранили
# большинство, спикер Гарри Рид заявил"
CLAUSE = re.compile(r"^[»\"“”\s]*,\s*(?:где|куда|(?:в|во|на)?\s*котор\w+)\b[^,;:()–—]*,")
# kinds of organisation a title may end with instead of a name ("тренер команды"): they
# refer back to the organisation named before
# posts held where they are sent ("послом в России"); lexicon heads ("полпред" and
# "постпред" are filed under "представитель")
# posts a state gives: of these a country's adjective names the workplace ("российский
# президент", "британского премьера"); of a profession it names a nationality ("немецкий
# режиссёр", "российских шахматистов")
STATE_POSTS = frozenset(
    {"президент", "премьер-министр", "премьер", "министр", "замминистра", "посол", "консул",
     "дипломат", "депутат", "сенатор", "парламентарий", "спикер", "канцлер", "король",
     "королева", "принц", "принцесса", "царь", "император", "губернатор", "мэр", "госсекретарь",
     "генерал", "адмирал", "маршал", "военный", "чиновник", "глава", "вице-президент",
     "вице-премьер", "полпред", "прокурор", "генпрокурор"}
)  # fmt: skip
# the bodies a member of which holds a seat there ("член Совета Федерации", "член правления
# ЕЦБ", "член Палаты представителей"), by the stems of their words; a member of any other
# organisation belongs to it but works in none ("Член ЛДПР", "членом Союза художников
# России", "члену ХДС"); a member of the government is one of its ministers
MEMBER_BODIES = (
    "совет", "совфед", "палат", "парламент", "дум", "комитет", "комисси", "правлени",
    "президиум", "сенат", "конгресс", "бундестаг", "рад", "меджлис", "собрани", "хурал",
    "курултай", "кнессет", "сейм", "ассамбле", "правительств", "кабинет",
)  # fmt: skip
# "генерал армии" names a rank (the highest of the army), not a post in a body
SERVICES = frozenset({"армии"})
STUDYING = frozenset({"студент", "студентка", "аспирант", "аспирантка", "курсант", "слушатель"})
HONOURS = ("народн", "заслуженн")  # "народный артист", "заслуженной артистки"
ENVOYS = frozenset({"посол", "представитель", "консул", "посланник", "торгпред"})
# the possessives that may refer to an organisation, and the gender (or number) each tells
# of what it refers to (`possessors.possessor`)
POSSESSIVE_GENDERS = {"его": "masc", "её": "femn", "ее": "femn", "их": "plur"}
POSSESSIVES = frozenset(POSSESSIVE_GENDERS)
# titles held for a person, not in an organisation: "его адвокат", "её муж"
OF_A_PERSON = frozenset(
    {"адвокат", "помощник", "советник", "заместитель", "пресс-секретарь", "представитель",
     "секретарь", "охранник", "телохранитель", "врач", "агент", "защитник", "соратник",
     "сторонник", "преемник", "предшественник", "коллега", "наставник", "тренер"}
)  # fmt: skip
# verbs of working in an organisation: "работала в Google инженером"
WORKING = frozenset({"работать", "проработать", "служить", "трудиться", "занимать", "занять"})
KINDS = frozenset(
    {"команда", "клуб", "компания", "корпорация", "концерн", "холдинг", "группа", "партия",
     "банк", "фонд", "агентство", "ведомство", "министерство", "театр", "издание", "газета",
     "телеканал", "университет", "коллектив", "организация", "федерация", "сборная"}
)  # fmt: skip
# the bodies a place has, named before it: "в правительстве Великобритании"
PLACE_BODIES = KINDS | {
    "правительство", "администрация", "посольство", "парламент", "армия", "мэрия",
    "полиция", "прокуратура", "суд", "кабинет", "аппарат", "служба", "департамент",
}  # fmt: skip
# "(проект «Метро»)", "(группа «Ленинград»)": a kind of organisation in brackets before its
# name
BRACKETED_KIND = re.compile(r"\(\s*([а-яё-]+\s+)?[«\"]?")
BRACKET_KINDS = (KINDS - {"партия"}) | {"проект", "ансамбль", "оркестр"}


def is_honorary(title: Mention, linking: LinkText) -> bool:
    """ "народный артист России", "заслуженной артистки РСФСР", "Заслуженный поэт Мордовии":
    an honour the state gives, not a post in it (its place is no workplace; an organisation
    is: "заслуженный профессор МГУ"); "народный депутат" is a post."""
    before = linking.words(linking.sentence_start(title.start), title.start)[-1:]
    words = [*before, *linking.words(title.start, title.end)[:1]]
    return any(
        w.text.lower().startswith(HONOURS) for w in words
    ) and "депутат" not in linking.title_key(title)


def held_at(title: Mention, name: Mention, linking: LinkText) -> bool:
    """Whether the title names a post at the organisation or place: not an honour in a
    place (`is_honorary`), not a party or other organisation one is a member of ("член
    Республиканской партии", "член партии «Лига Севера»", "Член ЛДПР", "членом Союза
    художников России"; a "член Совета Федерации" or "член правления ЕЦБ" sits in it:
    `MEMBER_BODIES`), not a university one studies at ("аспирант МГУ"), not the army of
    a rank ("генерал армии")."""
    heads = set(linking.title_key(title).split())
    if heads & STUDYING:
        return False
    if name.type == "LOC" and is_honorary(title, linking):
        return False
    first = linking.words(title.start, title.end)[:1]
    if name.text in SERVICES and first and first[0].lemma in RANKS:
        return False
    if "член" not in heads or name.text[:1].islower():
        return True  # a body named by its kind ("членом таможенного союза ЕС") is one's seat
    named = linking.text[title.start : max(name.end, title.start)].lower()
    return "парти" not in named and any(
        word.startswith(MEMBER_BODIES) for word in re.findall(r"\w+", named)
    )


def workplaces(pairs: Sequence[Pair], linking: LinkText) -> dict[tuple[int, int], int]:
    """The organisation (or place) mention of each (title, person) link that has one, by
    (title id, person id)."""
    found: dict[tuple[int, int], int] = {}
    holders: dict[int, list[Mention]] = defaultdict(list)
    for title, person in pairs:
        holders[title.id].append(person)
    names = {name.id: name for name in linking.names}
    for title, person in pairs:
        for reading in READINGS:
            org = reading(title, person, holders[title.id], linking)
            if org is not None:  # a mention id; 0 is one
                if org not in names or held_at(title, names[org], linking):
                    found[(title.id, person.id)] = org
                break
    return found


def listed_place(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """The n-th of the n coordinated names that end a title n persons hold: "главы МИД
    России, Казахстана и Белоруссии Сергей Лавров, Мурат Нуртлеу и Максим Рыженков"
    (Казахстан for Нуртлеу; МИД, before the list, is no country of theirs)."""
    if len(holders) < 2:
        return None
    inside = within(linking.names, title.start, title.end)
    outer = [
        m
        for m in inside
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside)
    ]
    if len(outer) < len(holders):
        return None
    listed = outer[-len(holders) :]
    if not all(NAME_JOINT.match(linking.gap(a, b)) for a, b in pairwise(listed)):
        return None
    ordered = sorted(holders, key=lambda m: m.start)
    return listed[ordered.index(person)].id


def place_before_holder(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "губернаторы нескольких регионов - Приморского края С.Дарькин, Саратовской области
    Павел Ипатов": in a list of the holders of one title, the place (or organisation) in the
    genitive right before a name, opening its item, is that holder's."""
    if len(holders) < 2 or person.start < title.end:
        return None
    before = within(linking.names, title.end, person.start)
    if not before or linking.text[before[-1].end : person.start].strip():
        return None
    name = before[-1]
    previous = [h for h in holders if title.end <= h.end <= name.start]
    if previous:
        if not NAME_JOINT.match(linking.text[max(h.end for h in previous) : name.start]):
            return None
    elif (
        not LIST_OPENS.search(linking.text[title.end : name.start])
        or len(linking.words(title.end, name.start)) > MAX_DESCRIPTOR_WORDS
        or len(before) > 1
    ):
        return None
    return name.id if may_be_in(name, "gent", linking) else None


def next_name(linking: LinkText, offset: int) -> Mention | None:
    """The first organisation or place starting at or after `offset` in its sentence."""
    names = linking.names
    index = bisect_left(names, offset, key=lambda m: m.start)
    if index >= len(names):
        return None
    name = names[index]
    if linking.sentence_start(name.start) != linking.sentence_start(offset):
        return None
    return name


def envoy_place(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "назначен послом в России", "полпредом в СКФО": an envoy whose title names no
    country holds his post where he is sent, a place (or body: "представитель при ООН")
    after "в" or "при", in the prepositional case ("в России", not "приехал в Россию")."""
    if not ENVOYS & set(linking.title_key(title).split()):
        return None
    name = next_name(linking, title.end)
    if name is None:
        return None
    gap = [w.lemma for w in linking.words(title.end, name.start)]
    if gap in (["в"], ["во"], ["при"]) and may_be_in(name, "loct", linking):
        return name.id
    return None


def may_be_in(name: Mention, case: str, linking: LinkText) -> bool:
    """ "в России", "Саратовской области", "США" (undeclined): the first word may be in
    `case` (the prepositional after "в"; after "при", any case: "при ООН")."""
    words = linking.words(name.start, name.end)
    if not words:
        return False
    cases = {case_of(p.tag) for p in linking.morph.parse(words[0].text)}
    return case in cases or None in cases


def inside_or_right_after(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "министр культуры и информации РК", "посол Японии в России"."""
    return linking.organisation(title)


def after_name(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "Иван Петров из ТАСС", "Иван Петров (ТАСС)": where the holder comes from."""
    name = org_after_name(person, linking)
    return None if name is None else name.id


def org_after_name(person: Mention, linking: LinkText) -> Mention | None:
    """The organisation a person comes from: "из" it ("Деррик Роуз из команды Chicago
    Bulls"), or it in brackets ("Иван Петров (ТАСС)"). A place is where one comes from,
    not a workplace ("журналисты из России")."""
    name = next_name(linking, person.end)
    if name is None or name.type != "ORG":
        return None
    gap = linking.text[person.end : name.start].strip()
    # "Иван Петров (ТАСС)", "Лионель Месси («Барселона»)", "Неймар («Барселона»/«ПСЖ»)",
    # "Юрий Царёв (проект «Метро»)": maybe a kind of organisation before it, not a party
    kind = BRACKETED_KIND.fullmatch(gap)
    if (
        kind is not None
        and (not kind.group(1) or linking.words(person.end, name.start)[-1].lemma in BRACKET_KINDS)
        and re.match(r"[»\"]?[)/]", linking.text[name.end : name.end + 2])
    ):
        return name
    words = linking.words(person.end, name.start)
    if not words or words[0].text.lower() != "из" or re.search(r"[^\w\s«\"-]", gap):
        return None
    if len(words) <= MAX_DESCRIPTOR_WORDS and all(
        w.text.islower() and w.pos in ("NOUN", "ADJF") for w in words[1:]
    ):
        return name
    return None


def after_preposition(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "генерального директора в нефтедобывающей компании «МНКТ»": "в", a few words that
    say what kind of organisation, the organisation; or the place whose body those words
    name, where the body is ("министром торговли в правительстве Великобритании")."""
    name = next_name(linking, title.end)
    if name is None:
        return None
    gap = linking.text[title.end : name.start]
    if re.search(r"[^\w\s«»\"„“”-]", gap):
        return None
    words = linking.words(title.end, name.start)
    if not words or words[0].lemma not in IN or len(words) > MAX_DESCRIPTOR_WORDS + 1:
        return None
    if name.type != "ORG" and not (
        words[0].lemma in ("в", "во") and len(words) > 1 and is_body_in(words[1], linking)
    ):
        return None
    if all(
        w.text.islower() and w.pos in ("NOUN", "ADJF", "PRTF") or LEGAL_FORM.fullmatch(w.text)
        for w in words[1:]
    ):
        return name.id
    return None


def is_body_in(word: Token, linking: LinkText) -> bool:
    """A body of a place in the prepositional case after "в": "в правительстве", "в
    посольстве", not "в столицу" nor "в истории"."""
    return word.lemma in PLACE_BODIES and any(
        case_of(p.tag) == "loct" for p in linking.morph.parse(word.text)
    )


def worked_in_before(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "Марисса Майер работала в Google инженером", "Патрушев занимал в банке ВТБ пост
    вице-президента": a verb of holding a post, "в" or "на" and an organisation right
    before the title, which is in the instrumental or follows "пост"/"должность"."""
    start = linking.sentence_start(title.start)
    before = [m for m in within(linking.names, start, title.start) if m.type == "ORG"]
    if not before:
        return None
    name = before[-1]
    if name.start < person.start < title.start:
        return None  # "в Газпроме Иванов стал директором": opening_organisation's case
    between = linking.words(name.end, title.start)
    post = [w.lemma for w in between] in (["пост"], ["должность"])
    if between and not post or not (post or linking.is_instrumental(title)):
        return None
    words = linking.words(start, name.start)
    preposition = max(
        (i for i, w in enumerate(words) if w.lemma in ("в", "во", "на")), default=None
    )
    if preposition is None or len(words) - preposition - 1 > MAX_DESCRIPTOR_WORDS:
        return None
    descriptors = words[preposition + 1 :]  # "в банке ВТБ"
    if not all(w.text.islower() and w.pos in ("NOUN", "ADJF", "PRTF") for w in descriptors):
        return None
    verbs = words[max(0, preposition - 2) : preposition]
    if not any(w.lemma in WORKING for w in verbs):
        return None
    return name.id


def opening_organisation(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "В «Газпроме» Иванов занимает пост директора": "в" and an organisation open the
    sentence of the link."""
    start = linking.sentence_start(title.start)
    if linking.sentence_start(person.start) != start:
        return None
    name = next_name(linking, start)
    if name is None or name.type != "ORG" or name.end > min(title.start, person.start):
        return None
    words = linking.words(start, name.start)
    if [w.lemma for w in words] not in (["в"], ["во"]):
        return None
    # "В «Газпроме» Иванов занимает пост": a verb of holding a post, not "В Минобороны
    # проведены перестановки"; or the title right after the organisation (or after a
    # clause on it: "В Сенате, где ..., спикер"), its holder right after the title ("В
    # Газпроме председатель правления Алексей Миллер заявил")
    verbs = linking.words(name.end, max(title.end, person.end))
    if any(w.lemma in HOLDING for w in verbs):
        return name.id
    between = CLAUSE.sub("", linking.text[name.end : title.start])
    adjacent = not re.sub(r"[»\"“”\s]", "", between)
    return name.id if adjacent and not linking.gap(title, person).strip() else None


def appointing_organisation(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "Минобрнауки назначило Ивана Петрова ректором": the organisation that appoints."""
    first = min(title.start, person.start)
    start = linking.sentence_start(first)
    before = [m for m in within(linking.names, start, first) if m.type == "ORG"]
    if not before:
        return None
    name = before[-1]
    words = linking.words(name.end, first)
    appoints = any(w.lemma in APPOINTING and w.pos == "VERB" for w in words)
    if 0 < len(words) <= 2 and appoints and not linking.broken(name.end, first):
        return name.id
    return None


def kind_antecedent(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "ФК «Спартак» объявил об отставке главного тренера команды Дмитрия Аленичева": a
    title ending with a kind of organisation and no name takes the organisation named last
    before it in its sentence, not across a dash that starts another statement ("Угбома -
    руководитель проекта Mushroom works, Гергей Ковач - лидер партии")."""
    words = linking.words(title.start, title.end)
    if len(words) < 2 or not words[-1].text.islower() or words[-1].lemma not in KINDS:
        return None
    start = linking.sentence_start(title.start)
    before = [m for m in within(linking.names, start, title.start) if m.type == "ORG"]
    if not before or re.search(r"[;–—]|\s-\s", linking.text[before[-1].end : title.start]):
        return None
    return before[-1].id


def possessive_antecedent(
    title: Mention, person: Mention, holders: list[Mention], linking: LinkText
) -> int | None:
    """ "Национальная ассамблея избрала членов Госсовета, назначив Кастро его
    председателем": "его", "её" or "их" right before a title refers to the organisation
    named last before it in the sentence. Not a title a person has of another person
    ("его адвокат", "её помощник")."""
    start = linking.sentence_start(title.start)
    before = linking.words(start, title.start)
    if not before or set(linking.title_key(title).split()) & OF_A_PERSON:
        return None
    if before[-1].text.lower() in POSSESSIVES:
        names = [m for m in within(linking.names, start, before[-1].start) if m.type == "ORG"]
        return names[-1].id if names else None
    return reflexive_antecedent(before, start, linking)


def reflexive_antecedent(before: Sequence[Token], start: int, linking: LinkText) -> int | None:
    """ "ODS в лице своего нового председателя Мартина Куба заявила", "Политическое бюро
    Национального фронта поддержало кандидатуру своего председателя Марин Ле Пен": "свой"
    (an adjective may follow it) refers to the subject, the organisation named last before
    it, when no name stands between them ("На заседании «Газпрома» Алексей Миллер
    представил своего вице-президента": the person, who is no name `linking` holds, is the
    subject)."""
    at = len(before) - 1
    if at > 0 and before[at].pos in ADJECTIVE_POS and before[at].lemma != "свой":
        at -= 1
    if before[at].lemma != "свой":
        return None
    organisations = [m for m in within(linking.names, start, before[at].start) if m.type == "ORG"]
    if not organisations:
        return None
    between = linking.words(organisations[-1].end, before[at].start)
    return None if any(word.text[0].isupper() for word in between) else organisations[-1].id


Reading = Callable[[Mention, Mention, list[Mention], LinkText], int | None]
READINGS: tuple[Reading, ...] = (
    listed_place,
    place_before_holder,
    inside_or_right_after,
    envoy_place,
    after_name,
    after_preposition,
    worked_in_before,
    opening_organisation,
    appointing_organisation,
    kind_antecedent,
    possessive_antecedent,
)
