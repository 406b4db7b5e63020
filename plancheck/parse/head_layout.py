"""The parts of a document's header, wherever the layout puts them.

Decree 30 draws the header as two columns (issuer and "Số:" on the left,
the national motto and "<place>, ngày … tháng … năm …" on the right), but a
header reaches plancheck in many shapes: one line per part; the two columns
merged on each line («Số: 1207/KH-UBND Yên Bái, ngày 05 tháng 10 năm
2019»), as a PDF or a Word copy makes them; a law site's table cells with
``|`` between them; parts split over lines («Số:» / «58/KH-UBND», «Hà Nội,
ngày 30» / «tháng 12 năm 2024»).  So the head of the text is read as one
stream, not line by line: the motto and the ruling lines under it are
blanked out (same length, so every offset still points into the text),
pipes count as spaces, and each part is found by its own pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_S = r"[\s|]"  # a space of the header: a line break, or a table cell's border

# Between the motto's three words, a dash, or only spaces where a copy lost it.
_MOTTO_GAP = r"(?:" + _S + r"*[-–—]" + _S + r"*|" + _S + r"+)"
# The motto in all its spellings: HÒA / HOÀ / HOA (and HÕA, a common slip), any case, split anywhere.
MOTTO_RE = re.compile(
    r"C[ỘO]NG"
    + _S
    + r"+H[ÒOÕÓỎ](?:A|À)?"
    + _S
    + r"+X[ÃA]"
    + _S
    + r"+H[ỘO]I"
    + _S
    + r"+CH[ỦU]"
    + _S
    + r"+NGH[ĨI]A"
    + _S
    + r"+VI[ỆE]T"
    + _S
    + r"+NAM"
    r"|Độc" + _S + r"+lập" + _MOTTO_GAP + r"Tự" + _S + r"+do" + _MOTTO_GAP + r"Hạnh" + _S + r"+phúc"
    # the Party's documents stand under «ĐẢNG CỘNG SẢN VIỆT NAM», written in capitals, beside their issuer
    r"|(?-i:Đ[ẢA]NG" + _S + r"+C[ỘO]NG" + _S + r"+S[ẢA]N" + _S + r"+VI[ỆE]T" + _S + r"+NAM)"
    # its two halves apart, in capitals: a motto printed on two rows, read row by row across both
    # columns («ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI / THÀNH PHỐ HẢI PHÒNG CHỦ NGHĨA VIỆT NAM», a scan)
    r"|(?-i:C[ỘO]NG" + _S + r"+H[ÒOÕÓỎ](?:A|À)?" + _S + r"+X[ÃA]" + _S + r"+H[ỘO]I(?![^\W\d_])"
    r"|CH[ỦU]" + _S + r"+NGH[ĨI]A" + _S + r"+VI[ỆE]T" + _S + r"+NAM)",
    re.IGNORECASE,
)
# The ruling lines Word draws under the issuer and the motto, as text.
_RULE_RE = re.compile(r"(?<![\w])[-_–—=*~.]{3,}(?![\w])|!\[\]\([^)\n]{0,300}\)")

# "Số:" (a state document), "Số 27-CTr/TU" (a Party one writes no colon),
# "Nghị quyết số: 653/2019/UBTVQH14" (the type before it, on its line).
NUMBER_HEAD_RE = re.compile(
    r"(?<![^\W\d_])S[ốỐ]"
    + _S
    + r"*(?:và"
    + _S
    + r"+ký"
    + _S
    + r"+hiệu"
    + _S
    + r"*)?(?::"
    + _S
    + r"*|(?=\d{1,5}"
    + _S
    + r"*[/-]))"
    # the type before it needs the colon: «Quyết định số 933/QĐ-UBND ngày …» opening a line cites
    r"|(?m:^)[ \t]*(?i:nghị quyết|quyết định|kế hoạch|chỉ thị|thông tư|chương trình)[ \t]+số" + _S + r"*:" + _S + r"*"
)

_PLACE_WORD = r"[" + UPPER + r"][^\W\d_]*(?:['’][^\W\d_]+)*\.?"  # "Đạ M'ri", "B'Lao"
# "<place>, ngày 05 tháng 10 năm 2019": the place is up to five capitalised
# words (or a ward's number) on the line, not glued to what stands before it.
_DAY = r"(?P<d>\d{1,2}|[.…]+|" + r"(?=" + _S + r"*tháng))"
_MONTH = r"(?P<m>\d{1,2}|[.…]+|(?=" + _S + r"*năm))"
DATE_LINE_RE = re.compile(
    # a ward's number may sit on the next line («Quận\n 11, ngày …», a copy's broken cell)
    r"(?<![\w/\-.])(?P<place>(?:TP\.[ \t]*|Tp\.[ \t]*)?"
    + _PLACE_WORD
    + r"(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=\d{1,2}[ \t]*,))(?:"
    + _PLACE_WORD
    + r"|phố|xã|trấn|khu|\d{1,2}|[-–]))"
    + r"{0,6})[ \t]*,[\s|]*[Nn]gày"
    + _S
    + r"*"
    + _DAY
    + _S
    + r"*tháng"
    + _S
    + r"*"
    + _MONTH
    + _S
    + r"*năm"
    + _S
    + r"*(?P<y>(?:19|20)\d{2})"
)
# A line that is nothing but "<place>, ngày …": its place may be written any
# way ("Mường é"); tried when no place of capitalised words was found.
DATE_ALONE_RE = re.compile(
    r"^[ \t|]*(?P<place>[^\d,:;|\n]{2,50}?(?:\s\d{1,2})?)\s*,\s*[Nn]gày\s+"
    + _DAY
    + r"\s*tháng\s+"
    + _MONTH
    + r"\s*năm\s+(?P<y>(?:19|20)\d{2})",
    re.MULTILINE,
)
# The same date without its place (a header that lost it).
BARE_DATE_RE = re.compile(
    r"(?<![^\W\d_])[Nn]gày"
    + _S
    + r"+(?P<d>\d{1,2})"
    + _S
    + r"+tháng"
    + _S
    + r"+(?P<m>\d{1,2})"
    + _S
    + r"+năm"
    + _S
    + r"+(?P<y>(?:19|20)\d{2})"
)

# The first words of an issuing body, as its block at the top writes them.
ISSUER_HEADS = (
    "ỦY BAN NHÂN DÂN",
    "UỶ BAN NHÂN DÂN",
    "UBND",
    "HỘI ĐỒNG NHÂN DÂN",
    "HĐND",
    "SỞ",
    "BỘ",
    "BAN",
    "VĂN PHÒNG",
    "PHÒNG",
    "THỦ TƯỚNG",
    "CHÍNH PHỦ",
    "QUỐC HỘI",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "BAN CHỈ ĐẠO",
    "BCĐ",
    "CỤC",
    "TỔNG CỤC",
    "ỦY BAN",
    "UỶ BAN",
    "TRUNG TÂM",
    "CÔNG AN",
    "BỘ CHỈ HUY",
    "ĐẶC KHU",
)
ISSUER_HEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(h) for h in sorted(ISSUER_HEADS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# Lines a site puts above a document: its own metadata, never its issuer.
CHROME_LINE_RE = re.compile(
    r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|"
    r"Tình trạng|Lĩnh vực|Cơ quan ban hành|Ngày đăng|Cập nhật|Lượt xem|Đã xem|Trang chủ|Văn bản|Tin tức|"
    r"date\s+\d{4}|\d{1,2}[-/]\d{1,2}[-/]\d{4}$|Không xác định$|Đã biết$|Còn hiệu lực$|Hết hiệu lực$)",
    re.IGNORECASE,
)


@dataclass
class Found:
    """One part of the header: where it is in the text, and its groups."""

    start: int
    end: int
    match: re.Match


_NOT_NEWLINE = re.compile(r"[^\n]")
_RULE_MARKS = ("---", "___", "***", "...", "===", "~~~", "–––", "———", "![")


def _blank(m: re.Match) -> str:
    return _NOT_NEWLINE.sub(" ", m.group())


def masked_head(text: str, end: int) -> tuple[str, bool]:
    """The first ``end`` characters of ``text`` with the motto, ruling lines
    and table borders blanked out, offset for offset; and whether the motto
    was there."""
    head = text[:end]
    blanked, mottos = MOTTO_RE.subn(_blank, head)
    if any(mark in blanked for mark in _RULE_MARKS):  # most heads have no ruling line as text
        blanked = _RULE_RE.sub(_blank, blanked)
    return blanked.replace("|", " ") if "|" in blanked else blanked, mottos > 0


def is_upper_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
