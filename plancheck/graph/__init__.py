"""The citation graph of a run: its nodes and edges (:mod:`nodes`), how a citation is
resolved (:mod:`resolve`) and a document placed (:mod:`placing`), the graph and its
queries (:mod:`citation_graph`), and its JSON (:mod:`export`).  Import from those
modules: this package imports nothing.
"""
