"""The extraction stage: PLOVER events with participants, modality, dates, places and measures.

:func:`~kronika.extract.triggers.find_triggers` finds where an article names an event the
Hungarian trigger lexicon knows; :func:`~kronika.extract.dates.resolve_time_expressions`
resolves its dates against the publication date; :func:`~kronika.extract.coder.code_events`
turns both, with the linked mentions and quotes, into :class:`~kronika.types.Event` records.
The pipeline component is :class:`~kronika.extract.stage.EventStage` (``events.rules.v1``).
"""
