"""Build :class:`~plancheck.model.Span` objects from clean-text offsets."""

from __future__ import annotations

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


def _span(start: int, end: int, line: int, column: int, end_line: int, end_column: int,
          origin: LineOrigin | None) -> Span:
    """``end_column`` is that of the last character: the span's end is one past it."""
    paragraph, page = (origin.paragraph, origin.page) if origin else (None, None)
    return _new_span(start, end, line, column, end_line, end_column + (1 if end > start else 0), paragraph, page)
