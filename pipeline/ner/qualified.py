"""An organisation's name with the place it belongs to: "МИД России", "Минздрав Украины",
"ФСБ РФ", "Хорошевский суд Москвы", "УВД Томской области". The tagger names the body and
the place apart; NEREL, BSNLP and SlavicNER mark the whole as the organisation's name
(NEREL nests the two parts inside it), and it is the name a reader means. FactRuEval marks
only the parts, which stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.ner.person_spans import HONOURING
from pipeline.records import Span, Token
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

# the most tagged names a known organisation's name is found cut into
MAX_PARTS = 4
# what joins the places of a list: ", ", " и ", " или "
LIST_GLUE = re.compile(r",\s*|\s+(?:и|или)\s+")
# nouns for an organ of an organisation: "Совет ЕС", "Международный трибунал ООН" (lemmas)
ORGAN_NOUNS = frozenset({
    "совет", "суд", "палата", "трибунал", "комиссия", "комитет", "ассамблея", "парламент",
    "секретариат",
})  # fmt: skip
# the abbreviation of a body's main unit, written before the body's: "ГУ МВД", "ГСУ СК"
UNIT_ABBREVIATIONS = frozenset({"ГУ", "ГСУ"})
# the region a unit serves: "по Москве", "по г. Москве", "по городу Москве"
REGION_TAIL = re.compile(r" по (?:г\. ?|городу )?")


def place_qualified(
    text: str, named: Sequence[Span], gazetteer: Gazetteer, morph: Morphology
) -> Iterator[Span]:
    """An organisation and the place right after it, in the genitive or a country's
    abbreviation ("МИД России", "Минздрав РФ"), as one organisation; not "ФСЭГ Россия", nor
    "соглашение ЕС Ирландской Республикой"."""
    places = {span.start: span for span in named if span.type == "LOC"}
    for organisation in named:
        if organisation.type != "ORG" or text[organisation.end : organisation.end + 1] != " ":
            continue
        place = places.get(organisation.end + 1)
        if (
            place is not None
            and is_genitive_place(place, gazetteer, morph)
            and not begins_a_list(text, place, places)
        ):
            yield Span(organisation.start, place.end, "ORG", (*organisation.tokens, *place.tokens))


def known_wholes(text: str, named: Sequence[Span], gazetteer: Gazetteer) -> Iterator[Span]:
    """An organisation the gazetteer knows by a name that the tagger cut into two or more
    names one space apart ("Совет Безопасности" + "ООН", "Парламентской ассамблеи" +
    "Совета Европы"): the whole is the organisation, as FactRuEval and NEREL mark it, and
    the parts stay, nested, as NEREL marks them too. The longest known run is taken; a run
    that some name of a place or a person also fits is not. An organisation and its place
    are `place_qualified`'s ("МИД России")."""
    ordered = sorted((span for span in named if span.type == "ORG"), key=lambda s: (s.start, s.end))
    for i, first in enumerate(ordered):
        run = [first]
        for span in ordered[i + 1 : i + MAX_PARTS]:
            if text[run[-1].end : span.start] != " ":
                break
            run.append(span)
        for end in range(len(run), 1, -1):
            parts = run[:end]
            name = text[parts[0].start : parts[-1].end]
            entries = gazetteer.lookup(name)
            if entries and all(entry.type == "ORG" for entry in entries):
                tokens = tuple(token for part in parts for token in part.tokens)
                yield Span(parts[0].start, parts[-1].end, "ORG", tokens)
                break


def organ_wholes(text: str, named: Sequence[Span], gazetteer: Gazetteer) -> Iterator[Span]:
    """An organ and the international organisation right after it whose organ it is
    ("Международный трибунал ООН", "Большую палату ЕСПЧ", "Совета глав государств ОДКБ"):
    one organisation, as NEREL and BSNLP mark it, the parts nested as NEREL marks them. The
    organ's first noun says it is one ("совет", "суд", "палата"); the other is an
    organisation of the gazetteer with no country, tagged as one (where the tagger reads
    "ЕС" as a place, "Совету ЕС", BSNLP's own normal forms and entities of it cost more
    than the name gains). A name the gazetteer knows whole is `known_wholes`'s ("Совет
    Безопасности ООН")."""
    owners = {span.start: span for span in named if span.type == "ORG"}
    for organ in named:
        if organ.type != "ORG" or text[organ.end : organ.end + 1] != " ":
            continue
        owner = owners.get(organ.end + 1)
        if owner is None:
            continue
        head = next((t.lemma for t in organ.tokens if t.pos == "NOUN"), None)
        if head not in ORGAN_NOUNS or gazetteer.lookup(text[organ.start : owner.end]):
            continue
        entries = gazetteer.lookup(text[owner.start : owner.end])
        if entries and all(entry.type == "ORG" and not entry.country for entry in entries):
            yield Span(organ.start, owner.end, "ORG", (*organ.tokens, *owner.tokens))


def unit_wholes(
    text: str, tokens: Sequence[Token], named: Sequence[Span], with_places: Sequence[Span]
) -> Iterator[Span]:
    """A body's main unit, its abbreviation before the body's name, with the place or the
    region that says which unit it is ("ГУ МВД России", "ГУ МВД Петербурга", "ГУ МЧС
    России по Санкт-Петербургу"), is an organisation named whole, as NEREL and FactRuEval
    mark it; the body, with its place, stays nested, as NEREL marks it, and the
    abbreviation alone goes (`without_units`). Both the unit with the body's place and the
    one with the region it serves are given, as NEREL nests them. "ГУ МВД" alone says no
    unit in particular: only its body is named. `with_places` are the bodies
    `place_qualified` found with their places ("МВД России")."""
    abbreviations = {token.end: token for token in tokens if token.text in UNIT_ABBREVIATIONS}
    units = [
        (unit, span)
        for span in named
        if span.type == "ORG"
        and (unit := abbreviations.get(span.start - 1)) is not None
        and text[unit.end : span.start] == " "
    ]
    if not units:
        return
    places = {span.start: span for span in named if span.type == "LOC"}
    for unit, body in units:
        ends = []
        whole = next((w for w in with_places if w.start == body.start and w.end > body.end), None)
        if whole is not None:
            ends.append(whole.end)
        last = whole or body
        tail = REGION_TAIL.match(text, last.end)
        region = places.get(tail.end()) if tail else None
        if region is not None:
            ends.append(region.end)
        for end in ends:
            inside = tuple(t for t in tokens if unit.start <= t.start and t.end <= end)
            yield Span(unit.start, end, "ORG", inside)


def without_units(text: str, named: Sequence[Span]) -> list[Span]:
    """The names but a unit's abbreviation right before its body's name: "ГУ" of "ГУ МВД
    России", which no corpus marks alone (`unit_wholes` names the unit whole)."""
    starts = {span.start for span in named if span.type == "ORG"}
    return [
        span
        for span in named
        if not (
            span.type == "ORG"
            and text[span.start : span.end] in UNIT_ABBREVIATIONS
            and text[span.end : span.end + 1] == " "
            and span.end + 1 in starts
        )
    ]


def with_honoured_names(
    text: str, tokens: Sequence[Token], named: tuple[Span, ...]
) -> tuple[Span, ...]:
    """The names with an organisation named after a person given whole: the organisation,
    "имени" or "им." and the name after it ("РГУ им Косыгина", "Театра им. Йозефа Бойса",
    "МГУ имени М. В. Ломоносова"), as all four corpora mark it. The name stays, nested, as
    NEREL marks it; the organisation's part before "имени" goes. Only a name the tagger
    took for an organisation owns what follows: "по имени Джон", "от имени ИГИЛ" name no
    organisation."""
    index = {token.start: i for i, token in enumerate(tokens)}
    organisations = {span.end: span for span in named if span.type == "ORG"}
    heads: set[Span] = set()
    wholes: list[Span] = []
    for name in named:
        i = index.get(name.start)
        if i is None or i < 2:
            continue
        connector = i - 2 if tokens[i - 1].text == "." else i - 1
        if connector < 1 or tokens[connector].text.lower() not in HONOURING:
            continue
        # the organisation ends before "имени", or the tagger took "им" in: "Театра им"
        ends = (tokens[connector - 1].end, tokens[connector].end, tokens[i - 1].end)
        head = next((organisations[end] for end in ends if end in organisations), None)
        if head is None:
            continue
        heads.add(head)
        inside = tuple(t for t in tokens if head.start <= t.start and t.end <= name.end)
        wholes.append(Span(head.start, name.end, "ORG", inside))
    if not wholes:
        return named
    return tuple(
        sorted(
            (*(span for span in named if span not in heads), *wholes),
            key=lambda s: (s.start, -s.end, s.type),
        )
    )


def begins_a_list(text: str, place: Span, places: dict[int, Span]) -> bool:
    """Whether another place follows the first in a list: in "МИД России, Казахстана и
    Белоруссии" the ministry is each country's, and no one name holds the first alone."""
    after = LIST_GLUE.match(text, place.end)
    return after is not None and after.end() in places


def is_genitive_place(place: Span, gazetteer: Gazetteer, morph: Morphology) -> bool:
    """Whether a place may stand in the genitive, each word up to its first noun ("Томской
    области", "Республики Башкортостан"), or is a country's abbreviation ("РФ", "США")."""
    name = " ".join(token.text for token in place.tokens)
    if name.isupper():
        entries = gazetteer.lookup(name)
        return len(entries) == 1 and entries[0].id.startswith("country-")
    for token in place.tokens:
        if not any(c.isalpha() for c in token.text):
            continue
        genitives = [p for p in morph.parse(token.text) if case_of(p.tag) == "gent"]
        if not genitives:
            return False
        if any(p.tag.POS == "NOUN" for p in genitives):
            return True  # a name after the noun is in apposition: "Башкортостан"
    return True
