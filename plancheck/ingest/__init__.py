"""Turn a file into a :class:`~plancheck.source.Source`, whatever its format.

Only the reader a file needs is imported, so checking one Markdown file in a
pre-commit hook never loads the .docx or PDF libraries.
"""

from __future__ import annotations

import os
import stat

from plancheck.ingest.errors import IngestError
from plancheck.ingest.formats import SUPPORTED_SUFFIXES, is_supported
from plancheck.source import Source

MAX_FILE_BYTES = 64 * 1024 * 1024

__all__ = ["IngestError", "read_source", "SUPPORTED_SUFFIXES", "is_supported"]


_SPECIAL = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)


def regular_file(path: str) -> os.stat_result:
    """The stat of ``path`` if it is a regular file plancheck may read whole;
    IngestError otherwise.  Asked before any byte is read (by the reader and
    by the cache's hashing alike): a FIFO named ``.txt`` would block the run,
    a link to ``/dev/zero`` or a 30 GB sparse file would fill memory."""
    try:
        st = os.stat(path)  # follows a link: what it points to is what would be read
    except OSError:  # what os.path.exists calls missing
        raise IngestError(path, "missing") from None
    if not stat.S_ISREG(st.st_mode):
        what = next((name for test, name in _SPECIAL if test(st.st_mode)), "special")
        raise IngestError(path, "not_a_file", what=what)
    if st.st_size > MAX_FILE_BYTES:
        raise IngestError(path, "too_large", size=st.st_size, limit=MAX_FILE_BYTES)
    return st


def read_bytes(path: str, looked_at: bool = False) -> bytes:
    """The bytes of a regular file within the size limit, read without
    blocking on anything that turned into a FIFO since it was looked at
    (``looked_at``: the caller has asked :func:`regular_file` already)."""
    if not looked_at:
        regular_file(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise IngestError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(path, "not_a_file", what="special")
        data = _read_all(fd, st.st_size)
    except OSError as exc:
        raise IngestError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # grew since it was looked at
        raise IngestError(path, "too_large", size=len(data), limit=MAX_FILE_BYTES)
    return data


def _read_all(fd: int, size: int) -> bytes:
    """Up to MAX_FILE_BYTES + 1 bytes of ``fd``, in as few reads as the file allows."""
    chunks, total = [], 0
    want = min(size, MAX_FILE_BYTES) + 1
    while total < MAX_FILE_BYTES + 1:
        chunk = os.read(fd, max(want - total, 1 << 16))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_source(path: str) -> Source:
    """Read ``path`` into clean text; raise IngestError with a clear reason."""
    st = regular_file(path)
    ext = os.path.splitext(path)[1].lower()
    if ext == ".doc":
        raise IngestError(path, "legacy_doc")
    fmt = SUPPORTED_SUFFIXES.get(ext)
    if fmt is None:
        raise IngestError(path, "unknown_type", ext=ext or "(none)")
    try:
        if st.st_size == 0:
            raise IngestError(path, "empty")
        if fmt == "docx":
            from plancheck.ingest.docx import read_docx

            return read_docx(path)
        if fmt == "pdf":
            from plancheck.ingest.pdf import read_pdf

            return read_pdf(path)
        if fmt == "image":
            from plancheck.ingest.scan import read_image_file

            return read_image_file(path)
        data = read_bytes(path, looked_at=True)
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    from plancheck.ingest.text import read_text

    return read_text(path, data, fmt)


def source_from_text(text: str, path: str = "<text>") -> Source:
    """A Source from a string (rule examples, tests): one clean line per line."""
    from plancheck.ingest.nfc import nfc
    from plancheck.source import LineOrigin, source_from_lines

    lines = nfc(text).split("\n")
    return source_from_lines(path, "txt", [(t, LineOrigin(line=i + 1)) for i, t in enumerate(lines)], "utf-8")
