"""`python -m plancheck.schemas` rewrites the committed JSON Schemas."""

from plancheck.schemas import write_all

write_all()
