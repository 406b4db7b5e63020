"""Plain text and Markdown files → Source (one clean line per file line)."""

from __future__ import annotations

import unicodedata

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.ingest.encoding import decide_non_utf8, decode_unicode, legacy_name, unicode_lines
from plancheck.ingest.errors import IngestError
from plancheck.source import LineOrigin, Source, source_from_lines


def read_text(path: str, data: bytes, fmt: str) -> Source:
    if not data or data.isspace():  # as data.strip() would tell, without copying the file
        raise IngestError(path, "empty")
    try:
        unicode = decode_unicode(data)
        if unicode is None:
            found = decide_non_utf8(data)
            notes = [f"invalid-utf8:{found.invalid_count}:{','.join(map(str, found.invalid))}"] if found.invalid else []
            if found.mixed:
                notes.append(f"mixed-encoding:{found.encoding}")
            source = _mapped_source(path, fmt, found.lines, found.encoding, notes)
        elif unicodedata.is_normalized("NFC", unicode[0]):
            # The usual file: its clean lines are its lines, column for column
            # (no origins to list: see Source.origins).
            text, encoding = unicode
            source = Source(path, fmt, text.replace("\r\n", "\n").replace("\r", "\n"), [], encoding)
        else:
            source = _mapped_source(path, fmt, unicode_lines(unicode[0]), unicode[1])
    except ValueError:
        raise IngestError(path, "binary") from None
    if not source.text or source.text.isspace():
        raise IngestError(path, "empty")
    if len(source.text) > budget.current().text_chars:
        raise OverBudget("text_chars", budget.current().text_chars)
    return source


def _mapped_source(path: str, fmt: str, lines: list, encoding: str, notes: list[str] | None = None) -> Source:
    """A legacy-encoded, repaired or decomposed text: each clean line keeps
    its file line and, where decoding moved characters, their original columns."""
    notes = [*(notes or []), *([f"legacy-encoding:{encoding}"] if legacy_name(encoding) else [])]
    pairs = [(text, LineOrigin(line=i + 1, columns=cols)) for i, (text, cols) in enumerate(lines)]
    return source_from_lines(path, fmt, pairs, encoding=encoding, notes=notes)
