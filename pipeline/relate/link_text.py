"""What occupation linking reads around the mentions: words, forms, genders."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.normalize.persons import PersonEvidence
from pipeline.records import Mention, Sentence, Token
from pipeline.text.inflect import ADJECTIVE_POS, NAME_TAGS, MentionForm, case_of
from pipeline.text.morphology import Morphology

WORD = re.compile(r"\w+")
# where a run of word characters starts (`match` at an offset sees the text before it)
WORD_START = re.compile(r"(?<!\w)\w")
PARENTHESES = re.compile(r"\([^()]{0,80}\)")
# a comma, a semicolon, a colon, a bracket or a dash: a clause or an aside between two words
CLAUSE_BREAK = re.compile(r"[,;:()–—]")
TITLE_GENDER_POS = frozenset({"NOUN", "ADJF", "PRTF"})
VERB_FORMS = frozenset({"VERB", "PRTS"})
CANDIDACY = ("кандидат", "претендент")
ELECTIONS = frozenset({"выборы", "выбор", "перевыборы"})
# words of a post sought, not held, before "на пост" / "за должность": "кандидат на пост
# главы ФБР", "выдвинула на пост директора бюро", "бороться за пост главы правительства"
SEEKING = frozenset(
    {
        "кандидат",
        "претендент",
        "претендовать",
        "выдвинуть",
        "выдвигать",
        "номинироваться",
        "баллотироваться",
        "бороться",
        "обещать",
        "пообещать",
        "обещание",
    }
)
SEEKING_REACH = 5  # words between such a word and the post noun
# the post noun in the accusative, a post aimed at: not "на посту директора", held
POSTS_SOUGHT = frozenset({"пост", "должность"})
# the infinitive of becoming: "хочет стать мэром Киева", "может стать первым сенатором"
BECOMING_INFINITIVES = frozenset({"стать", "становиться"})
QUOTES_AND_SPACE = re.compile(r"[\s«»\"'„“”]")
# the boards of a company, named before it: "председатель Совета директоров «Башинформа»",
# "член правления ЕЦБ": the post is held in the company
BOARD = re.compile(
    r"(?:совет\w*\s+директоров|правлени\w*|(?:наблюдательн|попечительск)\w+\s+совет\w*)",
    re.IGNORECASE,
)
REPRESENTING = re.compile(r"\sот(?:\s+\w+){0,2}\s*[«\"]?\s*$", re.IGNORECASE)  # "Японии от ЛДП"
# what joins the names of a list ("Sun, Novell и Oracle", "«Барселона»/«ПСЖ»"), and all
# that stands between two of them: quotes, and a word before the next saying what kind it is
# ("«Аль-Джазира», «Генк» и брюссельский «Андерлехт»", "«Реала» и сборной Португалии")
LIST_JOINER = r"(?:,|/|,?\s*и|,?\s*а\s+также)"
LIST_GAP = re.compile(rf"[»\"”]?\s*{LIST_JOINER}\s*(?:[а-яё-]+\s+)?[«\"„“]?\s*")


def within(names: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions of `names` (in text order) that lie between two offsets: found by
    bisection and read only as far as `end`, as a long document holds thousands."""
    found = []
    index = bisect_left(names, start, key=lambda m: m.start)
    while index < len(names) and names[index].start < end:
        if names[index].end <= end:
            found.append(names[index])
        index += 1
    return found


@dataclass(frozen=True, slots=True)
class LinkText:
    """The text, its words by offset, and what agreement needs of each mention."""

    text: str
    names: Sequence[Mention]  # organisations and places, by start
    sentence_starts: Sequence[int]
    token_at: Mapping[int, Token]
    form_of: Callable[[int], MentionForm]
    gender_of: Mapping[int, str]
    title_key: Callable[[Mention], str]
    morph: Morphology
    word_starts: Sequence[int]  # `word_starts` of the text and its tokens
    # the token at each of `word_starts`, in order: `words` slices them
    word_tokens: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tokens = tuple(self.token_at[offset] for offset in self.word_starts)
        object.__setattr__(self, "word_tokens", tokens)

    def gap(self, left: Mention, right: Mention) -> str:
        return self.text[left.end : right.start]

    def broken(self, start: int, end: int) -> bool:
        """Whether a comma, a semicolon, a colon, a bracket or a dash stands between two
        offsets."""
        return CLAUSE_BREAK.search(self.text, start, end) is not None

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts."""
        index = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def in_parentheses(self, offset: int) -> bool:
        """Whether an offset stands inside parentheses opened in its sentence."""
        before = self.text[self.sentence_start(offset) : offset]
        return before.count("(") > before.count(")")

    def organisation(self, title: Mention) -> int | None:
        return organisation_of(title, self.names, self.text)

    def words(self, start: int, end: int) -> list[Token]:
        """The word tokens (not punctuation) between two offsets: those where a run of
        word characters starts, counted from `start` (found by bisection: linking asks
        some fifty times a document)."""
        starts = self.word_starts
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        found = list(self.word_tokens[first:last])
        if start < end and (first == last or starts[first] != start) and self.starts_word_at(start):
            found.insert(0, self.token_at[start])  # a token that a run of word characters holds
        return found

    def starts_word_at(self, offset: int) -> bool:
        """Whether a token starts at `offset` with a word character."""
        return offset in self.token_at and WORD.match(self.text, offset) is not None

    def masked(self, start: int, end: int, hidden: Sequence[Mention]) -> str:
        """The text between two offsets with the `hidden` mentions and the parentheses in
        it blanked out, offsets kept: "лидер (FN) Марин" reads "лидер      Марин"."""
        chars = list(self.text[start:end])
        for mention in hidden:
            for offset in range(max(mention.start, start), min(mention.end, end)):
                chars[offset - start] = " "
        return PARENTHESES.sub(lambda m: " " * len(m.group()), "".join(chars))

    def is_instrumental(self, title: Mention) -> bool:
        return "ablt" in self.cases(title)

    def agree(self, title: Mention, person: Mention) -> bool:
        """A title and a name share a case: not "представитель фонда Анны Франк"."""
        return bool(self.cases(title) & self.cases(person))

    def cases(self, mention: Mention) -> frozenset[str]:
        cases = self.form_of(mention.id).cases
        # a name read only as a vocative ("Йоахим Лёв") is a nominative in news
        return cases | {"nomn"} if "voct" in cases else cases

    def agree_in(self, title: Mention, person: Mention, case: str) -> bool:
        return case in self.cases(title) & self.cases(person)

    def is_plural(self, title: Mention) -> bool:
        return self.form_of(title.id).plural

    def may_be_plural(self, title: Mention) -> bool:
        return self.form_of(title.id).may_be_plural

    def plural_in_case_of(self, title: Mention, person: Mention) -> bool:
        """Whether the title, in some case it shares with the name, is only plural:
        "первым зампредам Александру Жукову" (the dative "первым" is plural), "актрисы
        Гвинет Пэлтроу" (a nominative), not "актрисы Анны" (a genitive singular)."""
        first = WORD.search(title.text)
        if first is None:
            return False
        numbers: dict[str, set[str]] = {}
        for parse in self.morph.parse(first.group()):
            if parse.tag.POS in TITLE_GENDER_POS and (case := case_of(parse.tag)):
                numbers.setdefault(case, set()).add(str(parse.tag.number))
        shared = self.cases(title) & self.cases(person)
        return any(numbers.get(case) == {"plur"} for case in shared)

    def is_plural_verb(self, token: Token) -> bool:
        """ "являются", "стали": a verb or short participle read only as a plural."""
        parses = [p for p in self.morph.parse(token.text) if p.tag.POS in VERB_FORMS]
        return bool(parses) and all(p.tag.number == "plur" for p in parses)

    def can_hold(self, title: Mention, person: Mention) -> bool:
        """Whether the person may hold the title: not a woman's title for a man ("муж
        актрисы Сергей Сенин"), not a candidacy ("кандидат в президенты") for a post, not
        the post an election is for."""
        if self.gender_of.get(title.id) == "femn" and self.gender_of.get(person.id) == "masc":
            return False
        return not self.title_key(title).startswith(CANDIDACY) and not self.is_contested(title)

    def is_contested(self, title: Mention) -> bool:
        """A post no one holds yet: one an election is for ("на выборах президента
        Республики", "выборы мэра": the title in the genitive right after "выборы"), one a
        candidacy is for ("кандидат на пост главы ФБР", "выдвинула на пост директора
        бюро", "бороться за пост главы правительства"), one an infinitive of becoming
        aims at ("хочет стать мэром Киева", "может стать первым сенатором"; not "станет
        тренером", nor "может стать член правления", the title its subject)."""
        words = self.words(self.sentence_start(title.start), title.start)
        before = words[-1:]
        if (
            before
            and before[0].lemma in ELECTIONS
            and not self.text[before[0].end : title.start].strip()
            and "gent" in self.cases(title)
        ):
            return True
        head = len(words)
        while head and words[head - 1].pos in ADJECTIVE_POS:
            head -= 1  # "стать первым «президентским» сенатором": the title left them out
        if not head:
            return False
        verb = words[head - 1]
        if verb.text.lower() in BECOMING_INFINITIVES and "ablt" in self.cases(title):
            return True
        return (
            verb.text.lower() in POSTS_SOUGHT
            and "gent" in self.cases(title)
            and any(w.lemma in SEEKING for w in words[max(0, head - 2 - SEEKING_REACH) : head - 1])
        )


def person_gender(
    person: Mention, evidence: PersonEvidence | None, morph: Morphology
) -> str | None:
    """A man's or a woman's name: by the verb or adjective agreeing with it, else by a
    first name the dictionary knows ("Сергей Сенин"). A guess from the endings of a
    foreign name is no evidence: "Серена Уильямс" reads as a man's name."""
    told = cue_gender(evidence)
    if told is not None:
        return told
    first = WORD.search(person.text)
    if first is None or not morph.is_known(first.group()):
        return None
    genders = {p.tag.gender for p in morph.parse(first.group()) if "Name" in p.tag.grammemes}
    return genders.pop() if len(genders) == 1 else None


def cue_gender(evidence: PersonEvidence | None) -> str | None:
    """The gender the words around a person mention show ("заявил"), if any."""
    return None if evidence is None or evidence.cue is None else evidence.cue.gender


def title_gender(title: Mention, morph: Morphology) -> str | None:
    """ "femn" for a title only a woman holds ("актриса", "первая леди"), else None.

    Common-gender nouns ("судья", "глава") are "ms-f" to pymorphy3, not "femn".
    """
    first = WORD.search(title.text)
    if first is None:
        return None
    parses = [
        p
        for p in morph.parse(first.group())
        if p.tag.POS in TITLE_GENDER_POS and not NAME_TAGS & p.tag.grammemes
    ]
    # "звезда", "модель": a thing as well, said of men too
    if parses and all(p.tag.gender == "femn" and p.tag.animacy != "inan" for p in parses):
        return "femn"
    return None


def mention_genders(
    mentions: Sequence[Mention], people: Sequence[PersonEvidence | None], morph: Morphology
) -> dict[int, str]:
    """The gender of each person mention that shows one, and "femn" of women's titles."""
    out = {}
    for mention in mentions:
        if mention.type == "PER":
            gender = person_gender(mention, people[mention.id], morph)
        elif mention.type == "TITLE":
            gender = title_gender(mention, morph)
        else:
            gender = None
        if gender is not None:
            out[mention.id] = gender
    return out


def tokens_by_start(sentences: Sequence[Sentence]) -> dict[int, Token]:
    return {token.start: token for sentence in sentences for token in sentence.tokens}


def word_starts(text: str, token_at: Mapping[int, Token]) -> list[int]:
    """The offsets, in order, where both a token and a run of word characters start: each
    token's start (`token_at` in text order) asked, not every run of the text found."""
    return [start for start in token_at if WORD_START.match(text, start)]


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not inside another mention, in text order."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and mention.end <= out[-1].end:
            continue
        out.append(mention)
    return out


class Sentences:
    """The sentences of a text, and which one an offset falls in (by bisection)."""

    def __init__(self, sentences: Sequence[Sentence], top: Sequence[Mention]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.items: list[list[Mention]] = [[] for _ in sentences]
        for mention in top:
            index = self.index_of(mention.start)
            if index is not None:
                self.items[index].append(mention)

    def index_of(self, offset: int) -> int | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def bounds_of(self, offset: int) -> tuple[int, int] | None:
        index = self.index_of(offset)
        return None if index is None else (self.sentences[index].start, self.sentences[index].end)


def organisation_of(title: Mention, names: Sequence[Mention], text: str) -> int | None:
    """The organisation (else place) inside the title, or right after it; past a company's
    board to the company ("председатель Совета директоров «Башинформа»"). `names` are the
    organisations and places of the text, by start."""
    first = bisect_left(names, title.start, key=lambda m: m.start)
    inside = []
    for mention in names[first:]:
        if mention.start >= title.end:
            break
        if mention.end <= title.end:
            inside.append(mention)
    # "премьер-министр Японии от ЛДП", "член парламента от Социалистической партии": the
    # post is held in the first; "от" names whom its holder represents
    represented = [m for m in inside if REPRESENTING.search(text[inside[0].end : m.start])]
    if len(represented) < len(inside):
        inside = [m for m in inside if m not in represented]
    boards = [m for m in inside if m.type == "ORG" and BOARD.fullmatch(m.text)]
    if boards and any(m.type == "ORG" and m.start >= boards[0].end for m in inside):
        inside = [m for m in inside if m not in boards]
    for kind in ("ORG", "LOC"):
        for mention in inside:
            if mention.type == kind:
                return mention.id
    after = bisect_left(names, title.end, key=lambda m: m.start)
    for mention in names[after:]:
        # quotes only: "руководителя ''Samsung Electronics''", "директора «Газпрома»"
        if QUOTES_AND_SPACE.sub("", text[title.end : mention.start]):
            break
        return mention.id
    return None
