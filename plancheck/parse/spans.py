"""Build :class:`~plancheck.model.Span` objects from clean-text offsets."""

from __future__ import annotations

from bisect import bisect_right

from plancheck.model import Span, positional
from plancheck.parse.lines import Line
from plancheck.source import LineOrigin, Source


def make_span(source: Source, start: int, end: int) -> Span:
    end = max(end, start)
    return _span(start, end, *source.span_position(start, max(end - 1, start)))


def line_span(source: Source, ln: Line) -> Span:
    """The span of a line's plain text, as :func:`make_span` gives it, without
    searching for the line: the parser already knows it (section headings,
    header lines and assignment lines make most of a plan's spans)."""
    start = ln.plain_start
    end = start + len(ln.plain)
    last = max(end - 1, start)
    if last - ln.start > len(ln.raw):  # Markdown dressing moved the text out of its line: look it up
        return make_span(source, start, end)
    if ln.index >= len(source.origins):  # the file's own line, column for column (see Source.origins)
        line = ln.index + 1
        return _span(start, end, line, start - ln.start + 1, line, last - ln.start + 1, None)
    line, column = source.file_position(ln.index, start - ln.start)
    end_line, end_column = source.file_position(ln.index, last - ln.start)
    return _span(start, end, line, column, end_line, end_column, source.origin_at(ln.index))


_new_span = positional(Span)  # start, end, line, column, end_line, end_column, paragraph, page


def _span(
    start: int, end: int, line: int, column: int, end_line: int, end_column: int, origin: LineOrigin | None
) -> Span:
    """``end_column`` is that of the last character: the span's end is one past it."""
    paragraph, page = (origin.paragraph, origin.page) if origin else (None, None)
    return _new_span(start, end, line, column, end_line, end_column + (1 if end > start else 0), paragraph, page)


class Intervals:
    """Text ranges [start, end) asked about many times: is an offset inside
    one, which one starts next.  Sorted once, each question a bisection, so a
    document with thousands of citations is not re-scanned for every match."""

    def __init__(self, ranges) -> None:
        pairs = sorted((a, b) for a, b in ranges if a is not None and b is not None)
        self.starts = [a for a, _ in pairs]
        self.reach: list[int] = []  # the farthest end among the ranges sorted up to here
        far = -1
        for _, b in pairs:
            far = max(far, b)
            self.reach.append(far)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def next_start(self, after: int, before: int) -> int | None:
        """The first range start strictly inside (after, before), or None."""
        i = bisect_right(self.starts, after)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < before else None
