"""User-facing messages in Vietnamese (default) and English.

Messages are keyed so that code never spells a sentence itself; the CLI picks
the language once (``--lang`` or config) and everything renders through here.
"""

from __future__ import annotations

DEFAULT_LANG = "vi"

MESSAGES: dict[str, dict[str, str]] = {
    # ingest
    "missing": {"vi": "không tìm thấy tệp", "en": "file not found"},
    "not_a_file": {"vi": "không phải là tệp (là thư mục hoặc thiết bị)", "en": "not a regular file"},
    "unreadable": {"vi": "không đọc được tệp: {detail}", "en": "cannot read the file: {detail}"},
    "empty": {"vi": "tệp rỗng, không có nội dung", "en": "the file is empty"},
    "binary": {
        "vi": "tệp không phải văn bản (dữ liệu nhị phân)",
        "en": "the file is not text (binary data)",
    },
    "too_large": {
        "vi": "tệp quá lớn ({size} byte, giới hạn {limit} byte)",
        "en": "the file is too large ({size} bytes, limit {limit} bytes)",
    },
    "unknown_type": {
        "vi": "không hỗ trợ loại tệp «{ext}» (hỗ trợ: .txt, .md, .docx, .pdf)",
        "en": "unsupported file type «{ext}» (supported: .txt, .md, .docx, .pdf)",
    },
    "legacy_doc": {
        "vi": "tệp .doc (Word 97-2003) chưa được hỗ trợ: hãy lưu lại thành .docx",
        "en": ".doc (Word 97-2003) files are not supported: save it as .docx",
    },
    "docx_corrupt": {
        "vi": "tệp .docx bị hỏng hoặc không đầy đủ: {detail}",
        "en": "the .docx file is corrupt or truncated: {detail}",
    },
    "docx_bomb": {
        "vi": "tệp .docx giải nén ra quá lớn ({size} byte, giới hạn {limit} byte): từ chối đọc",
        "en": "the .docx file inflates to {size} bytes (limit {limit}): refused",
    },
    "pdf_corrupt": {
        "vi": "tệp PDF bị hỏng hoặc không mở được: {detail}",
        "en": "the PDF file is corrupt or cannot be opened: {detail}",
    },
    "pdf_no_text": {
        "vi": "tệp PDF không có lớp văn bản (có thể là bản quét): cần nhận dạng ký tự (OCR) trước khi kiểm tra",
        "en": "the PDF has no text layer (probably a scan): run OCR before checking it",
    },
    "pdf_encrypted": {
        "vi": "tệp PDF được mã hóa, không đọc được nội dung",
        "en": "the PDF is encrypted and cannot be read",
    },
    "legacy_encoding": {
        "vi": "tệp dùng bảng mã cũ {encoding}; đã chuyển sang Unicode để kiểm tra — nên lưu lại bằng Unicode (UTF-8)",
        "en": "the file uses the legacy {encoding} encoding; converted to Unicode for checking — save it as Unicode (UTF-8)",
    },
    # command line
    "option_named_file": {
        "vi": "«{arg}» vừa là một tùy chọn vừa là tên một tệp có thật: tệp có tên bắt đầu bằng «-» phải đặt sau «--»"
              " (plancheck check [TÙY CHỌN] -- TỆP...)",
        "en": "«{arg}» is both an option and the name of an existing file: a file whose name starts with «-» goes"
              " after «--» (plancheck check [OPTIONS] -- FILES...)",
    },
}


# Administrative levels as messages name them ("cấp {level}").
LEVEL_WORDS = {
    "vi": {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"},
    "en": {"central": "central", "province": "province", "district": "district", "commune": "commune"},
}


def message(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Render message ``key`` in ``lang`` (falls back to Vietnamese)."""
    entry = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANG]
    return template.format(**params)


def pick(text: dict[str, str] | str | None, lang: str = DEFAULT_LANG) -> str:
    """Choose the ``lang`` variant of a {vi, en} mapping from a rule pack."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()), "")
