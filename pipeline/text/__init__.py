"""Stage 1, the text: sentences and tokens (razdel), lemmas and parts of speech (pymorphy3
behind a cache), and the inflection helpers every later stage uses.

In: a string. Out: an `Analysis` (sentences of `Token`s with offsets, lemma and POS).
"""
