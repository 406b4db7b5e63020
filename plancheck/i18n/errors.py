"""Messages of the errors that stop a run (exit 2): a rule pack, a
configuration, a baseline or a command line that plancheck would
misunderstand.  The person who reads them is fixing a file or a command,
so each names the key and what was expected, in the language they chose.

Keys are merged into :data:`plancheck.i18n.MESSAGES`; a value that is itself
a message (:class:`plancheck.i18n.Said`) is rendered in the same language.
"""

from __future__ import annotations

ERRORS: dict[str, dict[str, str]] = {
    # where: "{where}: {what}"
    "at": {"vi": "{where}: {what}", "en": "{where}: {what}"},
    "did_you_mean": {"vi": " (có phải là «{names}»?)", "en": " (did you mean {names}?)"},
    "joined": {"vi": "{first}{second}", "en": "{first}{second}"},
    "nothing": {"vi": "không gì cả", "en": "nothing"},
    # reading a rule pack
    "pack_unreadable": {"vi": "không đọc được bộ quy tắc: {detail}", "en": "cannot read the rule pack: {detail}"},
    "pack_not_utf8": {"vi": "bộ quy tắc không phải văn bản UTF-8", "en": "the rule pack is not UTF-8 text"},
    "pack_yaml": {"vi": "lỗi cú pháp YAML: {problem}", "en": "YAML syntax error: {problem}"},
    "yaml_unclosed": {"vi": "thiếu dấu đóng «{close}»", "en": "did not find the closing '{close}'"},
    "yaml_mapping_here": {
        "vi": "không được viết «khóa: giá trị» ở chỗ này (thụt lề sai?)",
        "en": "mapping values are not allowed here (wrong indentation?)",
    },
    "yaml_no_colon": {"vi": "thiếu dấu «:» sau khóa", "en": "could not find the expected ':'"},
    "yaml_tab": {"vi": "YAML không cho thụt lề bằng ký tự tab", "en": "a tab cannot indent YAML"},
    "yaml_indent": {
        "vi": "thụt lề không khớp với các dòng trên",
        "en": "the indentation does not match the lines above",
    },
    "quoted": {"vi": "«{problem}»", "en": "{problem}"},  # a library's own words (PyYAML, tomllib), quoted
    "pack_not_mapping": {
        "vi": "bộ quy tắc phải là một ánh xạ YAML có các khóa «pack», «title» và «rules»",
        "en": "a rule pack must be a mapping with 'pack', 'title' and 'rules'",
    },
    "rule_not_mapping": {
        "vi": "rules.{i}: mỗi quy tắc phải là một ánh xạ YAML có id, kind, message và reference",
        "en": "rules.{i}: a rule must be a mapping with id, kind, message and reference",
    },
    "pack_none": {
        "vi": "không có bộ quy tắc «{name}» (các bộ có sẵn: {known})",
        "en": "no rule pack '{name}' (built-in packs: {known})",
    },
    "pack_cycle": {"vi": "các bộ quy tắc mở rộng lẫn nhau thành vòng", "en": "the packs extend each other in a cycle"},
    "pack_too_deep": {
        "vi": "các bộ quy tắc mở rộng nhau sâu quá {depth} tầng",
        "en": "the packs extend each other more than {depth} deep",
    },
    "extends_problem": {"vi": "extends: {why}", "en": "extends: {why}"},
    # a pack's keys and values
    "key_unknown": {"vi": "khóa không xác định «{key}»", "en": "unknown key '{key}'"},
    "key_missing": {"vi": "thiếu khóa «{key}»", "en": "missing key '{key}'"},
    "key_bad": {"vi": "{key}: {why}", "en": "{key}: {why}"},
    "option_unknown": {
        "vi": "quy tắc {rule}: tùy chọn không xác định «{key}» cho loại «{kind}»",
        "en": "rule {rule}: unknown option '{key}' for kind '{kind}'",
    },
    "option_missing": {
        "vi": "quy tắc {rule}: thiếu tùy chọn «{key}» cho loại «{kind}»",
        "en": "rule {rule}: missing option '{key}' for kind '{kind}'",
    },
    "option_bad": {"vi": "quy tắc {rule}: tùy chọn «{key}»: {why}", "en": "rule {rule}: option '{key}': {why}"},
    "rule_problem": {"vi": "quy tắc {rule}: {why}", "en": "rule {rule}: {why}"},
    "rule_id_twice": {"vi": "mã quy tắc {rule} được dùng hai lần", "en": "rule id {rule} is used twice"},
    "rule_id_inherited": {
        "vi": "mã quy tắc {rule} đã được dùng trong {path}",
        "en": "rule id {rule} is already used by {path}",
    },
    "theme_unknown": {
        "vi": "quy tắc {rule}: không có chủ đề «{theme}» trong bộ quy tắc hay các bộ nó mở rộng{hint}",
        "en": "rule {rule}: no theme '{theme}' in the pack or what it extends{hint}",
    },
    "kind_unknown": {
        "vi": "loại quy tắc không xác định «{kind}»; các loại có: {known}",
        "en": "unknown rule kind '{kind}'; known kinds: {known}",
    },
    "value_range": {
        "vi": "phải nằm trong khoảng {low} đến {high}, không phải {value}",
        "en": "must be between {low} and {high}, not {value}",
    },
    "value_at_least": {"vi": "phải ít nhất là {low}, không phải {value}", "en": "must be at least {low}, not {value}"},
    "value_non_empty": {"vi": "phải có ít nhất một mục", "en": "must list at least one item"},
    "value_form": {
        "vi": "«{value}» không đúng dạng (ví dụ «{example}»)",
        "en": "'{value}' does not have the expected form (e.g. '{example}')",
    },
    "message_braces": {
        "vi": "thông điệp có dấu «{{» hoặc «}}» không khớp",
        "en": "the message has an unmatched '{{' or '}}'",
    },
    "placeholder_not_plain": {
        "vi": "chỗ điền {ph} phải là một tên đơn giản như {{found}}",
        "en": "placeholder {ph} must be a plain name such as {{found}}",
    },
    "placeholder_unfilled": {
        "vi": "quy tắc {rule}: {field}.{lang}: chỗ điền {ph} không được loại «{kind}» điền (loại này điền: {known})",
        "en": "rule {rule}: {field}.{lang}: placeholder {ph} is not filled by kind '{kind}' (it fills: {known})",
    },
    "placeholder_field": {"vi": "quy tắc {rule}: {field}.{lang}: {why}", "en": "rule {rule}: {field}.{lang}: {why}"},
    "pattern_needs_swap": {"vi": "chế độ «substitution» cần khóa «swap»", "en": "mode 'substitution' needs 'swap'"},
    "pattern_needs_patterns": {"vi": "chế độ «{mode}» cần khóa «patterns»", "en": "mode '{mode}' needs 'patterns'"},
    "pattern_bad_regex": {
        "vi": "biểu thức chính quy sai «{pattern}» (bộ máy regex báo: «{detail}»)",
        "en": "bad regular expression '{pattern}': {detail}",
    },
    "pattern_backtracks": {
        "vi": "mẫu «{pattern}» chạy quá {seconds} giây trên một văn bản {length} ký tự («{probe}…»): mẫu quay lui"
        " bùng nổ (backtracks catastrophically); hãy viết lại không lồng các phép lặp",
        "en": "pattern '{pattern}' takes more than {seconds} s on a text of {length} characters ('{probe}…'):"
        " it backtracks catastrophically; write it without nested repetition",
    },
    # what a value should have been (pydantic's error types; configuration and packs alike)
    "expected_list": {"vi": "cần một danh sách văn bản", "en": "expected a list of texts"},
    "expected_selectors": {
        "vi": "cần một danh sách mã quy tắc, tiền tố, loại hoặc bộ quy tắc",
        "en": "expected a list of rule ids, prefixes, kinds or packs",
    },
    "expected_packs": {"vi": "cần một danh sách bộ quy tắc", "en": "expected a list of packs"},
    "expected_table": {"vi": "cần một bảng (ánh xạ)", "en": "expected a table"},
    "expected_text": {"vi": "cần một chuỗi văn bản", "en": "expected a text"},
    "expected_bool": {"vi": "cần true hoặc false", "en": "expected true or false"},
    "expected_number": {"vi": "cần một số", "en": "expected a number"},
    "expected_whole": {"vi": "cần một số nguyên", "en": "expected a whole number"},
    "expected_positive": {"vi": "cần một số lớn hơn 0", "en": "expected a number above 0"},
    "expected_one_of": {"vi": "cần một trong các giá trị «{expected}»", "en": "expected one of {expected}"},
    "expected_unknown": {"vi": "khóa không xác định", "en": "unknown key"},
    "expected_valid": {"vi": "giá trị không hợp lệ", "en": "invalid value"},
    "got": {"vi": ", nhận được {type} ({value})", "en": ", got {type} ({value})"},
    "type_text": {"vi": "một chuỗi văn bản", "en": "a text"},
    "type_number": {"vi": "một số", "en": "a number"},
    "type_bool": {"vi": "true/false", "en": "true/false"},
    "type_list": {"vi": "một danh sách", "en": "a list"},
    "type_table": {"vi": "một bảng", "en": "a table"},
    "type_other": {"vi": "một giá trị khác", "en": "another value"},
    # the configuration file
    "config_not_utf8": {
        "vi": "tệp cấu hình không phải văn bản UTF-8 (byte {pos})",
        "en": "the configuration is not UTF-8 text (byte {pos})",
    },
    "config_unreadable": {
        "vi": "không đọc được tệp cấu hình: {detail}",
        "en": "cannot read the configuration: {detail}",
    },
    "config_toml": {
        "vi": "cú pháp TOML sai ở dòng {line}, cột {column}",
        "en": "TOML syntax error at line {line}, column {column}",
    },
    "config_toml_end": {
        "vi": "cú pháp TOML sai ở dòng {line}: tệp kết thúc khi một giá trị chưa đóng",
        "en": "TOML syntax error at line {line}: the file ends inside an unclosed value",
    },
    "config_tool_table": {"vi": "[tool.plancheck] phải là một bảng", "en": "[tool.plancheck] must be a table"},
    "selector_unknown": {
        "vi": "{key}không có {what} «{code}» trong các bộ quy tắc đã nạp{hint}",
        "en": "{key}no {what} «{code}» among the loaded packs{hint}",
    },
    "selector_what_id": {"vi": "mã quy tắc", "en": "rule id"},
    "selector_what_any": {"vi": "mã quy tắc, tiền tố, loại hay bộ quy tắc", "en": "rule id, prefix, kind or pack"},
    # a baseline file
    "baseline_not_json": {
        "vi": "không phải JSON hợp lệ (dòng {line}, cột {column})",
        "en": "not valid JSON (line {line}, column {column})",
    },
    "baseline_not_utf8": {"vi": "không phải văn bản UTF-8", "en": "not UTF-8 text"},
    "baseline_shape": {"vi": 'cần dạng {{"findings": [...]}}', "en": 'expected {{"findings": [...]}}'},
    "baseline_entry_keys": {
        "vi": "findings[{i}] (mục {n}) cần có rule và path",
        "en": "findings[{i}] (entry {n}) needs rule and path",
    },
    "baseline_entry_text": {
        "vi": "findings[{i}] (mục {n}): {key} phải là một chuỗi văn bản không rỗng",
        "en": "findings[{i}] (entry {n}): {key} must be a non-empty text",
    },
    "baseline_entry_text_or_null": {
        "vi": "findings[{i}] (mục {n}): {key} phải là một chuỗi văn bản hoặc null",
        "en": "findings[{i}] (entry {n}): {key} must be a text or null",
    },
    # the command line (click's usage errors, said again in the chosen language)
    "usage": {
        "vi": "lỗi cách dùng: {what}\nXem «{command} --help».",
        "en": "usage error: {what}\nTry '{command} --help'.",
    },
    "usage_no_option": {"vi": "không có tùy chọn «{name}»{hint}", "en": "no such option '{name}'{hint}"},
    "usage_needs_value": {"vi": "tùy chọn «{name}» cần một giá trị", "en": "option '{name}' requires a value"},
    "usage_missing": {"vi": "thiếu {what} «{name}»", "en": "missing {what} '{name}'"},
    "usage_argument": {"vi": "đối số", "en": "argument"},
    "usage_option": {"vi": "tùy chọn", "en": "option"},
    "usage_bad_value": {"vi": "giá trị không hợp lệ cho «{name}»: {why}", "en": "invalid value for '{name}': {why}"},
    "usage_not_one_of": {"vi": "«{value}» không phải một trong: {choices}", "en": "'{value}' is not one of: {choices}"},
    "usage_no_path": {"vi": "«{value}» không tồn tại", "en": "'{value}' does not exist"},
    "usage_is_folder": {"vi": "«{value}» là một thư mục", "en": "'{value}' is a directory"},
    "usage_not_number": {"vi": "«{value}» không phải là số", "en": "'{value}' is not a number"},
    "usage_out_of_range": {
        "vi": "{value} nằm ngoài khoảng cho phép ({range})",
        "en": "{value} is outside the allowed range ({range})",
    },
    "usage_no_command": {"vi": "không có lệnh «{name}»", "en": "no such command '{name}'"},
    "usage_extra_args": {"vi": "thừa đối số: {args}", "en": "unexpected extra arguments: {args}"},
    "usage_other": {"vi": "câu lệnh không hợp lệ («{detail}»)", "en": "{detail}"},
    # plancheck explain / test-rules
    "explain_unknown": {
        "vi": "không có quy tắc, loại quy tắc hay bộ quy tắc «{id}»",
        "en": "no rule, rule kind or pack '{id}'",
    },
    "explain_reference": {"vi": "Căn cứ", "en": "Reference"},
    "explain_options": {"vi": "Tùy chọn", "en": "Options"},
    "explain_when": {"vi": "Áp dụng khi", "en": "When"},
    "explain_pass": {"vi": "ví dụ đạt", "en": "pass example"},
    "explain_fail": {"vi": "ví dụ vi phạm", "en": "fail example"},
    "explain_corpus": {"vi": "bộ hồ sơ", "en": "corpus"},
    "explain_ocr": {
        "vi": "Trên văn bản đọc bằng nhận dạng ký tự (OCR): loại quy tắc này xét từng ký tự, nên chỉ nêu gợi ý (info),"
        " và không nêu gì khi từ liên quan được đọc với độ tin cậy thấp.",
        "en": "On text read by OCR: this kind judges exact characters, so it gives a hint (info) at most, and nothing"
        " where the words concerned were read with low confidence.",
    },
    "example_failed": {
        "vi": "SAI {pack} {rule} {which} {index}: {detail}",
        "en": "FAIL {pack} {rule} {which} {index}: {detail}",
    },
    "example_needs_both": {
        "vi": "SAI {pack} {rule}: cần ít nhất một ví dụ đạt và một ví dụ vi phạm",
        "en": "FAIL {pack} {rule}: needs at least one pass and one fail example",
    },
    "examples_summary": {"vi": "{passed} ví dụ đúng, {failed} sai", "en": "{passed} passed, {failed} failed"},
    "example_findings": {"vi": "{n} phát hiện", "en": "{n} finding(s)"},
    "example_when_never": {
        "vi": "0 phát hiện: điều kiện when: của quy tắc không áp dụng cho ví dụ",
        "en": "0 finding(s): its when: does not apply to the example",
    },
    "example_when_unmet": {"vi": "0 phát hiện (điều kiện when: không thỏa)", "en": "0 finding(s) (when: not met)"},
    "example_unfilled": {
        "vi": "thông điệp ({lang}) còn chỗ điền chưa điền: {names}",
        "en": "message ({lang}) leaves {names} unfilled",
    },
    "example_no_excerpt": {
        "vi": "không phát hiện nào chỉ vào «{excerpt}» (có: {found})",
        "en": "no finding points at «{excerpt}» (found: {found})",
    },
    "example_no_message": {
        "vi": "không thông điệp nào nói «{message}» (có: {found})",
        "en": "no finding's message says «{message}» (found: {found})",
    },
    "example_named": {"vi": "«{name}»: {detail}", "en": "«{name}»: {detail}"},
    # plancheck serve
    "serve_needs_token": {
        "vi": "máy chủ mở ra ngoài ({host}) phải có mã truy cập: thêm --token MÃ (mọi yêu cầu gửi"
        " «Authorization: Bearer MÃ»)",
        "en": "a server open beyond this machine ({host}) needs an access token: add --token TOKEN (every request"
        " sends «Authorization: Bearer TOKEN»)",
    },
    "serve_missing": {
        "vi": "cần cài thêm: pip install 'plancheck[serve]'",
        "en": "needs the extra: pip install 'plancheck[serve]'",
    },
    "dask_missing": {
        "vi": "--executor dask cần cài thêm: pip install 'plancheck[dask]'",
        "en": "--executor dask needs the extra: pip install 'plancheck[dask]'",
    },
    "dask_unreachable": {
        "vi": "không kết nối được bộ điều phối Dask {detail}",
        "en": "cannot reach the Dask scheduler {detail}",
    },
    "serve_listening": {"vi": "đang phục vụ tại {url} (Ctrl-C để dừng)", "en": "serving at {url} (Ctrl-C to stop)"},
    # plancheck's own findings, as SARIF lists them among the rules (model.SPECIAL_FINDINGS)
    "special_unreadable": {"vi": "Không đọc được tệp", "en": "File cannot be read"},
    "special_encoding": {"vi": "Tệp dùng bảng mã cũ (TCVN3/VNI/Windows-1258)", "en": "Legacy Vietnamese encoding"},
    "special_internal": {"vi": "Lỗi nội bộ của một quy tắc", "en": "Internal error in a check"},
    "special_damaged": {"vi": "Tệp có lỗi cấu trúc đã được bỏ qua khi đọc", "en": "Damage skipped while reading"},
    "special_ocr": {"vi": "Trang được đọc bằng nhận dạng ký tự (OCR)", "en": "Pages read by OCR"},
    # where a reader finds a finding (plancheck.report.places)
    "place_paragraph": {"vi": "đoạn {paragraph}", "en": "paragraph {paragraph}"},
    "place_cell": {
        "vi": "bảng {table}, hàng {row}, ô {cell}, đoạn {paragraph}",
        "en": "table {table}, row {row}, cell {cell}, paragraph {paragraph}",
    },
    "place_page": {"vi": "trang {page}, dòng {line}", "en": "page {page}, line {line}"},
    # the reviewed .docx (--format docx)
    "review_reference": {"vi": "Căn cứ", "en": "Reference"},
    "review_summary": {
        "vi": "plancheck: {status} — {errors} lỗi, {warnings} cảnh báo, {infos} gợi ý",
        "en": "plancheck: {status} — {errors} error(s), {warnings} warning(s), {infos} hint(s)",
    },
    "review_packs": {"vi": "Bộ quy tắc áp dụng: {packs}", "en": "Rule packs applied: {packs}"},
    "review_needs_output": {
        "vi": "--format docx ghi ra tệp Word: cần -o TỆP.docx (một văn bản) hoặc -o THƯ_MỤC (nhiều văn bản)",
        "en": "--format docx writes Word files: give -o FILE.docx (one document) or -o FOLDER (several)",
    },
    "review_would_overwrite": {
        "vi": "tệp ra trùng với tệp đầu vào «{path}»: không ghi đè tài liệu của người dùng",
        "en": "the output is the input file «{path}»: the user's document is never overwritten",
    },
    "review_written": {
        "vi": "đã ghi {n} tệp Word có nhận xét vào {where}",
        "en": "wrote {n} reviewed Word file(s) to {where}",
    },
}
