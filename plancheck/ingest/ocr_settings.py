"""How this process reads scans: the OCR mode — auto (pages without a text
layer), always, never — and how many pages of one document are read at
once.  Kept apart from plancheck.ingest.ocr so that a run with no scan in it
sets them without loading the OCR machinery."""

from __future__ import annotations

MODES = ("auto", "always", "never")
MODULES = ("PIL", "pypdfium2", "pytesseract")  # the extra plancheck[ocr]

_mode = "auto"
_threads = 1


def use(mode: str, threads: int = 1) -> None:
    global _mode, _threads
    _mode, _threads = mode, max(1, threads)


def mode() -> str:
    return _mode


def page_threads() -> int:
    return _threads


def installed() -> tuple[bool, bool]:
    """(Tesseract on the PATH, the extra's modules importable), found without
    importing them or starting a process: cheap enough for every run's cache key.
    plancheck.ingest.ocr.missing() is the full check (the «vie» model too)."""
    import importlib.util
    import shutil

    return shutil.which("tesseract") is not None, all(importlib.util.find_spec(m) is not None for m in MODULES)
