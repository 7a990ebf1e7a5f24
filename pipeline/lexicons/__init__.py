"""What the pipeline knows before it reads: the gazetteers of places and organisations
(every name indexed in its six cases), the title lexicon, the adjectives that name
countries. Read from the shipped files (`pipeline.data`) and the user's own.

In: TSV files and a `Morphology`. Out: `Gazetteer`, `TitleLexicon`, adjective -> country.
The NER repairs already consult the gazetteer, so it comes before them.
"""
