"""Stage 3b, entities: gazetteer resolution of organisation and place mentions (with the
country the sentence gives a shared name), and the merging of one entity's mentions within
a document.

In: `Mention`s. Out: a gazetteer `Entry` or None per mention; an entity id per mention and
the document's `Entity` records.
"""
