"""The extraction stage: event triggers with their modality cues, and time expressions.

Groundwork for PLOVER event coding (issue 5): :func:`find_triggers` finds where an article
names an event the Hungarian trigger lexicon knows; :func:`resolve_time_expressions` finds
and resolves its dates against the publication date.
"""
