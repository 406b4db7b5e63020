"""User-facing messages in Vietnamese (default) and English.

Messages are keyed so that code never spells a sentence itself; the CLI picks
the language once (``--lang`` or config) and everything renders through here.
"""

from __future__ import annotations

DEFAULT_LANG = "vi"

from plancheck.i18n.errors import ERRORS

MESSAGES: dict[str, dict[str, str]] = {
    # ingest
    "missing": {"vi": "không tìm thấy tệp", "en": "file not found"},
    "not_a_file": {"vi": "không phải là tệp thường ({what}): không đọc", "en": "not a regular file ({what}): not read"},
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
        "vi": "không hỗ trợ loại tệp «{ext}» (hỗ trợ: .txt, .md, .docx, .pdf, ảnh quét .png/.jpg/.tif)",
        "en": "unsupported file type «{ext}» (supported: .txt, .md, .docx, .pdf, scans .png/.jpg/.tif)",
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
        "vi": "tệp PDF không có chữ đọc được (bản quét mà nhận dạng ký tự không đọc ra chữ, hoặc đã tắt bằng --ocr never)",
        "en": "the PDF has no readable text (a scan from which OCR read nothing, or OCR turned off with --ocr never)",
    },
    "ocr_missing_python": {
        "vi": "tệp là bản quét (ảnh) nhưng máy này chưa có bộ nhận dạng ký tự: cài «pip install 'plancheck[ocr]'» và"
              " gói Debian «tesseract-ocr tesseract-ocr-vie»",
        "en": "the file is a scan (images) and this machine cannot read scans: install «pip install 'plancheck[ocr]'»"
              " and the Debian packages «tesseract-ocr tesseract-ocr-vie»",
    },
    "ocr_missing_tesseract": {
        "vi": "tệp là bản quét (ảnh) nhưng máy này chưa có Tesseract: cài gói Debian «tesseract-ocr tesseract-ocr-vie»",
        "en": "the file is a scan (images) and Tesseract is not installed: install the Debian packages"
              " «tesseract-ocr tesseract-ocr-vie»",
    },
    "ocr_missing_vie": {
        "vi": "tệp là bản quét (ảnh) nhưng Tesseract chưa có mô hình tiếng Việt: cài gói Debian «tesseract-ocr-vie»",
        "en": "the file is a scan (images) and Tesseract has no Vietnamese model: install the Debian package"
              " «tesseract-ocr-vie»",
    },
    "ocr_pages_missing": {
        "vi": "các trang {pages} là ảnh quét và không được đọc (máy này chưa có bộ nhận dạng ký tự:"
              " «pip install 'plancheck[ocr]'», «tesseract-ocr tesseract-ocr-vie»); chỉ các trang còn lại được kiểm tra",
        "en": "pages {pages} are scanned images and were not read (this machine cannot read scans:"
              " «pip install 'plancheck[ocr]'», «tesseract-ocr tesseract-ocr-vie»); only the other pages were checked",
    },
    "ocr_read": {
        "vi": "trang {pages} được đọc bằng nhận dạng ký tự (OCR), độ tin cậy trung bình {conf}%: các lỗi về từng ký tự"
              " (số, ngày, chính tả) chỉ được nêu như gợi ý, các phát hiện khác nhiều nhất là cảnh báo — hãy đối chiếu"
              " với bản giấy",
        "en": "page(s) {pages} read by OCR, mean confidence {conf}%: findings on exact characters (numbers, dates,"
              " spelling) are given as hints only, the others as warnings at most — compare with the paper copy",
    },
    "ocr_note": {"vi": " [văn bản OCR, trang {page}]", "en": " [OCR text, page {page}]"},
    "ocr_nothing": {"vi": "nhận dạng ký tự không đọc ra chữ nào từ ảnh", "en": "OCR read no text from the image"},
    "image_corrupt": {"vi": "tệp ảnh bị hỏng hoặc không mở được: {detail}",
                      "en": "the image file is corrupt or cannot be opened: {detail}"},

    "pdf_encrypted": {
        "vi": "tệp PDF được mã hóa, không đọc được nội dung",
        "en": "the PDF is encrypted and cannot be read",
    },
    "legacy_encoding": {
        "vi": "tệp dùng bảng mã cũ {encoding}; đã chuyển sang Unicode để kiểm tra — nên lưu lại bằng Unicode (UTF-8)",
        "en": "the file uses the legacy {encoding} encoding; converted to Unicode for checking — save it as Unicode (UTF-8)",
    },
    "invalid_utf8": {
        "vi": "tệp UTF-8 có {count} chuỗi byte không hợp lệ (vị trí byte: {offsets}); đã thay bằng «\ufffd» để kiểm tra"
              " — nên kiểm tra và lưu lại tệp",
        "en": "the UTF-8 file has {count} invalid byte sequence(s) (at byte offsets {offsets}); replaced by «\ufffd»"
              " for checking — check the file and save it again",
    },
    "mixed_encoding": {
        "vi": "tệp trộn UTF-8 với bảng mã cũ {encoding}: mỗi dòng được đọc theo bảng mã của dòng đó — nên lưu lại toàn bộ"
              " bằng Unicode (UTF-8)",
        "en": "the file mixes UTF-8 with the legacy {encoding} encoding: each line was read in its own — save it all"
              " as Unicode (UTF-8)",
    },
    "pdf_warnings": {
        "vi": "trình đọc PDF gặp {count} lỗi cấu trúc trong tệp và đã bỏ qua (lỗi đầu tiên: «{first}»); nội dung đọc"
              " được có thể thiếu — nên xuất lại tệp PDF",
        "en": "the PDF reader met {count} structural problem(s) in the file and skipped them (the first: «{first}»);"
              " text may be missing — export the PDF again",
    },
    # a document over its budget (plancheck.budget)
    "over_budget_seconds": {
        "vi": "văn bản cần quá {value} giây để đọc và kiểm tra; bỏ qua văn bản này (nâng giới hạn bằng --timeout GIÂY"
              " hoặc timeout = … trong plancheck.toml)",
        "en": "the document took more than {value} s to read and check; skipped (raise the limit with --timeout SECONDS"
              " or timeout = … in plancheck.toml)",
    },
    "over_budget_memory_mb": {
        "vi": "văn bản cần quá {value} MB bộ nhớ để đọc và kiểm tra; bỏ qua văn bản này (nâng giới hạn bằng"
              " --max-memory MB hoặc max-memory = … trong plancheck.toml)",
        "en": "the document needs more than {value} MB of memory to read and check; skipped (raise the limit with"
              " --max-memory MB or max-memory = … in plancheck.toml)",
    },
    "over_budget_text_chars": {
        "vi": "văn bản có hơn {value} ký tự: vượt giới hạn, không kiểm tra (tách văn bản ra, hoặc nâng giới hạn bằng"
              " max-text = … trong plancheck.toml)",
        "en": "the document has more than {value} characters of text: over the limit, not checked (split it, or"
              " raise max-text = … in plancheck.toml)",
    },
    "over_budget_pdf_pages": {
        "vi": "tệp PDF có hơn {value} trang: vượt giới hạn, không kiểm tra (nâng giới hạn bằng max-pages = … trong"
              " plancheck.toml)",
        "en": "the PDF has more than {value} pages: over the limit, not checked (raise max-pages = … in plancheck.toml)",
    },
    "over_budget_ocr_seconds": {
        "vi": "đọc một trang quét bằng OCR cần quá {value} giây; bỏ qua văn bản này (nâng giới hạn bằng"
              " ocr-timeout = … trong plancheck.toml)",
        "en": "reading one scanned page by OCR took more than {value} s; skipped (raise ocr-timeout = … in"
              " plancheck.toml)",
    },
    "over_budget_page_seconds": {
        "vi": "một trang PDF cần quá {value} giây để lấy chữ; bỏ qua tệp này (nâng giới hạn bằng page-timeout = …"
              " trong plancheck.toml)",
        "en": "one PDF page took more than {value} s to extract; the file is skipped (raise page-timeout = … in"
              " plancheck.toml)",
    },
    "worker_died": {
        "vi": "tiến trình kiểm tra văn bản này bị dừng đột ngột ({detail}); các văn bản khác vẫn được kiểm tra",
        "en": "the process checking this document died ({detail}); the other documents were still checked",
    },
    "xml_part_too_large": {
        "vi": "phần {part} của tệp .docx giải nén ra {size} byte (giới hạn {limit} byte): từ chối đọc",
        "en": "the .docx part {part} inflates to {size} bytes (limit {limit}): refused",
    },
    "pattern_timeout": {
        "vi": "quy tắc {rule} (bộ quy tắc {pack}): biểu thức «{pattern}» chạy quá {seconds} giây trên văn bản này"
              " nên bị bỏ qua — cần sửa biểu thức trong bộ quy tắc",
        "en": "rule {rule} (pack {pack}): the pattern «{pattern}» ran for more than {seconds} s on this document and"
              " was stopped — the pack's pattern must be fixed",
    },
    # command line
    "progress": {"vi": "Đang kiểm tra", "en": "Checking"},
    "no_files": {"vi": "không có tệp nào để kiểm tra", "en": "no files to check"},
    "baseline_written": {"vi": "đã ghi {n} phát hiện vào {p}", "en": "wrote {n} findings to {p}"},
    "nothing_to_derive": {"vi": "không tìm thấy số hiệu, nội dung hay chế độ báo cáo nào để suy ra quy tắc",
                          "en": "found no number, content item or reporting duty to derive rules from"},
    "internal_error": {
        "vi": "lỗi nội bộ của plancheck ({detail}); báo cáo không hoàn tất — hãy gửi lỗi này kèm lệnh đã chạy"
              " (PLANCHECK_DEBUG=1 để xem chi tiết)",
        "en": "plancheck's internal error ({detail}); the report is incomplete — please report it with the command"
              " (PLANCHECK_DEBUG=1 shows the details)",
    },
    "output_no_folder": {"vi": "thư mục «{folder}» không tồn tại: không ghi được báo cáo",
                         "en": "the folder «{folder}» does not exist: the report cannot be written"},
    "output_is_folder": {"vi": "là một thư mục, không phải tệp: hãy chỉ tên tệp", "en": "is a folder, not a file: name a file"},
    "output_not_writable": {"vi": "không có quyền ghi", "en": "not writable"},
    "option_named_file": {
        "vi": "«{arg}» vừa là một tùy chọn vừa là tên một tệp có thật: tệp có tên bắt đầu bằng «-» phải đặt sau «--»"
              " (plancheck check [TÙY CHỌN] -- TỆP...)",
        "en": "«{arg}» is both an option and the name of an existing file: a file whose name starts with «-» goes"
              " after «--» (plancheck check [OPTIONS] -- FILES...)",
    },
}
MESSAGES.update(ERRORS)


# A document's status in every report (results.document_status).
STATUS_WORDS = {
    "vi": {"pass": "Đạt", "fail": "Chưa đạt", "not_checked": "Không kiểm tra", "unreadable": "Không đọc được",
           "news": "tin bài, không phải văn bản", "unknown": "không rõ loại văn bản",
           "no_pack": "không bộ quy tắc nào áp dụng",
           "summary": "Kết quả: {passed} đạt, {failed} chưa đạt, {not_checked} không kiểm tra, {unreadable} không đọc được",
           "not_checked_note": "văn bản không được kiểm tra ({reason}): không có phát hiện nào không có nghĩa là đạt"},
    "en": {"pass": "Passed", "fail": "Failed", "not_checked": "Not checked", "unreadable": "Unreadable",
           "news": "a news item, not a document", "unknown": "unknown kind of text", "no_pack": "no rule pack applies",
           "summary": "Status: {passed} passed, {failed} failed, {not_checked} not checked, {unreadable} unreadable",
           "not_checked_note": "the document was not checked ({reason}): no findings does not mean it passed"},
}


def status_label(status: str, detail: str | None, lang: str) -> str:
    """«Đạt», «Chưa đạt», «Không kiểm tra (tin bài, …)», «Không đọc được»."""
    w = STATUS_WORDS.get(lang, STATUS_WORDS["vi"])
    if status == "checked":
        return w[detail or "pass"]
    if status == "not_checked":
        return f"{w['not_checked']} ({w.get(detail or 'no_pack', detail)})"
    return w["unreadable"]


def not_checked_note(detail: str | None, lang: str) -> str:
    w = STATUS_WORDS.get(lang, STATUS_WORDS["vi"])
    return w["not_checked_note"].format(reason=w.get(detail or "no_pack", detail))


# What a path that is not a regular file is, as "not_a_file" names it.
FILE_KINDS = {
    "vi": {"directory": "thư mục", "fifo": "ống dẫn FIFO", "device": "thiết bị", "socket": "socket",
           "special": "tệp đặc biệt"},
    "en": {"directory": "a directory", "fifo": "a FIFO", "device": "a device", "socket": "a socket",
           "special": "a special file"},
}

# Administrative levels as messages name them ("cấp {level}").
LEVEL_WORDS = {
    "vi": {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"},
    "en": {"central": "central", "province": "province", "district": "district", "commune": "commune"},
}


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
TEXT_REPORT_WORDS = {
    "vi": {"error": "LỖI", "warning": "CẢNH BÁO", "info": "GỢI Ý", "taken": "được hiểu là", "packs": "bộ quy tắc",
           "none": "không áp dụng bộ quy tắc nào", "summary": "Tổng cộng: {files} tệp, {errors} lỗi, {warnings} cảnh báo, {infos} gợi ý",
           "news": "tin bài, không phải văn bản kế hoạch", "unknown": "không rõ loại văn bản", "unreadable": "không đọc được",
           "level": {"central": "trung ương", "province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"},
           "suggest": "gợi ý sửa"},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO", "taken": "taken as", "packs": "packs",
           "none": "no rule pack applies", "summary": "Total: {files} files, {errors} errors, {warnings} warnings, {infos} infos",
           "news": "news article, not a plan text", "unknown": "unknown kind of text", "unreadable": "unreadable",
           "level": {"central": "central", "province": "province level", "district": "district level", "commune": "commune level"},
           "suggest": "suggestion"},
}


HTML_WORDS = {
    "vi": {
        "title": "Báo cáo kiểm tra kế hoạch", "generated": "Lập lúc", "documents": "Văn bản",
        "rule": "Quy tắc", "kind": "Loại", "count": "Số phát hiện",
        "checked": "văn bản được kiểm tra", "pass": "Đạt", "fail": "Chưa đạt", "errors": "Lỗi",
        "warnings": "Cảnh báo", "infos": "Gợi ý", "packs": "Bộ quy tắc áp dụng", "summary": "Tổng hợp",
        "filters": "Lọc", "severity": "Mức độ", "document": "Văn bản", "all": "Tất cả",
        "only_failing": "Chỉ văn bản chưa đạt", "findings": "Phát hiện", "no_findings": "Không có phát hiện nào.",
        "suggestion": "Gợi ý sửa", "reference": "Căn cứ", "related": "Liên quan", "line": "dòng",
        "text": "Toàn văn", "coverage": "Bao quát nội dung bắt buộc", "covered": "có", "missing": "thiếu",
        "graph": "Đồ thị viện dẫn", "resolved": "đã đối chiếu", "external": "ngoài bộ hồ sơ",
        "mismatch": "không khớp", "ambiguous": "không rõ văn bản nào", "context": "Văn bản tham chiếu (--corpus)",
        "status": "Kết quả", "taken": "Được hiểu là", "legend": "Chú giải", "fail_on": "Ngưỡng không đạt",
        "level": {"central": "Trung ương", "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã", "": "Chưa rõ cấp"},
        "sev": {"error": "Lỗi", "warning": "Cảnh báo", "info": "Gợi ý"},
        "show": "hiện", "open_text": "Xem toàn văn", "score": "điểm khớp",
    },
    "en": {
        "title": "Plan review report", "generated": "Generated", "documents": "Documents",
        "rule": "Rule", "kind": "Kind", "count": "Findings",
        "checked": "documents checked", "pass": "Pass", "fail": "Fail", "errors": "Errors",
        "warnings": "Warnings", "infos": "Infos", "packs": "Rule packs applied", "summary": "Summary",
        "filters": "Filter", "severity": "Severity", "document": "Document", "all": "All",
        "only_failing": "Failing documents only", "findings": "Findings", "no_findings": "No findings.",
        "suggestion": "Suggestion", "reference": "Reference", "related": "Related", "line": "line",
        "text": "Full text", "coverage": "Coverage of mandatory content", "covered": "yes", "missing": "missing",
        "graph": "Citation graph", "resolved": "resolved", "external": "outside the corpus",
        "mismatch": "inconsistent", "ambiguous": "ambiguous", "context": "Reference documents (--corpus)",
        "status": "Result", "taken": "Taken as", "legend": "Legend", "fail_on": "Fails on",
        "level": {"central": "Central", "province": "Province", "district": "District", "commune": "Commune", "": "Level unknown"},
        "sev": {"error": "Error", "warning": "Warning", "info": "Info"},
        "show": "show", "open_text": "Show full text", "score": "match score",
    },
}


ROLE_WORDS = {"vi": {"lead": "chủ trì", "support": "phối hợp", "responsible": "thực hiện"},
              "en": {"lead": "lead", "support": "support", "responsible": "responsible"}}


PARSE_LABELS = {
    "vi": {
        "kind": "Loại văn bản",
        "document": "văn bản hành chính",
        "news": "tin bài (không phải văn bản kế hoạch)",
        "unknown": "không xác định",
        "encoding": "Bảng mã",
        "doc_type": "Thể loại",
        "number": "Số, ký hiệu",
        "date": "Ngày ban hành",
        "place": "Địa danh",
        "issuer": "Cơ quan ban hành",
        "level": "Cấp",
        "year": "Năm kế hoạch",
        "title": "Trích yếu",
        "sections": "Bố cục",
        "citations": "Văn bản được viện dẫn",
        "references": "Văn bản nhắc đến không có số",
        "reporting": "Chế độ báo cáo",
        "assignments": "Phân công",
        "recipients": "Nơi nhận",
        "signature": "Chữ ký",
        "none": "(không có)",
        "line": "dòng",
        "of": "của",
        "dated": "ngày",
        "invalid_date": "ngày không hợp lệ",
        "central": "trung ương",
        "province": "tỉnh",
        "district": "huyện",
        "commune": "xã",
    },
    "en": {
        "kind": "Document kind",
        "document": "administrative document",
        "news": "news article (not a plan text)",
        "unknown": "unknown",
        "encoding": "Encoding",
        "doc_type": "Type",
        "number": "Number",
        "date": "Date",
        "place": "Place",
        "issuer": "Issuer",
        "level": "Level",
        "year": "Plan year",
        "title": "Title",
        "sections": "Outline",
        "citations": "Cited documents",
        "references": "Documents named without a number",
        "reporting": "Reporting duties",
        "assignments": "Assignments",
        "recipients": "Recipients",
        "signature": "Signature",
        "none": "(none)",
        "line": "line",
        "of": "of",
        "dated": "dated",
        "invalid_date": "invalid date",
        "central": "central",
        "province": "province",
        "district": "district",
        "commune": "commune",
    },
}


EDGE_WORDS = {"vi": {"line": "dòng", "mismatch": "không khớp", "ambiguous": "không rõ văn bản nào"},
               "en": {"line": "line", "mismatch": "inconsistent", "ambiguous": "ambiguous"}}


PERIOD_WORDS = {
    "vi": {"monthly": "hằng tháng", "quarterly": "hằng quý", "semiannual": "6 tháng", "annual": "hằng năm",
           "periodic": "định kỳ", "ad_hoc": "đột xuất", "on_request": "theo yêu cầu"},
    "en": {"monthly": "monthly", "quarterly": "quarterly", "semiannual": "6-monthly", "annual": "yearly",
           "periodic": "periodic", "ad_hoc": "ad hoc", "on_request": "on request"},
}


SIGNATURE_PARTS = {"vi": {"authority": "thẩm quyền ký (TM./KT./TL.)", "title": "chức vụ", "name": "họ tên người ký"},
          "en": {"authority": "signing authority (TM./KT./TL.)", "title": "title", "name": "signer's name"}}


FORMAT_PROBLEMS = {
    "vi": {"missing": "không có", "malformed": "viết sai quy cách", "type": "chữ viết tắt không khớp thể loại",
           "zero": "thiếu/thừa số 0", "last": "mục cuối không phải «Lưu»"},
    "en": {"missing": "absent", "malformed": "malformed", "type": "type abbreviation does not match",
           "zero": "leading zero", "last": "last item is not «Lưu»"},
}
