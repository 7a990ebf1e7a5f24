"""Stage 4, relations: who holds which title at which organisation, from the patterns of a
sentence, predicates, references back, and a learned linker for what rules leave.

In: `Mention`s with their sentences and forms. Out: `Occupation` links (mention ids).
"""
