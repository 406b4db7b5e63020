"""The command line (click only): :mod:`main` holds the group and the entry point,
each other module a command or two."""

from plancheck.cli.main import main, run

__all__ = ["main", "run"]
