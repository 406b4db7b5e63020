"""What the local checks of a batch keep for its graph rules: each
document's Source and folded text.

The graph rules need a document's text again (excerpts and line numbers of
what they find) and its folded form (theme matching).  Reading, decoding and
folding every file a second time cost about a third of the graph phase.
Kept as 10,000 string objects, though, the texts doubled a batch's memory:
each forked worker copies every page it touches, and touching an object
means writing its reference count.  So they are kept as bytes in one
buffer: the Source pickled by the worker that read it (the main process
only appends the bytes), the folded text as ASCII with its offset map as
compact arrays; a graph worker rebuilds the one it needs.
"""

from __future__ import annotations

import pickle
from array import array

from plancheck.source import Source
from plancheck.vietnamese import Folded


def source_blob(source: Source) -> bytes:
    """A Source as it is kept: without its derived texts (the folded one is
    kept apart, the others are cheaper to make again than to keep)."""
    memo, source._memo = source._memo, {}
    try:
        return pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        source._memo = memo


class KeptTexts:
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.folded_index: dict[str, tuple] = {}
        self.source_index: dict[str, tuple[int, int]] = {}

    def add(self, path: str, folded: Folded | None, source: bytes | None = None) -> None:
        """Keep ``folded`` and the ``source_blob`` of a document; a text that
        folds to anything but ASCII (rare) is not kept, and is folded again
        when needed."""
        if source is not None:
            self.source_index[path] = (len(self.buffer), len(source))
            self.buffer += source
        if folded is None or not folded.text.isascii():
            return
        data = folded.text.encode("ascii")
        maps = (array("q", folded.starts), array("q", folded.origins)) if folded.starts is not None else None
        self.folded_index[path] = (len(self.buffer), len(data), maps, folded.original_length)
        self.buffer += data

    def folded(self, path: str) -> Folded | None:
        entry = self.folded_index.get(path)
        if entry is None:
            return None
        at, size, maps, original_length = entry
        text = self.buffer[at:at + size].decode("ascii")
        if maps is None:
            return Folded(text, None, None, original_length)
        return Folded(text, maps[0].tolist(), maps[1].tolist(), original_length)

    def source(self, path: str) -> Source | None:
        entry = self.source_index.get(path)
        if entry is None:
            return None
        at, size = entry
        return pickle.loads(self.buffer[at:at + size])

    def clear(self) -> None:
        self.buffer = bytearray()
        self.folded_index = {}
        self.source_index = {}
