"""The country of a state post that its own sentence does not name, from what the document
ties to the person elsewhere.

"В 1996 году он ушел в отставку в знак протеста против действий президента Александра
Лукашенко": the sentence names no country, but the document mentions Беларусь, and
Лукашенко is known (gazetteers/persons.tsv, built from NEREL-train) as "президент
Беларуси"; "премьер-министр России Путин ... президента Путина": the person's other state
post is held in Россия; "Премьер-министр Владимир Путин ... Россия": Путин is known for state
posts of Россия only. Only a place the document itself mentions is taken, and only for
a state's post (`STATE_POSTS`): a "директор" or "тренер" is held in no country.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.entities.link import People, person_entry
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.normalize.names import read_person
from pipeline.records import Entity
from pipeline.text.keys import fold

COUNTRY = "country-"  # the gazetteer ids of countries


def known_place(
    person: Entity,
    post: str,
    posts: Sequence[str],
    people: People,
    gazetteer: Gazetteer,
    entities: Sequence[Entity],
    patronymic: Callable[[str], bool] | None = None,
) -> Entity | None:
    """The document's entity that the person's known post of the same name ends with:
    "президент" of Александр Лукашенко, known as "президент Беларуси", in a text that
    mentions Беларусь. `posts` are all the person's posts in the document (they tell
    namesakes apart); `patronymic` reads the name ("Слободан Милошевич": a surname)."""
    entry = person_entry(read_person(person.canonical, patronymic), posts, people)
    if entry is None:
        return None
    words = fold(post).split()
    found = {
        place.id
        for known in entry.posts
        if (rest := fold(known).split())[: len(words)] == words and len(rest) > len(words)
        for place in [ending_entity(rest[len(words) :], gazetteer, entities)]
        if place is not None
    }
    return entities[found.pop()] if len(found) == 1 else None


def known_country(
    person: Entity,
    posts: Sequence[str],
    people: People,
    gazetteer: Gazetteer,
    entities: Sequence[Entity],
    is_state_post: Callable[[str], bool],
    patronymic: Callable[[str], bool] | None = None,
) -> Entity | None:
    """The one country all the person's known state posts are held in, where the document
    mentions it: "Премьер-министр Владимир Путин" in a text naming Россия, Путин being known
    as "президент России" only. Not for a person known in two countries' posts."""
    entry = person_entry(read_person(person.canonical, patronymic), posts, people)
    if entry is None:
        return None
    countries = set()
    for known in entry.posts:
        words = fold(known).split()
        if not is_state_post(known):
            continue
        for start in range(1, len(words)):
            ids = {
                e.id for e in gazetteer.lookup(" ".join(words[start:])) if e.id.startswith(COUNTRY)
            }
            if ids:
                countries |= ids
                break
    if len(countries) != 1:
        return None
    same = [e for e in entities if e.gazetteer_id in countries]
    return max(same, key=lambda e: (len(e.mentions), -e.id)) if same else None


def ending_entity(
    words: Sequence[str], gazetteer: Gazetteer, entities: Sequence[Entity]
) -> Entity | None:
    """The document's entity that the longest gazetteer name ending `words` resolved to:
    "иностранных дел россии" ends with Россия."""
    for start in range(len(words)):
        ids = {e.id for e in gazetteer.lookup(" ".join(words[start:])) if e.type in ("ORG", "LOC")}
        same = [e for e in entities if e.gazetteer_id in ids]
        if same:
            return max(same, key=lambda e: (len(e.mentions), -e.id))
    return None


def country_of_other_post(
    places: Sequence[tuple[str, Entity | None]], is_state_post: Callable[[str], bool]
) -> Entity | None:
    """The one country a person's state posts of the document (`places`: each post and its
    place) are held in: "премьер-министр Молдавии Иван Петров ... президент Иван Петров";
    a city's or region's ("мэр Москвы") says nothing of his other posts ("депутат")."""
    found = {
        place.id: place
        for post, place in places
        if place is not None
        and (place.gazetteer_id or "").startswith(COUNTRY)
        and is_state_post(post)
    }
    return next(iter(found.values())) if len(found) == 1 else None
