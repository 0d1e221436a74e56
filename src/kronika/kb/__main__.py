"""``python -m kronika.kb build`` rebuilds the packaged KB from the shared corpora;
``python -m kronika.kb import-wikidata DUMP`` prints a dump's entities as JSON lines.

The CLI proper (``kronika kb …``) belongs to :mod:`kronika.cli`; this is the build recipe.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from kronika.kb.artefact import kb_path, write_kb
from kronika.kb.build import build_kb_with_notes, summary
from kronika.kb.wikidata import import_wikidata

# The checkout's sibling ../shared/corpora, unless KRONIKA_CORPORA says otherwise (as in tests).
DEFAULT_CORPORA = Path(
    os.environ.get("KRONIKA_CORPORA", Path(__file__).resolve().parents[4] / "shared" / "corpora")
)


def main(argv: list[str] | None = None) -> int:
    """Run the build or the dump import; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m kronika.kb")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="rebuild kb.jsonl.gz from kb-seed")
    build.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    build.add_argument("--out", type=Path, default=None)
    dump = commands.add_parser("import-wikidata", help="stream a Wikidata JSON dump")
    dump.add_argument("dump", type=Path)
    args = parser.parse_args(argv)
    if args.command == "import-wikidata":
        for entity in import_wikidata(args.dump):
            print(json.dumps(entity.to_json(), ensure_ascii=False, sort_keys=True))
        return 0
    result = build_kb_with_notes(args.corpora)
    path = write_kb(result.entities, args.out or kb_path())
    counts = summary(result.entities)
    print(f"{len(result.entities)} entities → {path}")
    for name, counter in counts.items():
        print(f"by {name}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for title, lines in (
        ("type conflicts", result.notes.type_conflicts),
        ("2026 holders without a KB person (added without QID)", result.notes.unmatched_current),
        ("2026 holders matching several people (skipped)", result.notes.ambiguous_current),
        ("verified QIDs no entity carries", result.notes.verified_missing),
    ):
        if lines:
            print(f"{title}:", *(f"  {line}" for line in lines), sep="\n", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
