"""Which formats plancheck reads, named once: by file suffix, and which of
them may hold scanned pages or are plain text.  It imports nothing, so the
runner and file discovery can ask it without loading any reader."""

from __future__ import annotations

import os

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
SCAN_FORMATS = frozenset({"pdf", "image"})  # what may hold pages read by OCR
TEXT_FORMATS = frozenset({"txt", "md"})  # read by Python alone: no C reader to hang


def format_of(path: str) -> str | None:
    """The format a file's suffix names, or None when plancheck does not read it."""
    return SUPPORTED_SUFFIXES.get(os.path.splitext(path)[1].lower())


def is_supported(path: str) -> bool:
    return format_of(path) is not None
