"""Command-line interface: ``python -m dashboard validate | schema-docs | export-png``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _existing_dir(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a directory: {text}")
    return path


def _cmd_validate(args: argparse.Namespace) -> int:
    from dashboard.core.dataset import load_dataset
    from dashboard.core.report import validation_report

    ds = load_dataset(args.data_dir)
    print(validation_report(ds))
    return EXIT_OK if ds.ok else EXIT_PROBLEMS


def _cmd_schema_docs(args: argparse.Namespace) -> int:
    from dashboard.core.schema_docs import schema_markdown

    text = schema_markdown()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check a data directory; exit 0 clean, 1 problems, 2 usage")
    p.add_argument(
        "--data-dir",
        type=_existing_dir,
        default=None,
        help="data directory (default: $DASHBOARD_DATA_DIR or the repository root)",
    )
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("schema-docs", help="print the data contract as Markdown")
    p.add_argument("--out", help="write to this file instead of stdout")
    p.set_defaults(func=_cmd_schema_docs)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (argparse exits with 2 on usage errors)."""
    args = build_parser().parse_args(argv)
    return args.func(args)
