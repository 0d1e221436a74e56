"""``python -m kronika.nlp train|eval``: a stand-in edge until ``kronika train/eval nlp`` exist.

Parses arguments and calls one library function each; nothing else lives here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kronika.errors import KronikaError


def _parse_override(text: str) -> tuple[str, object]:
    """Parse ``section.key=value``; the value is JSON where it parses, else a string."""
    key, sep, raw = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"--set expects section.key=value, got {text!r}")
    try:
        value: object = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key, value


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``train`` or ``eval``; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m kronika.nlp")
    commands = parser.add_subparsers(dest="command", required=True)

    train = commands.add_parser("train", help="convert NerKor and train the pipeline")
    train.add_argument("--corpora", type=Path, required=True)
    train.add_argument("--out", type=Path, required=True)
    train.add_argument("--config", type=Path, default=None)
    train.add_argument("--seed", type=int, default=0)
    train.add_argument(
        "--set",
        dest="overrides",
        type=_parse_override,
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
    )

    evaluate = commands.add_parser("eval", help="score a pipeline on NerKor test")
    evaluate.add_argument("--model", type=Path, required=True)
    evaluate.add_argument("--corpora", type=Path, required=True)
    evaluate.add_argument("--split", default="test")
    evaluate.add_argument("--json", dest="as_json", action="store_true")

    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            from kronika.nlp.train import DEFAULT_CONFIG, train_pipeline

            result = train_pipeline(
                args.corpora,
                args.out,
                config=args.config or DEFAULT_CONFIG,
                overrides=dict(args.overrides),
                seed=args.seed,
            )
            print(f"best model: {result.model_best}")
        else:
            from kronika.nlp.evaluate import evaluate_on_nerkor, format_report

            report = evaluate_on_nerkor(args.model, args.corpora, split=args.split)
            print(json.dumps(report, indent=2) if args.as_json else format_report(report))
    except KronikaError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
