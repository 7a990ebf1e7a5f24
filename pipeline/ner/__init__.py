"""Stage 2a, names: PER / ORG / LOC spans from slovnet's news model run on our own tokens,
then the repairs of its spans and types where it breaks news conventions.

In: an `Analysis`. Out: `Span`s of type PER, ORG, LOC.
"""
