"""Plain text and Markdown files → Source (one clean line per file line)."""

from __future__ import annotations

import re
import unicodedata

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.ingest.encoding import decide_non_utf8, decode_unicode, legacy_name, unicode_lines
from plancheck.ingest.errors import IngestError
from plancheck.source import LineOrigin, Source, source_from_lines

# Line breaks written out as text ("\r\n" four characters long), as a web
# page's copy of a document leaves them: three or more, and they are breaks.
_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")
LITERAL_BREAKS_FROM = 3


def _literal_breaks(lines: list) -> list:
    """Decoded lines with each written-out break made a line of its own,
    every piece keeping the file columns its characters came from."""
    out = []
    for text, cols in lines:
        cols = cols if cols is not None else list(range(len(text)))
        pos = 0
        for m in _LITERAL_BREAK.finditer(text):
            out.append((text[pos : m.start()], cols[pos : m.start()]))
            pos = m.end()
        out.append((text[pos:], cols[pos:]))
    return out


def read_text(path: str, data: bytes, fmt: str) -> Source:
    if not data or data.isspace():  # as data.strip() would tell, without copying the file
        raise IngestError(path, "empty")
    try:
        unicode = decode_unicode(data)
        if (
            unicode is not None
            and "\\" in unicode[0]
            and len(_LITERAL_BREAK.findall(unicode[0], 0, 1 << 20)) >= LITERAL_BREAKS_FROM
        ):
            source = _mapped_source(
                path,
                fmt,
                _literal_breaks(unicode_lines(unicode[0])),
                unicode[1],
                ["literal-line-breaks"],
                file_lines=True,
            )
        elif unicode is None:
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


def _mapped_source(
    path: str, fmt: str, lines: list, encoding: str, notes: list[str] | None = None, file_lines: bool = False
) -> Source:
    """A legacy-encoded, repaired or decomposed text: each clean line keeps
    its file line and, where decoding moved characters, their original columns.
    With ``file_lines``, the clean lines were cut out of the file's lines
    (written-out breaks), so their file line is counted from the real breaks."""
    notes = [*(notes or []), *([f"legacy-encoding:{encoding}"] if legacy_name(encoding) else [])]
    if file_lines:
        pairs, line, previous_end = [], 1, -1
        for text, cols in lines:
            if cols and cols[0] <= previous_end:  # columns start again: a real line break came before
                line += 1
            pairs.append((text, LineOrigin(line=line, columns=cols or None)))
            previous_end = cols[-1] if cols else previous_end
    else:
        pairs = [(text, LineOrigin(line=i + 1, columns=cols)) for i, (text, cols) in enumerate(lines)]
    return source_from_lines(path, fmt, pairs, encoding=encoding, notes=notes)
