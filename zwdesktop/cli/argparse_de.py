"""argparse's own words ("usage:", "options", its error messages) in the interface language.

argparse looks its texts up through the module-level names ``_`` and
``ngettext`` (gettext), and Python ships no German catalogue for them. While the
command line parses in German, :func:`argparse_language` puts a lookup in this
table in their place. The table holds every text of the Python versions we run
on; a test checks that the running argparse has no text missing from it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "subcommands": "Befehle",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "die Versionsnummer zeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl: %(value)r (möglich sind %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "ungültige Auswahl: %(value)r, vielleicht %(closest)r? (möglich sind %(choices)s)"
    ),
    "the following arguments are required: %s": "diese Argumente fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "expected one argument": "ein Wert erwartet",
    "expected at most one argument": "höchstens ein Wert erwartet",
    "expected at least one argument": "mindestens ein Wert erwartet",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "ignored explicit argument %r": "Wert %r wird nicht angenommen",
    "not allowed with argument %s": "nicht zusammen mit dem Argument %s erlaubt",
    "one of the arguments %s is required": "eines der Argumente %s ist nötig",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich sind %(choices)s)",
    "unexpected option string: %s": "unerwartete Option: %s",
    "option '%(option)s' is deprecated": "die Option „%(option)s“ ist veraltet",
    "argument '%(argument_name)s' is deprecated": "das Argument „%(argument_name)s“ ist veraltet",
    "command '%(parser_name)s' is deprecated": "der Befehl „%(parser_name)s“ ist veraltet",
    # Mistakes in the program's own parser, not the user's; translated all the same.
    "%r is not callable": "%r ist nicht aufrufbar",
    "'required' is an invalid argument for positionals": "„required“ ist für Positionsargumente nicht erlaubt",
    ".__call__() not defined": ".__call__() ist nicht definiert",
    'argument "-" with mode %r': "Argument „-“ mit dem Modus %r",
    "cannot have multiple subparser arguments": "nur ein Argument mit Befehlen ist möglich",
    "cannot merge actions - two groups are named %r": "Aktionen nicht zusammenführbar – zwei Gruppen heißen %r",
    "conflicting subparser alias: %s": "doppelter Befehlsname: %s",
    "conflicting subparser: %s": "doppelter Befehl: %s",
    "dest= is required for options like %r": "dest= ist nötig für Optionen wie %r",
    "invalid conflict_resolution value: %r": "ungültiger Wert für conflict_resolution: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ungültige Option %(option)r: muss mit einem Zeichen aus %(prefix_chars)r beginnen"
    ),
    "mutually exclusive arguments must be optional": "einander ausschließende Argumente müssen Optionen sein",
}

GERMAN_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("%s Wert erwartet", "%s Werte erwartet"),
    ("conflicting option string: %s", "conflicting option strings: %s"): (
        "doppelte Option: %s",
        "doppelte Optionen: %s",
    ),
}


def _german(message: str) -> str:
    return GERMAN.get(message, message) if isinstance(message, str) else message


def _german_plural(singular: str, plural: str, n: int) -> str:
    one, many = GERMAN_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """While the block runs, argparse speaks ``language`` (German for ``"de"``; English as it is)."""
    if language != "de":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    setattr(argparse, "_", _german)  # noqa: B010 - a module global argparse looks up at every use
    setattr(argparse, "ngettext", _german_plural)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010
