"""Where an issuing body sits: Vietnam's administrative units, both eras.

:mod:`units` is the one home of unit words and levels; :mod:`index` builds and
queries the name index; :mod:`places` resolves an issuer to its unit.  Import
from those modules: this package imports nothing, so the parser can ask for
unit words without opening the index.
"""
