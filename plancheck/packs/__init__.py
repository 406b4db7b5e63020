"""Rule packs: YAML files a reviewing office can read and change, compiled into
validated :class:`RulePack` objects (model → compile → load)."""

from plancheck.packs.load import load_builtin, load_builtin_packs, load_pack
from plancheck.packs.model import (
    CorpusExample,
    PackError,
    PackFile,
    Rule,
    RulePack,
    builtin_dir,
    builtin_names,
    resolve_pack_path,
)

__all__ = [
    "CorpusExample",
    "PackError",
    "PackFile",
    "Rule",
    "RulePack",
    "builtin_dir",
    "builtin_names",
    "load_builtin",
    "load_builtin_packs",
    "load_pack",
    "resolve_pack_path",
]
