"""`python -m plancheck` runs the CLI."""

from plancheck.cli import run

if __name__ == "__main__":
    run()
