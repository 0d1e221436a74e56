"""Who is who: Krónika's entity knowledge base.

Entities (people, organisations, countries, places) with Wikidata QIDs where data confirms
them, English and Hungarian names, aliases (including the Hungarian transcriptions of Russian
and Ukrainian names), PLOVER sectors and roles over time. :func:`build_kb` builds it from the
shared ``kb-seed`` tables and the packaged manual facts; the result ships as
``kronika/data/kb/kb.jsonl.gz`` and :func:`read_kb` loads it. :func:`import_wikidata` streams
a Wikidata JSON dump into the same records.
"""

from kronika.errors import KnowledgeBaseError
from kronika.kb.artefact import iter_kb, kb_path, read_kb, write_kb
from kronika.kb.build import build_kb, build_kb_with_notes
from kronika.kb.wikidata import import_wikidata

__all__ = [
    "KnowledgeBaseError",
    "build_kb",
    "build_kb_with_notes",
    "import_wikidata",
    "iter_kb",
    "kb_path",
    "read_kb",
    "write_kb",
]
