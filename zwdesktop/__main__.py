"""The launcher: ``zwdesktop [FILE.zwd]`` opens the window, ``zwdesktop SUBCOMMAND …`` runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Kept here, not imported from .cli, so that opening the window does not load
# the command line's modules (start-up time); a test checks both agree.
SUBCOMMANDS = ("new", "demo", "check", "export", "import", "templates")


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the GUI and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in SUBCOMMANDS or args[0].startswith("-")):
        from .cli import main as cli_main

        return cli_main(args)
    if len(args) > 1:
        from .cli import main as cli_main

        return cli_main(args)  # argparse explains the usage and exits with 2
    from .gui.app import run

    return run(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
