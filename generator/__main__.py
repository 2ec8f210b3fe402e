"""Command line: ``python -m generator [--check] | docs | portability | changes [GIT_REF] | observe DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import paths
from .generate import GeneratorError
from .spec import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Regenerate generated_client/ from openapi.yaml, check it, or build docs.",
    )
    parser.add_argument(
        "command",
        nargs="?",
        choices=["client", "docs", "portability", "changes", "observe"],
        default="client",
        help="client (default): regenerate; docs: HTML reference; portability: the generator "
        "matrix; changes: classify spec differences since the last release (or a git revision); "
        "observe: compare a folder of recorded answers with the spec",
    )
    parser.add_argument(
        "ref",
        nargs="?",
        default=None,
        metavar="GIT_REF | DIR",
        help="observe: the batch --out folder of recorded answers (required); changes: git revision to compare with (default: every release recorded in "
        "generator/releases.yaml, and the working tree against the last one)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="portability only: ignore cached results"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 when generated_client/ differs from a fresh generation",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=paths.SPEC,
        help="OpenAPI document to use (default: openapi.yaml at the repository root)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "docs":
            from .docs import build_docs

            target = build_docs(spec=args.spec)
            print(f"Documentation site written to {target.parent}; open {target}")
            return 0
        if args.command == "portability":
            from .portability import failures, run, table

            results = run(spec=args.spec, use_cache=not args.no_cache)
            print(table(results))
            problems = failures(results)
            if problems:
                print("\n" + "\n".join(problems))
            return 0 if all(r["passed"] for r in results) else 1
        if args.command == "changes":
            from .changes import main as changes_main

            return changes_main(spec=args.spec, ref=args.ref)
        if args.command == "observe":
            from .observe import main as observe_main

            if args.ref is None:
                parser.error("observe needs the folder of recorded answers: observe DIR")
            return observe_main(Path(args.ref), spec=args.spec)
        if args.check:
            from .drift import check

            differences = check(spec=args.spec)
            if differences:
                print("generated_client/ is out of date with openapi.yaml / generator/:")
                print("\n".join(differences))
                print("\nRun `python -m generator` and commit the result (never edit by hand).")
                return 1
            print("generated_client/ matches a fresh generation.")
            return 0
        from .generate import regenerate

        regenerate(args.spec)
        print(f"generated_client/{paths.PACKAGE_NAME} regenerated from openapi.yaml")
        return 0
    except (GeneratorError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
