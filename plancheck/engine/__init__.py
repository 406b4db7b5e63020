"""The engine: which packs and rules apply (:mod:`select`), running them (:mod:`check`),
the findings they make (:mod:`findings`) and one document's result (:mod:`result`).
Import from those modules: this package imports nothing, so a report can read
a result without loading the checks.
"""
