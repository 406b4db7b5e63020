"""The words of the reports: a document's status, levels, the labels of the text,
HTML and parse views, roles, periods, signature parts and format problems.

Its length is the catalogue itself: every word a report shows, in both languages.
"""

from __future__ import annotations

# A document's status in every report (results.document_status).
STATUS_WORDS = {
    "vi": {
        "pass": "Đạt",
        "fail": "Chưa đạt",
        "not_checked": "Không kiểm tra",
        "unreadable": "Không đọc được",
        "news": "tin bài, không phải văn bản",
        "unknown": "không rõ loại văn bản",
        "no_pack": "không bộ quy tắc nào áp dụng",
        "summary": "Kết quả: {passed} đạt, {failed} chưa đạt, {not_checked} không kiểm tra, {unreadable} không đọc được",
        "not_checked_note": "văn bản không được kiểm tra ({reason}): không có phát hiện nào không có nghĩa là đạt",
    },
    "en": {
        "pass": "Passed",
        "fail": "Failed",
        "not_checked": "Not checked",
        "unreadable": "Unreadable",
        "news": "a news item, not a document",
        "unknown": "unknown kind of text",
        "no_pack": "no rule pack applies",
        "summary": "Status: {passed} passed, {failed} failed, {not_checked} not checked, {unreadable} unreadable",
        "not_checked_note": "the document was not checked ({reason}): no findings does not mean it passed",
    },
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
    "vi": {
        "directory": "thư mục",
        "fifo": "ống dẫn FIFO",
        "device": "thiết bị",
        "socket": "socket",
        "special": "tệp đặc biệt",
    },
    "en": {
        "directory": "a directory",
        "fifo": "a FIFO",
        "device": "a device",
        "socket": "a socket",
        "special": "a special file",
    },
}

# Administrative levels as messages name them ("cấp {level}").
LEVEL_WORDS = {
    "vi": {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"},
    "en": {"central": "central", "province": "province", "district": "district", "commune": "commune"},
}


TEXT_REPORT_WORDS = {
    "vi": {
        "error": "LỖI",
        "warning": "CẢNH BÁO",
        "info": "GỢI Ý",
        "taken": "được hiểu là",
        "packs": "bộ quy tắc",
        "none": "không áp dụng bộ quy tắc nào",
        "summary": "Tổng cộng: {files} tệp, {errors} lỗi, {warnings} cảnh báo, {infos} gợi ý",
        "news": "tin bài, không phải văn bản kế hoạch",
        "unknown": "không rõ loại văn bản",
        "unreadable": "không đọc được",
        "level": {"central": "trung ương", "province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"},
        "suggest": "gợi ý sửa",
    },
    "en": {
        "error": "ERROR",
        "warning": "WARNING",
        "info": "INFO",
        "taken": "taken as",
        "packs": "packs",
        "none": "no rule pack applies",
        "summary": "Total: {files} files, {errors} errors, {warnings} warnings, {infos} infos",
        "news": "news article, not a plan text",
        "unknown": "unknown kind of text",
        "unreadable": "unreadable",
        "level": {
            "central": "central",
            "province": "province level",
            "district": "district level",
            "commune": "commune level",
        },
        "suggest": "suggestion",
    },
}


HTML_WORDS = {
    "vi": {
        "title": "Báo cáo kiểm tra kế hoạch",
        "generated": "Lập lúc",
        "documents": "Văn bản",
        "rule": "Quy tắc",
        "kind": "Loại",
        "count": "Số phát hiện",
        "checked": "văn bản được kiểm tra",
        "pass": "Đạt",
        "fail": "Chưa đạt",
        "errors": "Lỗi",
        "warnings": "Cảnh báo",
        "infos": "Gợi ý",
        "packs": "Bộ quy tắc áp dụng",
        "summary": "Tổng hợp",
        "filters": "Lọc",
        "severity": "Mức độ",
        "document": "Văn bản",
        "all": "Tất cả",
        "only_failing": "Chỉ văn bản chưa đạt",
        "findings": "Phát hiện",
        "no_findings": "Không có phát hiện nào.",
        "suggestion": "Gợi ý sửa",
        "reference": "Căn cứ",
        "related": "Liên quan",
        "line": "dòng",
        "text": "Toàn văn",
        "coverage": "Bao quát nội dung bắt buộc",
        "covered": "có",
        "missing": "thiếu",
        "graph": "Đồ thị viện dẫn",
        "resolved": "đã đối chiếu",
        "external": "ngoài bộ hồ sơ",
        "mismatch": "không khớp",
        "ambiguous": "không rõ văn bản nào",
        "context": "Văn bản tham chiếu (--corpus)",
        "status": "Kết quả",
        "taken": "Được hiểu là",
        "legend": "Chú giải",
        "fail_on": "Ngưỡng không đạt",
        "level": {
            "central": "Trung ương",
            "province": "Cấp tỉnh",
            "district": "Cấp huyện",
            "commune": "Cấp xã",
            "": "Chưa rõ cấp",
        },
        "sev": {"error": "Lỗi", "warning": "Cảnh báo", "info": "Gợi ý"},
        "show": "hiện",
        "open_text": "Xem toàn văn",
        "score": "điểm khớp",
    },
    "en": {
        "title": "Plan review report",
        "generated": "Generated",
        "documents": "Documents",
        "rule": "Rule",
        "kind": "Kind",
        "count": "Findings",
        "checked": "documents checked",
        "pass": "Pass",
        "fail": "Fail",
        "errors": "Errors",
        "warnings": "Warnings",
        "infos": "Infos",
        "packs": "Rule packs applied",
        "summary": "Summary",
        "filters": "Filter",
        "severity": "Severity",
        "document": "Document",
        "all": "All",
        "only_failing": "Failing documents only",
        "findings": "Findings",
        "no_findings": "No findings.",
        "suggestion": "Suggestion",
        "reference": "Reference",
        "related": "Related",
        "line": "line",
        "text": "Full text",
        "coverage": "Coverage of mandatory content",
        "covered": "yes",
        "missing": "missing",
        "graph": "Citation graph",
        "resolved": "resolved",
        "external": "outside the corpus",
        "mismatch": "inconsistent",
        "ambiguous": "ambiguous",
        "context": "Reference documents (--corpus)",
        "status": "Result",
        "taken": "Taken as",
        "legend": "Legend",
        "fail_on": "Fails on",
        "level": {
            "central": "Central",
            "province": "Province",
            "district": "District",
            "commune": "Commune",
            "": "Level unknown",
        },
        "sev": {"error": "Error", "warning": "Warning", "info": "Info"},
        "show": "show",
        "open_text": "Show full text",
        "score": "match score",
    },
}


ROLE_WORDS = {
    "vi": {"lead": "chủ trì", "support": "phối hợp", "responsible": "thực hiện"},
    "en": {"lead": "lead", "support": "support", "responsible": "responsible"},
}


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


EDGE_WORDS = {
    "vi": {"line": "dòng", "mismatch": "không khớp", "ambiguous": "không rõ văn bản nào"},
    "en": {"line": "line", "mismatch": "inconsistent", "ambiguous": "ambiguous"},
}


PERIOD_WORDS = {
    "vi": {
        "monthly": "hằng tháng",
        "quarterly": "hằng quý",
        "semiannual": "6 tháng",
        "annual": "hằng năm",
        "periodic": "định kỳ",
        "ad_hoc": "đột xuất",
        "on_request": "theo yêu cầu",
    },
    "en": {
        "monthly": "monthly",
        "quarterly": "quarterly",
        "semiannual": "6-monthly",
        "annual": "yearly",
        "periodic": "periodic",
        "ad_hoc": "ad hoc",
        "on_request": "on request",
    },
}


SIGNATURE_PARTS = {
    "vi": {"authority": "thẩm quyền ký (TM./KT./TL.)", "title": "chức vụ", "name": "họ tên người ký"},
    "en": {"authority": "signing authority (TM./KT./TL.)", "title": "title", "name": "signer's name"},
}


FORMAT_PROBLEMS = {
    "vi": {
        "missing": "không có",
        "malformed": "viết sai quy cách",
        "type": "chữ viết tắt không khớp thể loại",
        "zero": "thiếu/thừa số 0",
        "last": "mục cuối không phải «Lưu»",
    },
    "en": {
        "missing": "absent",
        "malformed": "malformed",
        "type": "type abbreviation does not match",
        "zero": "leading zero",
        "last": "last item is not «Lưu»",
    },
}
