"""Stage 2: repairs to the tagger's PER / ORG / LOC spans where it breaks news conventions.

slovnet's news model reads a name and its bracketed alias as one mention ("Ши Тао (Shi
Tao)"), runs a headline into the next line, takes in a capitalised common word that opens a
sentence ("Христианка Асия Биби"), leaves quotes hanging at an edge and tags the common noun
"СМИ" as an organisation. Each repair (of bounds in `boundaries.py`, of types and recall
in `retyping.py`) undoes one such habit and says which annotation convention it serves;
`repair_spans` applies them in the order of `REPAIRS`.
A repair takes the spans of one text and returns them without overlaps; the order of the
result is settled at the end."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.ner.boundaries import (
    close_open_quotes,
    cut_at_run_on_sentences,
    drop_digits_from_names,
    drop_leading_verbs,
    drop_positional_capitals,
    drop_positional_kinds,
    split_at_line_breaks,
    split_bracketed_aliases,
    split_enumerations,
    split_leading_names,
    strip_legal_forms,
    take_attached_bodies,
    take_country_adjectives,
    take_remits,
    trim_edge_punctuation,
)
from pipeline.ner.illnesses import drop_illness_persons, drop_illnesses
from pipeline.ner.key_names import drop_key_combinations
from pipeline.ner.kind_names import tag_quoted_kind_names
from pipeline.ner.lone_adjectives import drop_lone_adjectives
from pipeline.ner.lone_persons import retype_lone_persons
from pipeline.ner.page import NO_ADJECTIVES, Page, page_of
from pipeline.ner.person_spans import (
    drop_doubted_persons,
    drop_lifeless_persons,
    drop_lowercase_persons,
    drop_non_noun_persons,
    drop_thing_compounds,
    drop_wavering_persons,
    join_parted_names,
    take_first_names,
)
from pipeline.ner.person_splits import (
    split_disagreeing_persons,
    split_named_apart,
    split_run_together_persons,
    split_trailing_persons,
)
from pipeline.ner.repeated_names import tag_repeated_names
from pipeline.ner.retyping import (
    drop_common_noun_abbreviations,
    drop_exit_blends,
    drop_facilities,
    drop_platforms_as_media,
    drop_services,
    drop_things,
    retype_company_names,
    retype_known_persons,
    retype_names_after_person_nouns,
    retype_organisation_aliases,
    retype_street_names,
    tag_known_organisations,
    tag_known_places,
    tag_latin_aliases,
    tag_missed_full_names,
    tag_persons_after_person_nouns,
)
from pipeline.ner.street_persons import retype_street_persons
from pipeline.records import Analysis, Span
from pipeline.text.morphology import Morphology

Repair = Callable[[Sequence[Span], Page], list[Span]]

# Splits come first so that each part is trimmed and typed on its own; spans are added
# before the last filters, which apply to them too.
REPAIRS: tuple[Repair, ...] = (
    split_at_line_breaks,
    split_bracketed_aliases,
    split_enumerations,
    split_leading_names,
    trim_edge_punctuation,
    split_disagreeing_persons,
    split_run_together_persons,
    split_trailing_persons,
    split_named_apart,
    join_parted_names,
    take_first_names,
    close_open_quotes,
    strip_legal_forms,
    take_remits,
    take_attached_bodies,
    drop_positional_capitals,
    drop_leading_verbs,
    drop_positional_kinds,
    cut_at_run_on_sentences,
    drop_digits_from_names,
    retype_company_names,
    retype_known_persons,
    retype_street_names,
    retype_street_persons,
    retype_organisation_aliases,
    tag_persons_after_person_nouns,
    retype_names_after_person_nouns,
    tag_missed_full_names,
    tag_repeated_names,
    tag_known_places,
    tag_known_organisations,
    retype_lone_persons,
    tag_quoted_kind_names,
    tag_latin_aliases,
    drop_common_noun_abbreviations,
    drop_lone_adjectives,
    drop_exit_blends,
    drop_key_combinations,
    drop_platforms_as_media,
    drop_services,
    drop_things,
    drop_illnesses,
    drop_illness_persons,
    drop_facilities,
    drop_non_noun_persons,
    drop_lifeless_persons,
    drop_thing_compounds,
    drop_lowercase_persons,
    drop_doubted_persons,
    drop_wavering_persons,
    take_country_adjectives,
)


def repair_spans(
    analysis: Analysis,
    spans: Sequence[Span],
    morph: Morphology,
    gazetteer: Gazetteer,
    repairs: Sequence[Repair] = REPAIRS,
    *,
    country_adjectives: Mapping[str, str] = NO_ADJECTIVES,
) -> tuple[Span, ...]:
    """The tagger's spans with the repairs applied in order, sorted by position."""
    page = page_of(analysis, morph, gazetteer, country_adjectives)
    repaired = list(spans)
    for step in repairs:
        repaired = step(repaired, page)
    return tuple(sorted(repaired, key=lambda s: (s.start, s.end)))
