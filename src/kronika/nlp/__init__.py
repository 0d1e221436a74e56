"""Krónika's NLP stage: the Hungarian spaCy pipeline, its training recipe and evaluation.

Only this package imports spaCy.
"""
