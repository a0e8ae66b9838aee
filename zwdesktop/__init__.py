"""zwdesktop — an offline desktop program for running a Zukunftswerkstatt (future workshop)."""

__version__ = "0.1.0"
APP_NAME = "zwdesktop"
