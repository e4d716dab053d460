"""The rhetoric stage: persuasion techniques, genre, perspective, stance,
subjectivity and signs of translation (see docs/rhetoric.md).

Evidence, not verdicts: every finding is a span with its reason and a reader
decides; every lexicon and pattern works the same for every side of a conflict.
"""
