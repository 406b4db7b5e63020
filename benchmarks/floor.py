"""The floor any checker pays, as one command to time beside plancheck.

For every text file under the folders given: read it, decode it, NFC-normalise
it, fold its case, and search it with 40 regular expressions of the kind the
packs hold (theme phrases, index names, section headings, reporting words) —
presence checks of literal phrases (the cheapest search), in one process.  plancheck's CPU is quoted
as a ratio to this command's, measured in turn with it:

    farm-bench --vs 'python3 benchmarks/floor.py DIR' -- plancheck check DIR --jobs 1 --no-cache --format json -o /dev/null
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

PHRASES = [
    "cải cách thể chế",
    "cải cách thủ tục hành chính",
    "cải cách tổ chức bộ máy",
    "cải cách chế độ công vụ",
    "cải cách tài chính công",
    "chính phủ điện tử",
    "chính quyền số",
    "par index",
    "sipas",
    "papi",
    "pci",
    "dti",
    "một cửa",
    "dịch vụ công trực tuyến",
    "tinh giản biên chế",
    "kỷ luật, kỷ cương",
    "báo cáo",
    "hằng quý",
    "6 tháng",
    "hằng năm",
    "trước ngày",
    "mục đích",
    "yêu cầu",
    "nội dung",
    "tổ chức thực hiện",
    "kinh phí",
    "căn cứ",
    "kế hoạch số",
    "quyết định số",
    "nghị quyết",
    "chỉ thị",
    "ủy ban nhân dân",
    "nơi nhận",
    "tm. ủy ban nhân dân",
    "chủ tịch",
    "phó chủ tịch",
    "cộng hòa xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "tuyên truyền",
    "đánh giá",
]
PATTERNS = [re.compile(re.escape(p)) for p in PHRASES]  # literal: the cheapest search a regex engine does


def main(folders: list[str]) -> None:
    found = 0
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8", "replace")).casefold()
            found += sum(1 for rx in PATTERNS if rx.search(text))
    print(found)


if __name__ == "__main__":
    main(sys.argv[1:])
