"""Where plancheck keeps what belongs to the user, not to a repository.

The user cache directory (``$XDG_CACHE_HOME/plancheck``, else
``~/.cache/plancheck``) holds the gazetteer's index, the compiled packs and
the key that seals every stored pickle; none of it is ever read from a
place a checked repository can write.
"""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "plancheck"
