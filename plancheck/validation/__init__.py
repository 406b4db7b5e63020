"""Checks on values a user wrote (rule packs, the configuration, a baseline), said in the catalogue."""
