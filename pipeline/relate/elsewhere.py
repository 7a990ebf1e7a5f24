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

from collections.abc import Callable, Iterable, Mapping, Sequence

from pipeline.entities.link import People, person_entry
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.normalize.names import read_person
from pipeline.records import Entity
from pipeline.text.keys import fold

COUNTRY = "country-"  # the gazetteer ids of countries


class KnownPosts:
    """The places a document ties to its known people's posts, read once a document: each
    person's known posts (`person_entry`, by the name and all the person's posts of the
    document) once, in folded words, and the document's entities by gazetteer id once,
    where each fact of a post with no place asked anew and read every entity."""

    def __init__(
        self,
        posts: Mapping[int, Sequence[str]],
        people: People,
        gazetteer: Gazetteer,
        entities: Sequence[Entity],
        is_state_post: Callable[[str], bool],
        patronymic: Callable[[str], bool] | None = None,
    ) -> None:
        self.posts, self.people, self.gazetteer = posts, people, gazetteer
        self.entities, self.is_state_post, self.patronymic = entities, is_state_post, patronymic
        # each gazetteer id's most mentioned entity of the document (the first, of a tie)
        self.by_id: dict[str, Entity] = {}
        for entity in entities:
            if entity.gazetteer_id is not None:
                best = self.by_id.setdefault(entity.gazetteer_id, entity)
                if len(entity.mentions) > len(best.mentions):
                    self.by_id[entity.gazetteer_id] = entity
        self.known: dict[int, tuple[tuple[str, list[str]], ...]] = {}
        self.countries: dict[int, Entity | None] = {}

    def known_posts(self, person: int) -> tuple[tuple[str, list[str]], ...]:
        """The person's known posts, each with its folded words; none where the name is no
        one known person's (`patronymic` reads it: "Слободан Милошевич" has a surname)."""
        if person not in self.known:
            name = read_person(self.entities[person].canonical, self.patronymic)
            entry = person_entry(name, self.posts.get(person, ()), self.people)
            posts = entry.posts if entry is not None else ()
            self.known[person] = tuple((post, fold(post).split()) for post in posts)
        return self.known[person]

    def place(self, person: int, post: str) -> Entity | None:
        """The document's entity that the person's known post of the same name ends with:
        "президент" of Александр Лукашенко, known as "президент Беларуси", in a text that
        mentions Беларусь."""
        words = fold(post).split()
        found = {
            place.id
            for _, rest in self.known_posts(person)
            if rest[: len(words)] == words and len(rest) > len(words)
            for place in [self.ending_entity(rest[len(words) :])]
            if place is not None
        }
        return self.entities[found.pop()] if len(found) == 1 else None

    def country(self, person: int) -> Entity | None:
        """The one country all the person's known state posts are held in, where the
        document mentions it: "Премьер-министр Владимир Путин" in a text naming Россия, Путин
        being known as "президент России" only. Not for a person known in two countries'
        posts."""
        if person not in self.countries:
            self.countries[person] = self.one_country(person)
        return self.countries[person]

    def one_country(self, person: int) -> Entity | None:
        """`country`, sought: the countries that end the person's known state posts."""
        countries = set()
        for known, words in self.known_posts(person):
            if not self.is_state_post(known):
                continue
            for start in range(1, len(words)):
                ids = {
                    e.id
                    for e in self.gazetteer.lookup(" ".join(words[start:]))
                    if e.id.startswith(COUNTRY)
                }
                if ids:
                    countries |= ids
                    break
        if len(countries) != 1:
            return None
        return self.most_mentioned(countries)

    def ending_entity(self, words: Sequence[str]) -> Entity | None:
        """The document's entity that the longest gazetteer name ending `words` resolved to:
        "иностранных дел россии" ends with Россия."""
        for start in range(len(words)):
            name = " ".join(words[start:])
            ids = {e.id for e in self.gazetteer.lookup(name) if e.type in ("ORG", "LOC")}
            found = self.most_mentioned(ids)
            if found is not None:
                return found
        return None

    def most_mentioned(self, ids: Iterable[str]) -> Entity | None:
        """The most mentioned entity of the document resolved to one of `ids`, the first of
        a tie."""
        same = [self.by_id[i] for i in ids if i in self.by_id]
        return max(same, key=lambda e: (len(e.mentions), -e.id)) if same else None


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
