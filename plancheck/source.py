"""The clean text of one input file, and the way back to the file.

Every ingest module produces a :class:`Source`: NFC text with ``\\n`` line ends,
plus, for each clean line, where it came from (the file's line for text files,
the paragraph index for .docx, the page for .pdf) and, when conversion moved
characters (VNI's two-byte letters, NFC composition), each character's
original column.  Parsing and checks work on offsets into ``text``; reports use
:meth:`Source.locate` to name the spot the reviewer will find in the file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(slots=True)
class LineOrigin:
    """Where one clean line came from."""

    line: int  # 1-based line in the original file (or clean line for docx/pdf)
    paragraph: int | None = None  # 0-based .docx body paragraph index
    page: int | None = None  # 1-based PDF page
    cell: tuple[int, int, int] | None = None  # .docx: 1-based table, row and cell of text in a table
    columns: list[int] | None = None  # 0-based original column per clean char


@dataclass(slots=True)
class Source:
    """Clean Unicode text of a document plus its map back to the original."""

    path: str
    format: str  # txt | md | docx | pdf
    text: str
    # Where each clean line came from.  Lines past the end of the list (all
    # of them, for the usual UTF-8 text file) are the file's own lines,
    # column for column: building ~200 identical objects per plan cost more
    # than reading the file.
    origins: list[LineOrigin]
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (plancheck.ingest.ocr)
    ocr_words: list[tuple[int, int, float]] = field(default_factory=list)  # each OCR word: text range, confidence
    low_confidence: list[tuple[int, int]] = field(default_factory=list)  # text ranges of words OCR was unsure of
    _line_starts: list[int] | None = None
    _memo: dict = field(default_factory=dict, repr=False)  # derived texts, made once per document

    def cached(self, name: str, make):
        """``make()``, computed once per Source (the parser and several checks
        need the same lower-cased text, folded text and sentence ends)."""
        value = self._memo.get(name)
        if value is None:
            value = self._memo[name] = make()
        return value

    def remembered(self, name: str):
        """What :meth:`cached` made under ``name``, or None."""
        return self._memo.get(name)

    def remember(self, name: str, value) -> None:
        """Keep a derived text made elsewhere (the fold of the local checks,
        kept for the graph rules), as :meth:`cached` would."""
        self._memo[name] = value

    @property
    def lowered(self) -> str:
        """The text in lower case, offset for offset (a letter whose lower
        case is longer, such as "İ", is left as it is)."""
        return self.cached("lowered", self._lower_in_place)

    def _lower_in_place(self) -> str:
        low = self.text.lower()
        if len(low) == len(self.text):
            return low
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            text = self.text
            pos = text.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
            self._line_starts = starts
        return self._line_starts

    def know_line_starts(self, starts: list[int]) -> None:
        """The offsets where the clean lines begin, from whoever split the
        text already (the parser does, first thing)."""
        if self._line_starts is None:
            self._line_starts = starts

    def clean_position(self, offset: int) -> tuple[int, int]:
        """0-based (clean line index, column) of a text offset."""
        starts = self.line_starts
        idx = bisect_right(starts, offset) - 1
        return idx, offset - starts[idx]

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file for a clean offset."""
        idx, col = self.clean_position(offset)
        return self.file_position(idx, col)

    def origin_at(self, idx: int) -> LineOrigin | None:
        """Where clean line ``idx`` came from; None for a line that is the
        file's own line, column for column (see ``origins``)."""
        return self.origins[idx] if idx < len(self.origins) else None

    def file_position(self, idx: int, col: int) -> tuple[int, int]:
        """1-based (line, column) in the original file of clean line ``idx``, column ``col``."""
        origin = self.origin_at(idx)
        if origin is None:
            return idx + 1, col + 1
        if origin.columns:
            if col < len(origin.columns):
                col = origin.columns[col]
            else:
                col = origin.columns[-1] + 1 + (col - len(origin.columns))
        return origin.line, col + 1

    def span_position(self, start: int, last: int) -> tuple[int, int, int, int, LineOrigin | None]:
        """(line, column, end line, end column, origin) of the characters
        ``start`` .. ``last`` (inclusive): one line look-up when both lie on
        the same line, as nearly every span does (the parser makes about a
        hundred spans per document)."""
        starts = self.line_starts
        idx = bisect_right(starts, start) - 1
        nxt = starts[idx + 1] if idx + 1 < len(starts) else None
        end_idx = idx if nxt is None or last < nxt else bisect_right(starts, last) - 1
        line, col = self.file_position(idx, start - starts[idx])
        end_line, end_col = self.file_position(end_idx, last - starts[end_idx])
        return line, col, end_line, end_col, self.origin_at(idx)

    def origin_of(self, offset: int) -> LineOrigin | None:
        idx, _ = self.clean_position(offset)
        return self.origin_at(idx)

    def page_line(self, offset: int) -> tuple[int | None, int | None]:
        """(page, line on that page) of a clean offset, for a PDF or a scan; (None, None) otherwise."""
        idx, _ = self.clean_position(offset)
        origin = self.origin_at(idx)
        if origin is None or origin.page is None:
            return None, None
        first = idx
        while first > 0 and (self.origin_at(first - 1) or origin).page == origin.page:
            first -= 1
        return origin.page, idx - first + 1

    def on_ocr_page(self, offset: int) -> bool:
        if not self.ocr_pages:
            return False
        page, _ = self.page_line(offset)
        return page in self.ocr_pages

    def unsure(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` touches a word OCR read with low confidence."""
        return any(a < max(end, start + 1) and start < b for a, b in self.low_confidence)

    def line_text(self, clean_index: int) -> str:
        starts = self.line_starts
        end = starts[clean_index + 1] - 1 if clean_index + 1 < len(starts) else len(self.text)
        return self.text[starts[clean_index] : end]


def source_from_lines(
    path: str,
    fmt: str,
    lines: list[tuple[str, LineOrigin]],
    encoding: str | None = None,
    notes: list[str] | None = None,
) -> Source:
    """Assemble a Source from (clean line, origin) pairs."""
    return Source(
        path=path,
        format=fmt,
        text="\n".join(text for text, _ in lines),
        origins=[origin for _, origin in lines],
        encoding=encoding,
        notes=list(notes or []),
    )
