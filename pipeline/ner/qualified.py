"""An organisation's name with the country it belongs to: "МИД России", "Минздрав Украины",
"ФСБ РФ". The tagger names the body and the country apart; NEREL, BSNLP and SlavicNER mark
the whole as the organisation's name (NEREL nests the two parts inside it), and it is the
name a reader means. FactRuEval marks only the parts, which stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.records import Span

# what joins the places of a list: ", ", " и ", " или "
LIST_GLUE = re.compile(r",\s*|\s+(?:и|или)\s+")


def country_qualified(text: str, named: Sequence[Span], gazetteer: Gazetteer) -> Iterator[Span]:
    """An organisation and the country right after it, in the genitive or abbreviated
    ("МИД России", "Минздрав РФ"), as one organisation; not "ФСЭГ Россия"."""
    places = {span.start: span for span in named if span.type == "LOC"}
    for organisation in named:
        if organisation.type != "ORG" or text[organisation.end : organisation.end + 1] != " ":
            continue
        place = places.get(organisation.end + 1)
        if (
            place is not None
            and is_countrys_genitive(place, gazetteer)
            and not begins_a_list(text, place, places)
        ):
            yield Span(organisation.start, place.end, "ORG", (*organisation.tokens, *place.tokens))


def begins_a_list(text: str, place: Span, places: dict[int, Span]) -> bool:
    """Whether another place follows the country in a list: in "МИД России, Казахстана и
    Белоруссии" the ministry is each country's, and no one name holds the first alone."""
    after = LIST_GLUE.match(text, place.end)
    return after is not None and after.end() in places


def is_countrys_genitive(place: Span, gazetteer: Gazetteer) -> bool:
    """Whether a place is a country named in an oblique case ("России") or by an
    abbreviation ("РФ", "США"), which cannot be the subject its own name would be."""
    name = " ".join(token.text for token in place.tokens)
    entries = gazetteer.lookup(name)
    if len(entries) != 1 or not entries[0].id.startswith("country-"):
        return False
    return name.isupper() or gazetteer.nominative(name, entries[0]) != name
