"""Stage 3c: one reading of a person's name across the document.

Each mention may say something of the name from the words around it: "Асия Биби
заявила", "— заявила Тереза Мэй", "Асии Биби, которая" give the gender, a verb or a list
item that the mention is a nominative. The document then decides for all the mentions of
one person together: the gender first, then the reading most of them support.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.frozen import quick_init
from pipeline.normalize.person_forms import PersonForms, known_lemma
from pipeline.records import Mention, Span, Token
from pipeline.text.inflect import (
    ADJECTIVE_POS,
    CASES,
    MentionForm,
    case_of,
    inflect,
    mention_form,
    name_readings,
)
from pipeline.text.morphology import Morphology
from pipeline.text.prepositions import GOVERNED_CASES

VOWELS = "аеёиоуыэюя"
POSSESSIVE_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
AGREEING_POS = frozenset({"VERB", "PRTS", "ADJS"})
ATTRIBUTE_POS = frozenset({"ADJF", "PRTF"})
ADJECTIVE = frozenset({"ADJF"})
RELATIVE = {"которая": "femn", "которую": "femn", "которой": "femn", "который": "masc",
            "которого": "masc", "которому": "masc", "котором": "masc"}  # fmt: skip
# women's nouns of kinship and company, which take a genitive ("дочь Ивана")
RELATIVES = frozenset({
    "жена", "супруга", "вдова", "невеста", "подруга", "спутница", "сестра", "дочь", "дочка",
    "мать", "мама", "бабушка", "внучка", "тётя", "тетя", "племянница", "невестка", "сноха",
    "свекровь", "тёща", "теща", "мачеха", "падчерица", "кузина", "любовница", "возлюбленная",
    "наследница", "помощница", "ученица", "поклонница", "соратница", "сотрудница",
})  # fmt: skip
# the one case a preposition governs of a person's name ("о Джо Байдене", "у Джо Байдена"):
# after "с" the instrumental ("встреча с Си Цзиньпином"), hardly ever the genitive
PREPOSITION_CASES = {
    preposition: "ablt" if preposition in ("с", "со") else next(iter(cases))
    for preposition, cases in GOVERNED_CASES.items()
    if len(cases) == 1 or preposition in ("с", "со")
}
# what may follow a name standing alone at the start of a line: "• Тору Камикава (Япония)"
LIST_ITEM_FOLLOWERS = frozenset({"(", ",", "-", "–", "—", ":"})
BULLETS = frozenset({"•", "-", "–", "—", "*", "·"})
ITEM_BULLETS = frozenset({"•", "·", "▪", "●"})  # these start an item even within a line


def agreeing_gender(token: Token, morph: Morphology) -> str | None:
    """The gender of a singular past-tense verb or short form, when every reading agrees."""
    genders = {
        p.tag.gender
        for p in morph.parse(token.text)
        if p.tag.POS in AGREEING_POS and p.tag.number == "sing"
    }
    if len(genders) == 1 and all(p.tag.POS in AGREEING_POS for p in morph.parse(token.text)[:1]):
        return genders.pop()
    return None


def attribute(token: Token, morph: Morphology, kinds: frozenset[str]) -> tuple[str, bool] | None:
    """An adjective's (or participle's) gender, when every reading agrees, and whether it
    is a nominative ("известная", "возглавлявший": the accusative of a thing aside)."""
    parses = [p for p in morph.parse(token.text) if p.tag.POS in kinds and p.tag.number == "sing"]
    if not parses or morph.parse(token.text)[0].tag.POS not in kinds:
        return None
    genders = {p.tag.gender for p in parses}
    if len(genders) != 1 or None in genders:
        return None
    cases = {p.tag.case for p in parses if not (p.tag.case == "accs" and p.tag.animacy == "inan")}
    return genders.pop(), cases == {"nomn"}


@quick_init
@dataclass(frozen=True, slots=True)
class GrammarCue:
    """What a word next to a name says of it: its gender (a verb or adjective agrees
    with it), and whether it stands in the nominative (a verb agrees with its subject)."""

    gender: str | None
    nominative: bool
    case: str | None = None  # a title right before the name agrees with it in case
    # a man's title writes its accusative as its genitive ("министра"), a name may not:
    # "проповедника Фетхуллу Гюлена" is Фетхулла's accusative
    accusative_too: bool = False
    # a thing's noun before the name governs its genitive ("инаугурации Джо Байдена"),
    # or another case, or ends a phrase before a subject; a preposition governs its case:
    # weak cues (`PersonEvidence.case`)
    governed: bool = False
    # a thing's or a relative's noun right before a name may govern its genitive, and the
    # verb after agree with that noun ("под руководством Сергея Шойгу подготовила",
    # "жена Джорджа Клуни заявила"): weak evidence of the name's own gender
    owned: bool = False
    preposition: bool = False  # the governing word is a preposition ("с Джорджей Мелони")
    # the agreeing verb stands before the name, which may be its object as well as its
    # subject ("заявил Сергей Елкин", "поздравил Мигеля Диас-Канеля")
    inverted: bool = False
    # a common noun stands right before the name, which may be its genitive and the verb
    # another noun's ("за оскорбление пророка Мухаммеда предусмотрена смертная казнь")
    after_noun: bool = False


def gender_cue(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    morph: Morphology,
    single: bool = False,
) -> GrammarCue | None:
    """A cue to the gender or case of the name spanning tokens[first..last], or None.

    A verb agrees with its subject only: the cue is kept for a name that can be a
    nominative of that gender (`PersonEvidence.cue_gender`), so "адвокат Асии Биби заявил"
    says nothing of Асия, nor does a verb after a preposition's object. A verb before the
    name counts only right before it, with no subject of its own before it. After a
    common noun a name is its genitive ("план Мэй, который"), and ", который" or a
    participle after it may be the noun's. A `single` name, no other joined to it, has one
    person's noun beside it ("христианки Асии Биби" is no plural nominative).
    """
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    before = tokens[first - 1] if first > 0 else None
    governed = before is not None and before.pos == "NOUN" and before.text[:1].islower()
    if before is not None and governed:
        apposition = feminine_apposition(before, morph, single)
        if apposition is not None:
            return apposition
    if after is not None and after.text == "," and not governed:
        following = [t for t in tokens[last + 2 : last + 4] if t.pos not in ("ADVB", "COMP")][:1]
        if following:
            relative = RELATIVE.get(following[0].text.lower())
            if relative:
                return GrammarCue(relative, nominative=False)
            described = attribute(following[0], morph, ATTRIBUTE_POS)
            if described:
                return GrammarCue(described[0], nominative=described[1])
    after_preposition = before is not None and before.pos == "PREP"  # "у Биби случился спор"
    if after is not None and not after_preposition:
        found = agreeing_gender(after, morph)
        # a neuter verb agrees with no person: its subject is the noun before the name,
        # which governs it ("инаугурации Джо Байдена прошло")
        if found and found != "neut":
            owned = before is not None and (
                (governed and is_thing(before, morph)) or is_relative(before, morph)
            )
            return GrammarCue(found, nominative=True, owned=owned, after_noun=governed)
    if before is not None and before.pos == "VERB" and has_no_subject(tokens, first - 1):
        found = agreeing_gender(before, morph)
        if found:
            return GrammarCue(found, nominative=True, inverted=True)
    elif (
        before is not None
        and before.pos == "VERB"
        and declines_after_a_fixed_name(tokens[first : last + 1], morph)
        and is_transitive(before, morph)
        and is_someone(tokens[first - 2], morph)
    ):
        # the object of a verb whose subject, someone, stands before it: its accusative
        # ("Путин поздравил Джо Байдена": Байден, no Байдена; "Гол забил Диего Марадона"
        # puts the thing first)
        return GrammarCue(None, False, "accs", governed=True)
    # a participle before a name governs it ("основанная Меллоном"); an adjective does not
    if before is not None:
        described = attribute(before, morph, ADJECTIVE)
        if described:
            return GrammarCue(described[0], nominative=described[1])
    if starts_line(text, tokens, first) and (after is None or after.text in LIST_ITEM_FOLLOWERS):
        return GrammarCue(None, nominative=True)
    if not governed and is_copula_subject(tokens, last, morph):
        return GrammarCue(None, nominative=True)
    if before is not None and governed and is_thing(before, morph):
        return GrammarCue(None, nominative=False, case="gent", governed=True)
    if before is not None and before.text.lower() in PREPOSITION_CASES:
        case = PREPOSITION_CASES[before.text.lower()]
        return GrammarCue(None, False, case, governed=True, preposition=True)
    return None


DASHES = frozenset({"-", "–", "—"})


def is_copula_subject(tokens: Sequence[Token], last: int, morph: Morphology) -> bool:
    """Whether a dash and a person's noun that can only be a nominative follow the name,
    its predicate ("Ннека Угбома - руководитель проекта"; not "у Ннеки — руководителя")."""
    if last + 2 >= len(tokens) or tokens[last + 1].text not in DASHES:
        return False
    parses = [p for p in morph.parse(tokens[last + 2].text) if p.tag.POS == "NOUN"]
    return (
        bool(parses)
        and tokens[last + 2].text[:1].islower()
        and all(p.tag.animacy == "anim" and case_of(p.tag) == "nomn" for p in parses)
    )


def is_relative(noun: Token, morph: Morphology) -> bool:
    """Whether a noun of kinship or company may govern the name after it in the genitive
    ("жена Джорджа Клуни", "внучка Шаймиева", "жены Ивана")."""
    parses = [p for p in morph.parse(noun.text) if p.tag.POS == "NOUN"]
    return (
        bool(parses)
        and parses[0].normal_form in RELATIVES
        and bool({case_of(p.tag) for p in parses} & {"nomn", "gent"})
    )


def is_thing(noun: Token, morph: Morphology) -> bool:
    """Whether every noun reading of the word is inanimate ("инаугурации", "словам"; not
    "министра", "актёр", which may stand beside the name in its case)."""
    parses = [p for p in morph.parse(noun.text) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.animacy == "inan" for p in parses)


def feminine_apposition(noun: Token, morph: Morphology, single: bool = False) -> GrammarCue | None:
    """A woman's noun right before a name stands beside it in its case ("художница Алена
    Савельева", "актрисе Анне"); a man's noun does not tell ("министр Анна Попова"), and a
    thing's governs the name ("план Мэй"). Before a `single` name the noun is singular
    ("христианки Асии Биби": a genitive). The cue counts only where the name can be read
    so (`PersonEvidence.cue_gender`)."""
    parses = [p for p in morph.parse(noun.text) if p.tag.POS == "NOUN"]
    if single:
        parses = [p for p in parses if p.tag.number == "sing"] or parses
    if not parses or any(
        p.tag.animacy != "anim" or p.tag.gender != "femn" or p.tag.number != "sing" for p in parses
    ):
        return None
    cases = {case for p in parses if (case := case_of(p.tag))}
    # "сестра Таксина Чинавата", "жены Ивана": a relative's noun governs a genitive;
    # beside its other cases the name must agree ("с женой Грасой Машел")
    if parses[0].normal_form in RELATIVES and cases & {"nomn", "gent"}:
        return None
    return GrammarCue(
        "femn", nominative=cases == {"nomn"}, case=next(iter(cases)) if len(cases) == 1 else None
    )


def is_transitive(verb: Token, morph: Morphology) -> bool:
    """Whether the dictionary reads the word only as a transitive verb's finite form."""
    parses = [p for p in morph.parse(verb.text) if p.tag.POS == "VERB"]
    return bool(parses) and all("tran" in p.tag.grammemes for p in parses)


def is_someone(token: Token, morph: Morphology) -> bool:
    """Whether a word may be a person in the nominative: a pronoun or a living being's
    noun ("Путин", "президент", "он"; not "гол")."""
    return any(
        case_of(p.tag) == "nomn" and (p.tag.POS == "NPRO" or p.tag.animacy == "anim")
        for p in morph.parse(token.text)
    )


def declines_after_a_fixed_name(tokens: Sequence[Token], morph: Morphology) -> bool:
    """Whether a name is a first name that never declines ("Джо", "Коби") and a surname
    in -а or -я, a man's accusative or a nominative as written ("Байдена"): only the
    words around can tell which ("Арсену Венгеру" declines both, and its -у is no man's
    accusative)."""
    if len(tokens) < 2 or tokens[-1].text[-1:].lower() not in ("а", "я"):
        return False
    first = tokens[0].text
    readings = name_readings(first, morph)
    return bool(readings) and all(r.nominative == first for r in readings)


def has_no_subject(tokens: Sequence[Token], verb: int) -> bool:
    """Whether nothing before the verb looks like its subject: a noun or a capitalised
    word right before it ("Буш победил Гора": Гор is the object; "— заявила Тереза Мэй",
    "как им воспользовалась Биби": the name is the subject)."""
    if verb == 0:
        return True
    previous = tokens[verb - 1]
    return previous.pos != "NOUN" and not previous.text[:1].isupper()


def starts_line(text: str, tokens: Sequence[Token], first: int) -> bool:
    """Whether a line or a list item begins with the token, a number before it aside."""
    if first > 0 and tokens[first - 1].text in ITEM_BULLETS:
        return True
    index = first
    while index > 0 and (tokens[index - 1].text in BULLETS or tokens[index - 1].text.isdigit()):
        index -= 1
    if index == 0:
        return True
    return "\n" in text[tokens[index - 1].end : tokens[index].start]


def grammar_cues(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], morph: Morphology
) -> list[GrammarCue | None]:
    """The cue around each person span (None for other spans). A title right before the
    name gives its case ("премьер-министром Японии Фумио Кисидой"): an oblique one first of
    all, a nominative failing any other cue."""
    index = {token.start: i for i, token in enumerate(tokens)}
    title_ends: dict[int, Span] = {}
    for s in spans:  # the longest title ending there: "Директор актрисы", not "актрисы"
        if s.type == "TITLE":
            title_ends.setdefault(s.end, s)
    person_starts = {s.start for s in spans if s.type == "PER"}
    other_ends = {s.end: s for s in spans if s.type != "PER"}
    cues: list[GrammarCue | None] = []
    for span in spans:
        if span.type != "PER" or not span.tokens:
            cues.append(None)
            continue
        first = index[span.tokens[0].start]
        title = title_before(text, span, title_ends, colon=True)
        single = not names_follow(text, span, person_starts)
        cases: frozenset[str] = frozenset()
        if title is not None and not holder_follows(text, span, person_starts):
            cases = title_cases(title, morph, single)
            if cases == {"gent", "accs"} and after_person(tokens, title, index, morph):
                cases = frozenset()  # "дочь капитана Ханна Ингрэм-Мур": the daughter's name
        case = "gent" if cases == {"gent", "accs"} else next(iter(cases), None)
        if case not in (None, "nomn"):
            # the name stands beside the title in its case: a verb after it agrees with
            # another subject ("встреча с лидером КНДР Ким Чен Ыном прошла")
            cues.append(GrammarCue(None, False, case=case, accusative_too=len(cases) > 1))
            continue
        # a title's last word before the name is no noun of the person's own ("Директор
        # актрисы Марина Потапова")
        alone = single and title is None
        cue = gender_cue(text, tokens, first, first + len(span.tokens) - 1, morph, alone)
        if cue is not None and cue.governed and title_before(text, span, other_ends):
            # a title's or a name's last noun does not govern the name beside it:
            # "министру внутренних дел Саджиду Джавиду", "директора компании Альберта Бурла"
            cue = None
        elif cue is not None and cue.owned and case == "nomn":
            # the title's last noun owns no name after it: the verb agrees with the title
            # and its holder ("Глава евродипломатии Кая Каллас выступила")
            cue = replace(cue, owned=False)
        if cue is None and case is not None:
            cue = GrammarCue(None, nominative=True, case=case)
        cues.append(cue)
    return cues


def title_before(
    text: str, span: Span, title_ends: dict[int, Span], colon: bool = False
) -> Span | None:
    """The title (or other span) that ends right before the name, nothing but spaces
    between them, or with `colon` a colon too ("Главный редактор: Гаврилова А.В."), or a
    dash between spaces ("Министр обороны — Ицунори Онодэра")."""
    end = span.start
    while end > 0 and text[end - 1] in " \t\xa0":
        end -= 1
    if colon and end < span.start and text[end - 1 : end] == ":":
        end -= 1
    elif colon and end < span.start and text[end - 1 : end] in DASHES:
        end -= 1
        while end > 0 and text[end - 1] in " \t\xa0":
            end -= 1
    return title_ends.get(end) if end < span.start else None


# a name joined to the one before it: a plural title stands before several ("доктора
# Иванов и Петров")
JOINED_NAME = re.compile(r"[ \t\xa0]*(?:,|и(?=[ \t\xa0]))[ \t\xa0]*")


def names_follow(text: str, span: Span, person_starts: set[int]) -> bool:
    """Whether another name follows the person's, joined by a comma or "и"."""
    joined = JOINED_NAME.match(text, span.end)
    return joined is not None and joined.end() in person_starts


def holder_follows(text: str, span: Span, person_starts: set[int]) -> bool:
    """Whether another name follows the person's with nothing but a space between: the
    title before them is the second's, the first its possessor ("адвокат Асии Биби Саифул
    Малук", "вдова Ельцина Наина Иосифовна"), in a case the title does not tell."""
    end = span.end
    while end < len(text) and text[end] in " \t\xa0":
        end += 1
    return end > span.end and end in person_starts


def after_person(
    tokens: Sequence[Token], title: Span, index: dict[int, int], morph: Morphology
) -> bool:
    """Whether a person's noun stands right before the title, which may be its genitive
    and the name after it the person's ("дочь капитана Ханна", "жена президента")."""
    first = index.get(title.tokens[0].start, 0)
    if first == 0:
        return False
    parses = [p for p in morph.parse(tokens[first - 1].text) if p.tag.POS == "NOUN"]
    return any(p.tag.animacy == "anim" for p in parses)


def title_cases(title: Span, morph: Morphology, single: bool = False) -> frozenset[str]:
    """The case of a singular title, when its first word has only one, or an adjective
    and the noun after it have one between them: "государственным секретарем" is an
    instrumental ("государственным" alone may be a plural dative). A title before a
    `single` name, no other joined to it, is singular: "доктора Итая Галя" is no plural
    nominative."""
    words = [t.text for t in title.tokens]
    form = mention_form(words, morph, person=False)
    cases = form.cases & person_cases(words[0], morph, single)
    if len(cases) > 1 and len(words) > 1 and is_adjective(words[0], morph):
        head = mention_form(words[1:], morph, person=False)
        if not head.plural and any(p.tag.POS == "NOUN" for p in morph.parse(words[1])):
            cases = cases & head.cases & person_cases(words[1], morph, single)
            return one_case(cases)
    return one_case(cases) if not form.plural else frozenset()


def one_case(cases: frozenset[str]) -> frozenset[str]:
    """The one case of a title, or its genitive and accusative, which a man's title
    writes alike ("министра Ивана Петрова", "министра Анну Петрову"): the name tells
    which; none if the title tells nothing."""
    return cases if len(cases) == 1 or cases == {"gent", "accs"} else frozenset()


def person_cases(word: str, morph: Morphology, single: bool = False) -> frozenset[str]:
    """The cases a title's word may stand in when it names a person: not an inanimate
    accusative ("главный редактор" is no accusative: a person's is "главного редактора"),
    only singular ones for one person's title; every case for a word read only so, or not
    at all (an abbreviation)."""
    parses = [p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    animate = [p for p in parses if p.tag.animacy != "inan"]
    if single and any(p.tag.number == "sing" for p in animate):
        animate = [p for p in animate if p.tag.number == "sing"]
    return frozenset(case for p in animate if (case := case_of(p.tag))) or frozenset(CASES)


def is_adjective(word: str, morph: Morphology) -> bool:
    parses = morph.parse(word)
    return bool(parses) and all(p.tag.POS in ADJECTIVE_POS for p in parses)


def decide(votes: Counter) -> str | None:
    """The gender most votes agree on, if any do more than the other."""
    masc, femn = votes["masc"], votes["femn"]
    if masc == femn:
        return None
    return "masc" if masc > femn else "femn"


@quick_init
@dataclass(frozen=True, slots=True)
class PersonEvidence:
    """What one person mention says about its name: its readings, and a word around it."""

    forms: PersonForms
    cue: GrammarCue | None

    def cue_gender(self) -> str | None:
        """The cue's gender, if the mention can be read in it (as a nominative, if the
        cue says it is one)."""
        cue = self.cue
        if cue is None or cue.gender is None or not self.forms.allows(cue.gender):
            return None
        if cue.case is not None and not any(
            cue.gender in option.genders and cue.case in option.cases
            for _, option in self.forms.options
        ):  # "актрисе Анне": the name must stand in the noun's case too
            return None
        if cue.nominative and cue.gender not in self.forms.nominative:
            return None
        return cue.gender

    def is_nominative(self) -> bool:
        """Whether the cue puts the mention in the nominative, and the mention can be one."""
        cue = self.cue
        if cue is None or not cue.nominative:
            return False
        return cue.gender is None or self.cue_gender() is not None

    def cases(self) -> frozenset[str]:
        """The cases the words around the mention allow it (`case`), the accusative a
        man's title writes as its genitive too."""
        case = self.case()
        if case is None:
            return frozenset()
        cue = self.cue
        also = {"accs"} if cue is not None and cue.accusative_too and case == "gent" else set()
        return frozenset({case, *also})

    def cases_for(self, gender: str | None) -> frozenset[str]:
        """The cases the words around allow the mention of a person of `gender`: none
        from a verb or adjective of the other gender, which agrees with another word
        ("предложение Уэйлса была": not the woman Уэйлса)."""
        cue = self.cue
        if gender is not None and cue is not None and cue.gender not in (None, gender):
            return frozenset()
        return self.cases()

    def case(self) -> str | None:
        """The case the words around the mention put it in, if they say; a governing noun's
        genitive only where the surname alone could tell it ("инаугурации Джо Байдена":
        Байден; "гимнастике Алина Кабаева" is a nominative, as Алина tells)."""
        if self.is_nominative():
            return "nomn"
        cue = self.cue
        if cue is None or (cue.governed and not self.told_by_governor()):
            return None
        return cue.case

    def told_by_title(self) -> bool:
        """Whether a title before the mention puts it in an oblique case ("лидера страны Ким
        Чен Ына"), where the name can stand."""
        cue = self.cue
        return (
            cue is not None
            and cue.case not in (None, "nomn")
            and not cue.governed
            and cue.gender is None
            and any(self.cases() & option.cases for _, option in self.forms.options)
        )

    def told_by_governor(self) -> bool:
        """Whether the governing word's case can be trusted: where only the surname
        declines in it ("инаугурации Джо Байдена"), or a preposition's where every word
        agrees in it ("с Джорджей Мелони": Джорджа's instrumental, and Мелони's)."""
        cue = self.cue
        if cue is None:
            return False
        if self.forms.surname_declines_in(cue.case):
            return True
        return cue.preposition and self.forms.agrees_in(cue.case)

    def is_surely_nominative(self, gender: str | None) -> bool:
        """Whether the mention is surely the person's nominative as written: a verb,
        adjective, title or list around it saying so, every word a nominative of one gender
        ("карикатурист Сергей Елкин", "восьмидесятилетний Юитиро Миура"; not the misprint
        "карикатурист Сергей Елкина", nor an object, "поздравил Мигеля Диас-Канеля"), or
        no other case it could be read in and nothing around it telling one ("Сергей Елкин
        о ковиде"; not "от Сергея Елкина"). A verb whose noun may own the name ("предложение
        Уэйлса была") says nothing."""
        cue = self.cue
        if self.is_nominative() and cue is not None and not cue.owned:
            if cue.inverted and self.forms.may_be_in("accs", cue.gender):
                return False
            # a verb agreeing with the mention tells its gender, where the person's is
            # not yet right ("Питер Данн подчеркнул" beside a woman's "Данна")
            return self.forms.is_wholly_nominative(cue.gender or gender)
        return (
            self.case() is None
            and self.forms.is_written_nominative(gender)
            and self.forms.reads_only_as_nominative(gender)
        )

    def woman_cue(self) -> str | None:
        """The cue's gender where a noun before the name does not own it: "Джорджа Мелони
        заявила" says a woman, "жена Джорджа Клуни заявила" says nothing of him; a lone
        first name after any noun is as likely its genitive ("пророка Мухаммеда
        предусмотрена": not the woman Мухаммеда)."""
        cue = self.cue
        if cue is None or cue.owned or (cue.after_noun and len(self.forms.words) == 1):
            return None
        return self.cue_gender()

    def as_woman(self) -> PersonEvidence | None:
        """The mention with its first name read as a woman's, where the dictionary knows
        only a man's (`PersonForms.woman`)."""
        woman = self.forms.woman
        return None if woman is None else PersonEvidence(woman, self.cue)


def with_subject_case(form: MentionForm, evidence: PersonEvidence | None) -> MentionForm:
    """A name's cases for agreement, with the nominative where the verb after it agrees with
    it as its subject though its words read only in another case: "Полузащитник «Барселоны»
    Лике Мартенс забила" (Лике, a foreign name, reads as Лика's dative). Not a name that
    may be a genitive: the noun before governs it, and the verb agrees with that noun
    ("адвокат Асии Биби заявил")."""
    cue = None if evidence is None else evidence.cue
    if (
        evidence is None
        or cue is None
        or not cue.nominative
        or cue.owned
        or cue.gender not in ("masc", "femn")
        or not form.cases.isdisjoint({"nomn", "gent"})
        or not evidence.forms.allows(cue.gender)
    ):
        return form
    return replace(form, cases=form.cases | {"nomn"})


def settle_person_names(
    mentions: Sequence[Mention], entity_of: Sequence[int], people: Sequence[PersonEvidence | None]
) -> list[Mention]:
    """Mentions whose normal forms agree across the person they name.

    First the gender: each mention votes with its own word forms when they allow one
    gender only, and with the cue around it when it can be read in that gender. Then each
    mention takes the reading (of that gender, if decided) whose words most of the
    person's mentions can stand for: "Бесселя Кока" after "Бессель Кок" is Бессель Кок.
    """
    votes: dict[int, Counter] = defaultdict(Counter)
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is None:
            continue
        entity = entity_of[mention.id]
        name_genders = evidence.forms.genders
        woman = evidence.as_woman()
        # a name only a woman (or a man) bears outweighs a cue; "Джорджа Мелони" may be
        # a man's genitive or a woman's name, and "Джорджа Мелони заявила" a woman's
        if len(name_genders) == 1 and woman is None and not evidence.forms.thing:
            votes[entity][next(iter(name_genders))] += 2
        cue = evidence.cue_gender() or (woman.woman_cue() if woman else None)
        if cue:
            votes[entity][cue] += 1
        first = evidence.forms.first_name
        if first is not None and evidence.forms.allows(first):
            # "Хана Эль Сали": a woman's first name as written, not хан's genitive
            votes[entity][first] += 1
    for entity in declined_surnames(mentions, entity_of, people):
        votes[entity]["masc"] += 2
    no_votes: Counter = Counter()
    genders = {e: decide(votes.get(e, no_votes)) for e in set(entity_of)}
    people = [
        woman
        if evidence is not None
        and genders[entity_of[mention.id]] == "femn"
        and (woman := evidence.as_woman()) is not None
        else evidence
        for mention, evidence in zip(mentions, people, strict=True)
    ]
    support: dict[int, Counter] = defaultdict(Counter)
    known: dict[int, Counter] = defaultdict(Counter)
    written: dict[int, Counter] = defaultdict(Counter)
    lone: list[tuple[int, int, str]] = []  # (mention, entity, word) of lone nominatives
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is not None:
            entity = entity_of[mention.id]
            support[entity].update(evidence.forms.candidates(genders[entity]))
            words, as_written = own_words(mention, evidence, genders[entity])
            if len(evidence.forms.words) <= 1 and lone_nominative(evidence, genders[entity]):
                lone += [(mention.id, entity, w.lower()) for w in evidence.forms.written_words()]
            known[entity].update(words)
            written[entity].update(as_written)
    # a lone nominative ("Рааб заменил") names the person where no full mention in the
    # nominative holds a word it is a case form of ("Сингха" beside "Рам Сингх")
    lone_written: dict[int, set[str]] = {}  # what such a mention adds to `written`
    for index, entity, word in lone:
        if known_lemma(word, frozenset(written[entity])) is None:
            written[entity][word] += 1
            lone_written[index] = {word}
    written = without_declined(written, mentions, entity_of, people)
    # the words the document names someone by alone in the nominative ("Марк рассказал"):
    # a lone word of a person written in no nominative that is a regular case form of one
    # ("Согласно Марку") is that name, whom the merge then joins it to
    named_alone = frozenset(word for _, _, word in lone)
    settled = []
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is None:
            settled.append(mention)
            continue
        entity = entity_of[mention.id]
        # what the mention adds to both, made again rather than kept for each of
        # hundreds of thousands of mentions in a long text
        words, as_written = own_words(mention, evidence, genders[entity])
        as_written = lone_written.get(mention.id, as_written)
        told = frozenset(elsewhere(written[entity], as_written))
        if not told and len(evidence.forms.words) == 1:
            told = named_alone
        normal = evidence.forms.choose(
            genders[entity],
            support[entity],
            elsewhere(known[entity], words),
            evidence.cases_for(genders[entity]),
            told,
        )
        settled.append(mention if normal == mention.normal else replace(mention, normal=normal))
    return alike_as_told(settled, entity_of, people)


# a man's surname ending in a consonant declines, a woman's does not: (the nominative's
# last letter, the endings of its case forms), "Уэйлс": Уэйлса, Уэйлсу, Уэйлсом, Уэйлсе
MANS_CASE_ENDINGS = (("", ("а", "у", "ом", "ем", "е")), ("ь", ("я", "ю", "ем", "е")),
                     ("й", ("я", "ю", "ем", "е")))  # fmt: skip


def declined_surnames(
    mentions: Sequence[Mention], entity_of: Sequence[int], people: Sequence[PersonEvidence | None]
) -> set[int]:
    """The persons written with a surname ending in a consonant and elsewhere with a case
    form of it: a man's, as a woman's does not decline ("Джимми Уэйлс", "идеи Уэйлса":
    not the woman Уэйлса, whatever "предложение Уэйлса была" seems to say; "Лике Мартенс",
    "Мартенс" tell nothing). Not a Russian surname in -ов or -ин, whose woman's form is
    its man's genitive ("Панфилова")."""
    surnames: dict[int, set[str]] = defaultdict(set)
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is not None and evidence.forms.words:
            surnames[entity_of[mention.id]].add(evidence.forms.written_words()[-1].lower())
    return {
        entity
        for entity, words in surnames.items()
        if any(
            word[: len(word) - len(last)] + ending in words
            for word in words
            for last, endings in MANS_CASE_ENDINGS
            if len(word) > 2
            and not word.endswith(POSSESSIVE_SURNAME)
            and (word.endswith(last) if last else word[-1] not in VOWELS + "ьй")
            for ending in endings
        )
    }


def alike_as_told(
    mentions: list[Mention], entity_of: Sequence[int], people: Sequence[PersonEvidence | None]
) -> list[Mention]:
    """A person's mentions written alike read alike: as the one whose case a title
    before it tells, where those agree ("лидера страны Ким Чен Ына" tells Ким Чен Ын, and
    so "по приказу Ким Чен Ына" is he too)."""
    told: dict[tuple[int, str], set[str]] = defaultdict(set)
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is not None and evidence.told_by_title():
            told[entity_of[mention.id], mention.text].add(mention.normal)
    out = []
    for mention, evidence in zip(mentions, people, strict=True):
        normals = told.get((entity_of[mention.id], mention.text), set())
        if evidence is not None and not evidence.cases() and len(normals) == 1:
            mention = replace(mention, normal=next(iter(normals)))
        out.append(mention)
    return out


def own_words(
    mention: Mention, evidence: PersonEvidence, gender: str | None
) -> tuple[set[str], set[str]]:
    """The words a mention of several words gives its person: those of its normal form,
    and those it is written with when it stands in the nominative ("Анна Иванова")."""
    if len(evidence.forms.words) <= 1:
        return set(), set()
    words = set(mention.normal.lower().split())
    if evidence.is_surely_nominative(gender):
        return words, {w.lower() for w in evidence.forms.written_words()}
    return words, set()


def lone_nominative(evidence: PersonEvidence, gender: str | None) -> bool:
    """Whether a one-word mention stands in the text as the person's nominative: a verb
    or adjective of the person's gender agrees with it ("Рааб заменил"; not "преемников
    Баффета сформирована", where the verb is a woman's and the person a man)."""
    return (
        gender is not None
        and evidence.is_nominative()
        and evidence.cue_gender() == gender
        and evidence.forms.is_written_nominative(gender)
    )


def without_declined(
    written: dict[int, Counter],
    mentions: Sequence[Mention],
    entity_of: Sequence[int],
    people: Sequence[PersonEvidence | None],
) -> dict[int, Counter]:
    """The person's nominative words less any that one of the person's mentions reads as
    an oblique case of another word the person is written with: read as a nominative, it
    may be a case form of the same name ("Елкина" beside "Сергей Елкин", "Бандере" beside
    "Степан Бандера"; "Миура" stays, no Миур written; "Роналду", written surely and more
    often, is no accusative of a "Роналда")."""
    spelled: dict[int, Counter] = defaultdict(Counter)
    declined: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for mention, evidence in zip(mentions, people, strict=True):
        if evidence is None:
            continue
        entity = entity_of[mention.id]
        own = [w.lower() for w in evidence.forms.written_words()]
        spelled[entity].update(own)
        for forms, option in evidence.forms.options:
            if option.cases - {"nomn"}:
                for word, form in zip(own, forms, strict=True):
                    if form.lower() != word:
                        declined[entity][word].add(form.lower())
    kept: dict[int, Counter] = defaultdict(Counter)
    for entity, counts in written.items():
        others, seen = declined.get(entity, {}), spelled[entity]
        for word, count in counts.items():
            # the name it declines is the one written surely, or as often, as a nominative
            if not any(
                other != word and seen[other] and (counts[other] or seen[other] >= seen[word])
                for other in others.get(word, ())
            ):
                kept[entity][word] = count
    return kept


def elsewhere(counts: Counter, own: set[str]) -> set[str]:
    """The words the person's other mentions give: a mention's own first reading
    ("Ангеле Меркель" as written) is no evidence for itself."""
    return {word for word, count in counts.items() if count > (word in own)}


def name_families(
    mentions: Sequence[Mention],
    morph: Morphology,
    people: Sequence[PersonEvidence | None] | None = None,
) -> list[Mention]:
    """A one-word person mention that can only be a plural of a surname the document
    names someone by ("Скрипалей" beside "Сергей Скрипаль", "Ивановых" beside "Пётр
    Иванов") names the family: its normal is the nominative plural, "Скрипали". So does
    a word the dictionary does not know in a man's soft plural genitive -ей where the
    document names no one so and the words around do not make it a subject
    ("отравлении семьи Скрипалей"; not "Маррей одержал победу", nor beside "Энди
    Маррей"): the `people` evidence tells.
    """
    surnames = {
        m.normal.split()[-1].lower()
        for m in mentions
        if m.type == "PER" and len(m.normal.split()) > 1
    }
    # the words the document names someone by: a full name's, or one standing as a subject
    named = surnames | {
        word.lower() for m in mentions if m.type == "PER" for word in m.text.split()[:-1]
    }
    if people is not None:
        named |= {
            m.text.strip().lower()
            for m, evidence in zip(mentions, people, strict=True)
            if evidence is not None and evidence.is_nominative()
        }
    out = []
    for index, mention in enumerate(mentions):
        word = mention.text.strip()
        if mention.type == "PER" and word[:1].isupper() and " " not in word:
            family = family_name(word, surnames, morph) if surnames else None
            evidence = people[index] if people is not None else None
            if family is None and evidence is not None and word.lower() not in named:
                family = unnamed_family(word, evidence, morph)
            if family is not None and family != mention.normal:
                mention = replace(mention, normal=family)
        out.append(mention)
    return out


# a man's surname in -ь has its plural genitive in -ей: Скрипаль, Скрипалей
SOFT_PLURAL_GENITIVE = re.compile(rf"^[А-ЯЁ][а-яё]{{2,}}[^{VOWELS}йь]ей$")


def unnamed_family(word: str, evidence: PersonEvidence, morph: Morphology) -> str | None:
    """The nominative plural ("Скрипали") of a word the dictionary does not know that
    reads as a plural genitive in -ей ("Скрипалей"), where no verb or title around it
    makes it a nominative."""
    if morph.is_known(word) or not SOFT_PLURAL_GENITIVE.match(word) or evidence.is_nominative():
        return None
    return word[:-2] + "и"


def family_name(word: str, surnames: set[str], morph: Morphology) -> str | None:
    """The nominative plural of `word` when every reading of it as one of `surnames` is
    plural ("Скрипалей": скрипаль, plural genitive); None otherwise ("Скрипаля")."""
    readings = [p for p in morph.parse(word) if p.normal_form in surnames]
    if not readings or any(p.tag.number != "plur" for p in readings):
        return None
    nominative = inflect(readings[0], {"nomn", "plur"})
    return None if nominative is None else nominative.word.capitalize()
