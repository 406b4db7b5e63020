"""The folded texts of a batch, kept from the local checks for the graph rules.

Folding a plan again for the graph rules cost a quarter of a millisecond
per plan.  Kept as 10,000 string objects, the folded texts doubled a batch's
memory: each forked worker copies every page it touches, and touching an
object means writing its reference count.  So they are kept here as ASCII
bytes in one buffer, with each text's offset map as compact arrays, and a
worker rebuilds the one it needs.
"""

from __future__ import annotations

from array import array

from plancheck.vietnamese import Folded


class FoldedStore:
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.index: dict[str, tuple] = {}

    def add(self, path: str, folded: Folded | None) -> None:
        """Keep ``folded``; a text that folds to anything but ASCII (rare) is not
        kept, and is folded again when needed."""
        if folded is None or not folded.text.isascii():
            return
        data = folded.text.encode("ascii")
        maps = (array("q", folded.starts), array("q", folded.origins)) if folded.starts is not None else None
        self.index[path] = (len(self.buffer), len(data), maps, folded.original_length)
        self.buffer += data

    def get(self, path: str) -> Folded | None:
        entry = self.index.get(path)
        if entry is None:
            return None
        at, size, maps, original_length = entry
        text = self.buffer[at : at + size].decode("ascii")
        if maps is None:
            return Folded(text, None, None, original_length)
        return Folded(text, maps[0].tolist(), maps[1].tolist(), original_length)

    def clear(self) -> None:
        self.buffer = bytearray()
        self.index = {}
