"""Who is who in an article: mentions linked to knowledge-base entities.

:func:`link_mentions` gives each mention an entity id (a KB id such as ``Q7747``, or a local
NIL id ``nil:<article id>:<name>`` shared by every mention of one unknown name in the
article), a confidence and the rule that made the link, and adds role descriptions
(``az ukrán elnök``) as new mentions. :class:`LinkStage` is the pipeline component; the index
over the packaged KB (``kronika.kb.index``, shared with the event stage) is built once per
process (:func:`load_index`).
:func:`~kronika.link.evaluate.evaluate_linking` scores it against a gold set.
"""

from kronika.kb.index import KbIndex, build_index, fold, load_index, nil_id
from kronika.link.linker import Link, link_mentions
from kronika.link.stage import LinkStage

__all__ = [
    "KbIndex",
    "Link",
    "LinkStage",
    "build_index",
    "fold",
    "link_mentions",
    "load_index",
    "nil_id",
]
