"""Build :class:`~plancheck.model.Span` objects from clean-text offsets."""

from __future__ import annotations

from plancheck.model import Span
from plancheck.source import Source


def make_span(source: Source, start: int, end: int) -> Span:
    end = max(end, start)
    line, column, end_line, end_column, origin = source.span_position(start, max(end - 1, start))
    return Span(
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + (1 if end > start else 0),
        paragraph=origin.paragraph if origin else None,
        page=origin.page if origin else None,
    )
