"""Detect how a text file was encoded and decode it line by line.

Order of trust: a byte-order mark; strict UTF-8; UTF-16 without BOM (NUL
pattern); then the single-byte encodings Vietnamese offices used — Windows-1258,
TCVN3 (ABC) and VNI — judged by how many common Vietnamese syllables each
decoding produces.  General-purpose detectors guess Latin-1 for TCVN3/VNI
bytes, so the decision between the three is plancheck's own.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from plancheck.ingest.legacy import (
    TCVN3_CAPITAL_BYTES,
    VNI_PAIRS,
    VNI_SINGLES,
    compose_with_columns,
    decode_tcvn3,
    decode_vni,
    restore_capitals,
)
from plancheck.ingest.nfc import nfc

DecodedLine = tuple[str, list[int] | None]

# Frequent syllables of administrative Vietnamese; a correct decoding is full of them.
_COMMON = frozenset(
    """của và các được trong hành chính thực hiện năm tháng ngày kế hoạch cải cách
    nhân dân với người công tác tuyên truyền thủ tục những để này có không theo
    đến về cơ quan đơn vị xã phường huyện tỉnh quyết định nội dung tổ chức số ủy
    ủy đồng thời trên địa bàn việc phát triển nâng cao quả kết báo cáo điện tử
    thông tin nhà nước là một phối hợp chủ trì cấp nhiệm vụ chỉ đạo quy định
    đảm bảo tình hình đối tượng mục đích yêu cầu hình thức thị trấn đội ngũ
    cán bộ viên chức lĩnh vực chương trình giai đoạn phương tiện tiếp nhận""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows", "cp1258": "Windows-1258"}


def legacy_name(encoding: str) -> str | None:
    """Display name of a legacy encoding, or None for Unicode encodings."""
    return _LEGACY_NAMES.get(encoding)


def _score(text: str) -> float:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    hits = sum(1 for w in words if w in _COMMON)
    return hits / len(words)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_A_BAD_CONTROL))  # what is left: the disallowed controls
    return b"\x00" in sample or controls > max(4, len(sample) // 50)


# Every byte except control characters that do not belong in a text file
# (TAB, LF, FF, CR and the TCVN3 capitals that sit in the C0 range are fine).
_NOT_A_BAD_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in {0x09, 0x0A, 0x0C, 0x0D, *TCVN3_CAPITAL_BYTES})


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


def _split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def unicode_lines(text: str) -> list[DecodedLine]:
    """Lines of decoded Unicode text, each composed to NFC (with its column
    map when composing moved characters)."""
    if unicodedata.is_normalized("NFC", text):  # the usual case: no line needs composing
        return [(line, None) for line in _split_lines(text)]
    out: list[DecodedLine] = []
    for line in _split_lines(text):
        if unicodedata.is_normalized("NFC", line):
            out.append((line, None))
        else:
            composed, cols = compose_with_columns(list(line), list(range(len(line))))
            out.append((nfc(composed), cols))
    return out


def _byte_lines(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def _decode_single_byte(data: bytes, encoding: str) -> list[DecodedLine]:
    out: list[DecodedLine] = []
    for raw in _byte_lines(data):
        if encoding == "tcvn3":
            text, cols = decode_tcvn3(raw)
            text = restore_capitals(text)
        elif encoding == "vni":
            text, cols = decode_vni(raw)
        else:
            decoded = raw.decode("cp1258", errors="replace")
            text, cols = compose_with_columns(list(decoded), list(range(len(decoded))))
        text = nfc(text)
        identity = len(cols) == len(raw) and all(c == i for i, c in enumerate(cols))
        out.append((text, None if identity else cols))
    return out


def _quick_decode(data: bytes, encoding: str) -> str:
    """Whole-text decoding used only to score a candidate."""
    if encoding == "cp1258":
        return nfc(data.decode("cp1258", errors="replace"))
    if encoding == "tcvn3":
        return "".join(decode_tcvn3(line)[0] for line in _byte_lines(data[:65536]))
    latin = data[:65536].decode("cp1252", errors="replace")
    return _VNI_RE.sub(lambda m: VNI_PAIRS.get(m.group(), m.group()), latin).translate(_VNI_SINGLE_TABLE)


_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI_PAIRS, key=len, reverse=True)))
_VNI_SINGLE_TABLE = {ord(k): v for k, v in VNI_SINGLES.items()}


def decode_unicode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of data in a Unicode encoding (UTF-8, with or without
    its BOM, or UTF-16), line ends as in the file; None when the data is in a
    legacy single-byte encoding.  Raises ValueError("binary") for data that
    is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "utf-16"
    if _looks_binary(data):
        raise ValueError("binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> tuple[list[DecodedLine], str]:
    """Decode file bytes into NFC lines (with column maps where needed).

    Returns the lines and the encoding name (utf-8, utf-8-sig, utf-16, cp1258,
    tcvn3, vni).  Raises ValueError("binary") for data that is not text.
    """
    found = decode_unicode(data)
    if found is not None:
        return unicode_lines(found[0]), found[1]
    return decode_legacy(data)


def decode_legacy(data: bytes) -> tuple[list[DecodedLine], str]:
    """Lines of data in the single-byte encoding (cp1258, tcvn3, vni) that reads best."""
    best = _best_legacy(data)
    return _decode_single_byte(data, best), best


def _best_legacy(data: bytes) -> str:
    return max(("cp1258", "tcvn3", "vni"), key=lambda enc: _score(_quick_decode(data, enc)))


_MAX_RECORDED = 1000  # invalid sequences counted: past it the file is no UTF-8 with a slip or two
_invalid_at: list[int] = []


def _record_invalid(exc: UnicodeDecodeError):
    if len(_invalid_at) < _MAX_RECORDED:
        _invalid_at.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("plancheck-record", _record_invalid)

_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MARGIN = 0.1  # how much better a legacy decoding must read (share of common syllables) to be chosen over UTF-8


@dataclass
class Decision:
    """How a text file that is not clean Unicode was read, and why.

    ``encoding``: what its lines were decoded with ("utf-8", or the legacy
    encoding); ``invalid``: byte offsets of the invalid UTF-8 sequences
    replaced by U+FFFD (the first ones); ``mixed``: UTF-8 lines and lines of
    the legacy encoding in one file, each line read in its own."""

    lines: list[DecodedLine]
    encoding: str
    invalid: list[int]
    invalid_count: int = 0
    mixed: bool = False


def decide_non_utf8(data: bytes) -> Decision:
    """Read bytes that are not strict UTF-8 by the evidence: UTF-8 with
    replacements when it reads as well as any legacy decoding (one stray
    byte must not turn a plan into mojibake), a legacy encoding only when it
    reads much better, and line by line when the file holds both."""
    _invalid_at.clear()
    repaired = data.decode("utf-8", errors="plancheck-record")
    invalid = list(_invalid_at)
    count = len(invalid) if len(invalid) < _MAX_RECORDED else repaired.count("\ufffd")
    legacy = _best_legacy(data)
    utf8_score, legacy_score = _score(repaired[:65536]), _score(_quick_decode(data, legacy))
    valid_multibyte = len(_MULTIBYTE_UTF8.findall(data, 0, 1 << 20))
    if legacy_score <= utf8_score + MARGIN:
        return Decision(unicode_lines(repaired), "utf-8", invalid[:10], count)
    if valid_multibyte >= 20 and valid_multibyte >= count // 4:  # real UTF-8 beside the legacy bytes
        return Decision(_mixed_lines(data, legacy), legacy, invalid[:10], count, mixed=True)
    return Decision(_decode_single_byte(data, legacy), legacy, [], 0)


def _mixed_lines(data: bytes, legacy: str) -> list[DecodedLine]:
    out: list[DecodedLine] = []
    for raw in _byte_lines(data):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            out.extend(_decode_single_byte(raw, legacy))
            continue
        out.extend(unicode_lines(text))
    return out
