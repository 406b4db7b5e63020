"""plancheck — lint Vietnamese government plans against the directives they implement."""

__version__ = "0.1.0"
