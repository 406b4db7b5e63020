"""`python -m plancheck` runs the CLI."""

from plancheck.cli import main

if __name__ == "__main__":
    main()
