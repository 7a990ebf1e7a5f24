"""One fact for the synonymous posts of a person at one place, as FactRuEval counts them.

"Президент Грузии Михаил Саакашвили ... глава государства": one post named twice, so one
fact, not two. Facts of one person at one organisation or country join when their posts
are one item, by the title lexicon ("глава правительства" is its премьер-министр) or by the
Wikidata item NEREL-train links them to ("глава региона" and "губернатор": Q132050), and a
generic head ("глава", "руководитель", "глава государства", "руководитель компании") joins
the one specific post of the person there that heads such a place ("губернатор" of
Свердловская область, "генеральный директор" of a company). Two specific posts never join
("президент" and "премьер-министр" of Россия are two facts), nor posts at two places.

Facts only, read after the links have taken their places: the mention-level links stay.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.entities.merge import title_key
from pipeline.lexicons.titles import TitleLexicon
from pipeline.records import Entity, Fact
from pipeline.relate.antecedents import PLACE_KINDS
from pipeline.relate.document_places import FACT_KINDS
from pipeline.relate.facts import Consolidated
from pipeline.text.keys import fold
from pipeline.text.morphology import Morphology

# the nouns that say a person heads a place without saying which post: "глава Свердловской
# области" is its губернатор, "руководитель компании" its генеральный директор
GENERIC_HEADS = frozenset({"глава", "руководитель"})
# what a generic head may name after it, the kind of place it heads: "глава государства"
HEADED_KINDS = frozenset(PLACE_KINDS) | FACT_KINDS | {"правительство", "администрация"}
# the posts that head the country, region or city they are held in
STATE_HEADS = frozenset(
    {"президент", "премьер-министр", "премьер", "губернатор", "мэр", "градоначальник",
     "канцлер", "король", "королева", "император", "султан", "эмир"}
)  # fmt: skip
# the posts that head the organisation they are held in ("генеральный директор": директор)
ORG_HEADS = frozenset({"директор", "гендиректор", "президент", "председатель", "ректор"})
# the words before such a head that keep it the head: "генеральный директор"; not
# "операционный директор", "вице-президент"
HEAD_MODIFIERS = frozenset({"генеральный", "главный", "исполнительный"})
WIKIDATA = "wikidata:"


@dataclass(frozen=True, slots=True)
class PostReader:
    """What tells two posts apart: the lemmas, the title lexicon, the titles' QIDs."""

    morph: Morphology
    lexicon: TitleLexicon
    title_ids: Mapping[str, str]  # folded nominative of a job title -> its QID

    def same(self, a: str, b: str) -> bool:
        """Whether two posts are one item: NEREL-train links both to one Wikidata item, or
        one is the lexicon's canonical title of the other ("премьер-министр" of "глава
        правительства", "солист" of "вокалист") but not two single words NEREL-train
        links to two items (the lexicon's "патриарх" and its "епископ", "эмир" and "шейх":
        two ranks); never two variants of one canonical ("профессор", "академик")."""
        key_a, key_b = title_key(a, self.title_ids), title_key(b, self.title_ids)
        if key_a == key_b:
            return True
        if len(a.split()) == 1 == len(b.split()) and WIKIDATA in key_a and WIKIDATA in key_b:
            return False
        return self.canonical(a) == fold(b) or self.canonical(b) == fold(a)

    def canonical(self, post: str) -> str | None:
        """The lexicon's canonical title of the whole post, folded."""
        canonical = self.lexicon.canonical.get(self.lemmas(post))
        return None if canonical is None else fold(canonical)

    def lemmas(self, post: str) -> tuple[str, ...]:
        return tuple(self.morph.lemma_and_pos(word)[0] for word in fold(post).split())

    def is_generic(self, post: str) -> bool:
        """ "глава", "руководитель", "глава государства", "руководитель компании": a head
        whose lexicon canonical is a generic head, or, with no other canonical, that only a
        kind of place follows; not "глава правительства" (премьер-министр), "глава
        демократического меньшинства"."""
        lemmas = self.lemmas(post)
        canonical = self.canonical(post)
        if canonical in GENERIC_HEADS:
            return True
        if canonical is not None and canonical != fold(post):
            return False  # "глава правительства" is a премьер-министр
        return bool(lemmas) and lemmas[0] in GENERIC_HEADS and set(lemmas[1:]) <= HEADED_KINDS

    def heads(self, post: str, place: Entity) -> bool:
        """Whether a post heads its place: "губернатор" a region, "генеральный директор" a
        company; not "операционный директор", nor a state's post an organisation
        ("премьер-министр" of a party)."""
        *modifiers, head = self.lemmas(post) or ("",)
        heads = STATE_HEADS if place.type == "LOC" else ORG_HEADS
        return head in heads and set(modifiers) <= HEAD_MODIFIERS


def one_post_facts(
    consolidated: Consolidated, entities: Sequence[Entity], reader: PostReader
) -> Consolidated:
    """The facts, those of one person at one place whose posts are one joined."""
    stated = consolidated.stated
    at_place: dict[tuple, list[int]] = {}
    for index, fact in enumerate(stated):
        if fact.title and fact.org_canonical is not None:
            key = (fact.person, fact.org, fact.org is None and fold(fact.org_canonical))
            at_place.setdefault(key, []).append(index)
    root = {}  # each joined fact's index -> the fact it joins
    for indices in at_place.values():
        if len(indices) > 1:
            root.update(joined(stated, indices, entities, reader))
    if not root:
        return consolidated
    members: dict[int, list[int]] = {}
    for index in range(len(stated)):
        members.setdefault(root.get(index, index), []).append(index)
    out = []
    for index, fact in enumerate(stated):
        if index in members:
            out.append((min(members[index]), merged(fact, [stated[i] for i in members[index]])))
    return Consolidated(tuple(fact for _, fact in sorted(out, key=lambda pair: pair[0])))


def joined(
    facts: Sequence[Fact], indices: list[int], entities: Sequence[Entity], reader: PostReader
) -> dict[int, int]:
    """Of the facts (`indices`) of one person at one place, each joined fact and the fact
    it joins: one item's posts to the first specific one, then the generic heads to the
    one specific post left if it heads the place."""
    generic = {i: reader.is_generic(facts[i].title) for i in indices}
    # specific before generic, then in order: the post a fact keeps
    order = sorted(indices, key=lambda i: (generic[i], i))
    target: dict[int, int] = {}
    for position, i in enumerate(order):
        for j in order[:position]:
            if j not in target and reader.same(facts[i].title, facts[j].title):
                target[i] = j
                break
    kept = [i for i in order if i not in target]
    specific = [i for i in kept if not generic[i]]
    org = facts[indices[0]].org
    if len(specific) == 1 and org is not None:
        head = specific[0]
        if reader.heads(facts[head].title, entities[org]):
            target.update((i, head) for i in kept if generic[i])
    return {i: final(target, i) for i in target}


def final(target: Mapping[int, int], index: int) -> int:
    while index in target:
        index = target[index]
    return index


def merged(kept: Fact, facts: list[Fact]) -> Fact:
    """One fact of several: the kept one's post and place, everyone's title mentions and
    links, the sentence that states the first."""
    first = min(facts, key=lambda fact: min(fact.occupations, default=0))
    return replace(
        kept,
        titles=tuple(sorted({t for fact in facts for t in fact.titles})),
        occupations=tuple(sorted({o for fact in facts for o in fact.occupations})),
        sentence=first.sentence,
    )
