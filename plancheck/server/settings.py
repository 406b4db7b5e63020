"""What a server is started with, decided once: the packs and the corpus
are loaded (and the gazetteer's index opened) before the first request."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
DEFAULT_LIMIT_MB = 20


@dataclass
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8765
    corpus: list[str] = field(default_factory=list)  # files read as context for every request
    packs: list = field(default_factory=list)
    explicit: bool = False
    cfg: object = None
    lang: str = "vi"
    token: str | None = None
    file_limit: int = DEFAULT_LIMIT_MB * 1024 * 1024  # bytes of one uploaded file
    request_limit: int = DEFAULT_LIMIT_MB * 1024 * 1024  # bytes of one request
    jobs: int = 2

    @property
    def needs_token(self) -> bool:
        return self.host not in LOCAL_HOSTS


def safe_upload_name(name: str | None, index: int) -> str:
    """An uploaded file's name, kept for the report but never a path: its
    last component, without control characters, never empty or hidden."""
    base = os.path.basename((name or "").replace("\\", "/")) or f"tep-{index}"
    base = (
        "".join(ch for ch in base if ch.isprintable() and ch not in '/\\:*?"<>|').strip().lstrip(".-") or f"tep-{index}"
    )
    return base[:120]
