"""The launcher: ``zwdesktop [FILE.zwd]`` opens the window, ``zwdesktop SUBCOMMAND …`` runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from . import SUBCOMMANDS


def _names_a_file(word: str) -> bool:
    """Whether ``word`` is meant as a workshop file: one that exists, or any name ending in .zwd.

    ``zwdesktop missing.zwd`` opens the window, which says that the file is missing;
    ``zwdesktop frobnicate`` is a typing mistake for a command.
    """
    return word.lower().endswith(".zwd") or Path(word).exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the GUI and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in SUBCOMMANDS or args[0].startswith("-") or len(args) > 1 or not _names_a_file(args[0])):
        from .cli import main as cli_main

        return cli_main(args)  # a command, or argparse explains the usage and exits with 2
    from .gui.app import run

    return run(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
