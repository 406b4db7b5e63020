"""Which files a run reads: the paths given, and the supported documents
under the folders given, walked in sorted order (hidden files and folders,
and READMEs, left out), so every run lists them the same way."""

from __future__ import annotations

import os

from plancheck.ingest.formats import is_supported


def collect_files(paths) -> list[str]:
    """Files to check: explicit files as given, directories walked in sorted order."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.upper().startswith("README"):
                        continue
                    full = os.path.join(root, name)
                    if is_supported(full):
                        out.append(full)
        else:
            out.append(p)
    return out
