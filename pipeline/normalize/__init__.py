"""Stage 3a, normal forms: the nominative of every mention, persons with one gender and
case across their name words, organisations and places by their head phrase, titles by
their head word; then one reading of a person's name across the document.

In: the spans of a window and their text. Out: a `normal` string per span.
"""
