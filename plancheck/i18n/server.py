"""The words of `plancheck serve`: its page and its answers, in both languages."""

from __future__ import annotations

SERVER_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "plancheck — kiểm tra kế hoạch",
        "intro": "Kéo thả (hoặc chọn) các văn bản cần kiểm tra: .docx, .pdf (kể cả bản quét), .txt, .md, ảnh quét."
        " Văn bản chỉ nằm trong thư mục tạm của lần kiểm tra và bị xóa ngay sau đó.",
        "drop": "Thả tệp vào đây hoặc bấm để chọn",
        "language": "Ngôn ngữ báo cáo",
        "check": "Xem báo cáo",
        "download": "Tải bản Word có nhận xét",
        "limits": "Giới hạn: {file_mb} MB mỗi tệp, {request_mb} MB mỗi lần gửi.",
        "corpus": "Bộ hồ sơ đối chiếu của máy chủ: {count} văn bản.",
        "packs": "Bộ quy tắc: {packs}.",
        "token_help": "Máy chủ này yêu cầu mã truy cập. Mở trang bằng địa chỉ có «?token=MÃ», hoặc (với hệ thống"
        " khác) gửi tiêu đề «Authorization: Bearer MÃ».",
        "api": "API cho hệ thống khác: POST /api/check (trường «files», lặp lại được; tùy chọn «lang», «packs»)"
        " trả về đúng JSON của «plancheck check --format json»; GET /api/rules; GET /healthz.",
        "unauthorized": "thiếu mã truy cập hoặc mã không đúng (Authorization: Bearer MÃ, hoặc ?token=MÃ)",
        "too_large_request": "yêu cầu quá lớn: giới hạn {limit_mb} MB mỗi lần gửi",
        "too_large_file": "tệp «{name}» quá lớn: giới hạn {limit_mb} MB mỗi tệp",
        "no_files": "không có tệp nào được gửi (trường «files»)",
        "bad_pack": "không có bộ quy tắc «{name}» (các bộ có sẵn: {known})",
        "bad_form": "nội dung gửi không đọc được: {detail}",
        "not_found": "không có trang này",
    },
    "en": {
        "title": "plancheck — plan review",
        "intro": "Drop (or choose) the documents to check: .docx, .pdf (scans too), .txt, .md, scanned images."
        " Documents stay only in the request's temporary folder and are deleted right after.",
        "drop": "Drop files here or click to choose",
        "language": "Report language",
        "check": "Show the review",
        "download": "Download the Word file with comments",
        "limits": "Limits: {file_mb} MB a file, {request_mb} MB a request.",
        "corpus": "The server's corpus: {count} documents.",
        "packs": "Rule packs: {packs}.",
        "token_help": "This server needs an access token. Open the page with «?token=TOKEN» in its address, or"
        " (another system) send the header «Authorization: Bearer TOKEN».",
        "api": "API for other systems: POST /api/check (field «files», repeatable; optional «lang», «packs»)"
        " answers exactly the JSON of «plancheck check --format json»; GET /api/rules; GET /healthz.",
        "unauthorized": "missing or wrong access token (Authorization: Bearer TOKEN, or ?token=TOKEN)",
        "too_large_request": "request too large: the limit is {limit_mb} MB a request",
        "too_large_file": "file «{name}» too large: the limit is {limit_mb} MB a file",
        "no_files": "no file was sent (field «files»)",
        "bad_pack": "no rule pack «{name}» (built-in packs: {known})",
        "bad_form": "the request's content cannot be read: {detail}",
        "not_found": "no such page",
    },
}


def server_word(lang: str, key: str, **params: object) -> str:
    words = SERVER_WORDS.get(lang, SERVER_WORDS["vi"])
    return words[key].format(**params) if params else words[key]
