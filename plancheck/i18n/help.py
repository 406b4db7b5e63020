"""The command line's help, in both languages.

``plancheck --help`` and ``plancheck check --help`` are read by the same
reviewers as the reports, so they speak the chosen language too (``--lang
en`` anywhere on the line; Vietnamese otherwise).  Keys: a command's name
for its description, ``command.--option`` for an option, and click's own
words under ``click.*``.
"""

from __future__ import annotations

HELP: dict[str, dict[str, str]] = {
    "vi": {
        "plancheck": "plancheck: kiểm tra kế hoạch của cơ quan nhà nước theo văn bản cấp trên.",
        "parse": "Cho xem plancheck đọc TỆP thế nào (phần đầu, mục, văn bản viện dẫn, ...).",
        "check": "Kiểm tra kế hoạch theo các bộ quy tắc; thoát với mã 1 khi có phát hiện đạt mức --fail-on.",
        "rules": "Liệt kê mọi quy tắc có sẵn: bộ quy tắc, mã, loại, mức độ, tên.",
        "explain": "In tài liệu, tùy chọn và ví dụ của một quy tắc (hoặc một loại quy tắc, một bộ quy tắc).",
        "test-rules": "Chạy các ví dụ đạt/vi phạm của mọi quy tắc; thoát với mã 1 nếu có ví dụ sai.",
        "graph": "Đồ thị viện dẫn của các văn bản trong ĐƯỜNG DẪN (tỉnh → huyện → xã).",
        "serve": "Trang web cho người thẩm định và API HTTP (cần plancheck[serve]).",
        "serve.--host": "Địa chỉ lắng nghe (mặc định 127.0.0.1; địa chỉ khác cần --token).",
        "serve.--port": "Cổng.",
        "serve.--corpus": "Văn bản làm bộ hồ sơ đối chiếu cho mọi lần kiểm tra.",
        "serve.--rules": "Bộ quy tắc (TÊN hoặc TỆP, lặp lại được).",
        "serve.--token": "Mã truy cập mà mọi yêu cầu phải gửi (Authorization: Bearer MÃ).",
        "serve.--max-upload-mb": "Giới hạn MB mỗi tệp và mỗi lần gửi.",
        "serve.--jobs": "Số tiến trình cho mỗi lần kiểm tra.",
        "derive": "Biến một kế hoạch cấp trên thành bộ quy tắc cho các kế hoạch thực hiện nó.",
        "*.@file": "TỆP",
        "*.@paths": "ĐƯỜNG_DẪN...",
        "explain.@rule_id": "MÃ_QUY_TẮC",
        "test-rules.@packs": "[BỘ_QUY_TẮC]...",
        "derive.@parent": "KẾ_HOẠCH_CẤP_TRÊN",
        "*.--lang": "Ngôn ngữ của thông báo: «vi» (mặc định) hoặc «en».",
        "*.--output": "Ghi ra TỆP thay vì màn hình.",
        "*.--format": "Định dạng đầu ra.",
        "check.--rules": "Bộ quy tắc (TÊN hoặc TỆP, lặp lại được); mặc định: các bộ được chọn theo applies_to.",
        "check.--corpus": "Văn bản làm ngữ cảnh (kế hoạch cấp trên), không báo cáo về chúng.",
        "check.--format": "Định dạng đầu ra (mặc định: «text»; «github» khi có GITHUB_ACTIONS).",
        "check.--jobs": "Số tiến trình (mặc định 0: mọi lõi); với --executor dask không có --scheduler: số worker.",
        "check.--executor": "Nơi chạy: «local» (máy này, mặc định) hoặc «dask» (một cụm Dask; cần plancheck[dask]).",
        "check.--scheduler": "Địa chỉ bộ điều phối Dask (tcp://MÁY:8786); không có: một cụm Dask trên máy này.",
        "check.--select": "Chỉ các mã quy tắc, tiền tố, loại hoặc bộ quy tắc này (cách nhau bằng dấu phẩy).",
        "check.--ignore": "Bỏ qua các mã quy tắc, tiền tố, loại hoặc bộ quy tắc này (cách nhau bằng dấu phẩy).",
        "check.--fail-on": "Mức độ làm lần chạy thất bại (mặc định: «error»).",
        "check.--fail-on-unchecked": "Thất bại khi có văn bản không được kiểm tra (tin bài, văn bản không rõ loại)"
        " hoặc không đọc được.",
        "*.--ocr": "Nhận dạng ký tự (OCR) các trang quét: «auto» (trang không có chữ), «always», «never».",
        "check.--statistics": "Đếm số phát hiện theo từng quy tắc.",
        "check.--baseline": "Chỉ báo các phát hiện chưa có trong tệp mốc (baseline) này.",
        "check.--write-baseline": "Ghi các phát hiện của lần chạy này làm mốc (baseline).",
        "check.--no-cache": "Không đọc, không ghi .plancheck_cache/.",
        "check.--timeout": "Số giây tối đa cho một văn bản (mặc định 30; cấu hình: timeout).",
        "check.--max-memory": "Số MB bộ nhớ tối đa cho một văn bản (mặc định 2048; cấu hình: max-memory).",
        "click.usage": "Cách dùng: ",
        "click.OPTIONS": "[TÙY CHỌN]",
        "click.COMMAND": "LỆNH [ĐỐI SỐ]...",
        "click.Options": "Tùy chọn",
        "click.Commands": "Lệnh",
        "click.help": "Hiện hướng dẫn này rồi thoát.",
        "click.version": "Hiện phiên bản rồi thoát.",
    },
    "en": {
        "plancheck": "plancheck: lint Vietnamese government plans against the directives they implement.",
        "parse": "Show how plancheck reads FILE (header, sections, citations, ...).",
        "check": "Check plans against rule packs; exit 1 when a finding reaches --fail-on.",
        "rules": "List every built-in rule: pack, id, kind, severity, title.",
        "explain": "Print a rule's documentation, options and examples (or a kind's, or a pack's rules).",
        "test-rules": "Run every rule's pass/fail examples; exit 1 if any misbehaves.",
        "graph": "The citation graph of the documents under PATHS (province → district → commune).",
        "serve": "A web page for reviewers and an HTTP API (needs plancheck[serve]).",
        "serve.--host": "Address to listen on (default 127.0.0.1; any other needs --token).",
        "serve.--port": "Port.",
        "serve.--corpus": "Documents used as the corpus of every check.",
        "serve.--rules": "Rule pack NAME or FILE (repeatable).",
        "serve.--token": "Access token every request must send (Authorization: Bearer TOKEN).",
        "serve.--max-upload-mb": "MB limit of one file and of one request.",
        "serve.--jobs": "Processes for each check.",
        "derive": "Turn a parent plan into a rule pack for the plans that implement it.",
        "*.@file": "FILE",
        "*.@paths": "PATHS...",
        "explain.@rule_id": "RULE_ID",
        "test-rules.@packs": "[PACKS]...",
        "derive.@parent": "PARENT",
        "*.--lang": "Language of the messages: vi (default) or en.",
        "*.--output": "Write to FILE instead of stdout.",
        "*.--format": "Output format.",
        "check.--rules": "Rule pack NAME or FILE (repeatable); default: packs chosen by applies_to.",
        "check.--corpus": "Documents used as context (parents), not reported on.",
        "check.--format": "Output format (default: text; github when GITHUB_ACTIONS is set).",
        "check.--jobs": "Processes (default 0: all cores); with --executor dask and no --scheduler: workers.",
        "check.--executor": "Where to run: «local» (this machine, the default) or «dask» (a Dask cluster; plancheck[dask]).",
        "check.--scheduler": "The Dask scheduler's address (tcp://HOST:8786); without it, a Dask cluster on this machine.",
        "check.--select": "Only these rule ids, prefixes, kinds or packs (comma-separated).",
        "check.--ignore": "Skip these rule ids, prefixes, kinds or packs (comma-separated).",
        "check.--fail-on": "The severity that fails the run (default: error).",
        "check.--fail-on-unchecked": "Fail when a document was not checked (a news item, an unknown text) or cannot"
        " be read.",
        "*.--ocr": "Read scanned pages by OCR: auto (pages without text), always, never.",
        "check.--statistics": "Count findings per rule.",
        "check.--baseline": "Report only findings not listed in this baseline.",
        "check.--write-baseline": "Record this run's findings as the baseline.",
        "check.--no-cache": "Neither read nor write .plancheck_cache/.",
        "check.--timeout": "Seconds one document may take (default 30; config: timeout).",
        "check.--max-memory": "MB of memory one document may take (default 2048; config: max-memory).",
        "click.usage": "Usage: ",
        "click.OPTIONS": "[OPTIONS]",
        "click.COMMAND": "COMMAND [ARGS]...",
        "click.Options": "Options",
        "click.Commands": "Commands",
        "click.help": "Show this message and exit.",
        "click.version": "Show the version and exit.",
    },
}


def help_text(lang: str, key: str, command: str | None = None) -> str | None:
    """The help for ``key`` (a command, or an option of ``command``) in ``lang``."""
    words = HELP.get(lang, HELP["vi"])
    if command is not None:
        return words.get(f"{command}.{key}") or words.get(f"*.{key}")
    return words.get(key)
