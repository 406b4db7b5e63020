"""User-facing messages in Vietnamese (default) and English.

Messages are keyed so that code never spells a sentence itself; the CLI picks
the language once (``--lang`` or config) and everything renders through here.
"""

from __future__ import annotations

DEFAULT_LANG = "vi"

from plancheck.i18n.documents import DOCUMENT_MESSAGES
from plancheck.i18n.errors import ERRORS

MESSAGES: dict[str, dict[str, str]] = {
    # command line
    "progress": {"vi": "Đang kiểm tra", "en": "Checking"},
    "no_files": {"vi": "không có tệp nào để kiểm tra", "en": "no files to check"},
    "baseline_written": {"vi": "đã ghi {n} phát hiện vào {p}", "en": "wrote {n} findings to {p}"},
    "nothing_to_derive": {
        "vi": "không tìm thấy số hiệu, nội dung hay chế độ báo cáo nào để suy ra quy tắc",
        "en": "found no number, content item or reporting duty to derive rules from",
    },
    "internal_error": {
        "vi": "lỗi nội bộ của plancheck ({detail}); báo cáo không hoàn tất — hãy gửi lỗi này kèm lệnh đã chạy"
        " (PLANCHECK_DEBUG=1 để xem chi tiết)",
        "en": "plancheck's internal error ({detail}); the report is incomplete — please report it with the command"
        " (PLANCHECK_DEBUG=1 shows the details)",
    },
    "output_no_folder": {
        "vi": "thư mục «{folder}» không tồn tại: không ghi được báo cáo",
        "en": "the folder «{folder}» does not exist: the report cannot be written",
    },
    "output_is_folder": {
        "vi": "là một thư mục, không phải tệp: hãy chỉ tên tệp",
        "en": "is a folder, not a file: name a file",
    },
    "output_not_writable": {"vi": "không có quyền ghi", "en": "not writable"},
    "option_named_file": {
        "vi": "«{arg}» vừa là một tùy chọn vừa là tên một tệp có thật: tệp có tên bắt đầu bằng «-» phải đặt sau «--»"
        " (plancheck check [TÙY CHỌN] -- TỆP...)",
        "en": "«{arg}» is both an option and the name of an existing file: a file whose name starts with «-» goes"
        " after «--» (plancheck check [OPTIONS] -- FILES...)",
    },
}
MESSAGES.update(DOCUMENT_MESSAGES)
MESSAGES.update(ERRORS)


def message(key: str, lang: str = DEFAULT_LANG, /, **params: object) -> str:
    """Render message ``key`` in ``lang`` (falls back to Vietnamese); a
    parameter that is itself a :class:`Said` is rendered in ``lang`` too."""
    entry = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANG]
    return template.format(**{k: v.text(lang) if isinstance(v, Said) else v for k, v in params.items()})


class Said:
    """A message not yet rendered: its key and parameters.  An error raised
    deep in pack or configuration loading does not know the language the
    user chose; the command that reports it does, and renders it then."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        if key not in MESSAGES:
            raise KeyError(key)
        self.key, self.params = key, params

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return message(self.key, lang, **self.params)

    def __str__(self) -> str:  # logs and exceptions' str(): English, as Python's own are
        return self.text("en")

    def __repr__(self) -> str:
        return f"Said({self.key!r}, {self.params!r})"


def said_text(value: "Said | str", lang: str) -> str:
    """``value`` in ``lang``: a :class:`Said` rendered, a plain string as it is."""
    return value.text(lang) if isinstance(value, Said) else value


def pick(text: dict[str, str] | str | None, lang: str = DEFAULT_LANG) -> str:
    """Choose the ``lang`` variant of a {vi, en} mapping from a rule pack."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()), "")


# Words of the reports and checks, by language (moved here so that one catalogue holds them all).
