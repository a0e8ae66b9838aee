"""zwdesktop — an offline desktop program for running a Zukunftswerkstatt (future workshop)."""

__version__ = "0.1.0"
APP_NAME = "zwdesktop"
# The command line's subcommands: the launcher (``zwdesktop WORD``) tells a command from a file by this list.
SUBCOMMANDS = ("new", "demo", "check", "export", "import", "backups", "restore", "templates", "county")
