"""Messages about one document: why it could not be read (its format, its
encoding, a damaged or encrypted file, OCR) or was stopped (its budget)."""

DOCUMENT_MESSAGES: dict[str, dict[str, str]] = {
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
    "image_corrupt": {
        "vi": "tệp ảnh bị hỏng hoặc không mở được: {detail}",
        "en": "the image file is corrupt or cannot be opened: {detail}",
    },
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
}
