"""Stage 2b, job titles: TITLE spans found through the lexicon on lemmas, with the
complements that complete them ("министр культуры и информации РК").

In: an `Analysis` and the named spans. Out: TITLE `Span`s; named spans rid of titles.
"""
