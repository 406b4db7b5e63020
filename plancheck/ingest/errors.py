"""The one exception ingest raises: a problem with the user's file."""

from __future__ import annotations

from plancheck.i18n import message
from plancheck.i18n.reports import FILE_KINDS


class IngestError(Exception):
    """A file that cannot be turned into text; carries a message key so the
    CLI can say it in the reviewer's language, naming the file."""

    def __init__(self, path: str, key: str, **params: object) -> None:
        super().__init__(f"{path}: {key}")
        self.path = path
        self.key = key
        self.params = params

    def render(self, lang: str = "vi") -> str:
        params = self.params
        if "what" in params:
            params = {**params, "what": FILE_KINDS.get(lang, FILE_KINDS["vi"]).get(params["what"], params["what"])}
        return f"{self.path}: {message(self.key, lang, **params)}"
