"""Plain text and Markdown files → Source (one clean line per file line)."""

from __future__ import annotations

from plancheck.ingest.encoding import decode_text, legacy_name
from plancheck.ingest.errors import IngestError
from plancheck.source import LineOrigin, Source, source_from_lines


def read_text(path: str, data: bytes, fmt: str) -> Source:
    if not data.strip():
        raise IngestError(path, "empty")
    try:
        lines, encoding = decode_text(data)
    except ValueError:
        raise IngestError(path, "binary") from None
    notes = []
    if legacy_name(encoding):
        notes.append(f"legacy-encoding:{encoding}")
    pairs = [(text, LineOrigin(line=i + 1, columns=cols)) for i, (text, cols) in enumerate(lines)]
    source = source_from_lines(path, fmt, pairs, encoding=encoding, notes=notes)
    if not source.text.strip():
        raise IngestError(path, "empty")
    return source
