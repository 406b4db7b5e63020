"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI Windows.

Offices still keep documents typed in .VnTime (TCVN3) or VNI-Times fonts: the
bytes are ordinary 8-bit text, but each code stands for a Vietnamese letter that
only the font knows.  These tables turn such bytes into Unicode, keeping for
every output character the column it came from so findings land on the right
spot of the original file.

TCVN3 is one byte per letter (TCVN 5712:1993, the VN3 table with the capital
letters of VN1).  VNI writes a base letter followed by a mark byte ("a" + "ù"
= "á"), so two original columns make one Unicode character.

Its length is the two code tables, written out letter by letter so that a
reviewer can check them against the standards; the decoding itself is short.
"""

from __future__ import annotations

import unicodedata

from plancheck.ingest.nfc import MAX_MARKS

# --- TCVN3 (TCVN 5712) -------------------------------------------------------
# Byte → Unicode code point for the bytes that differ from ASCII.
_TCVN3_HIGH = [
    # 0x80
    0x00C0,
    0x1EA2,
    0x00C3,
    0x00C1,
    0x1EA0,
    0x1EB6,
    0x1EAC,
    0x00C8,
    0x1EBA,
    0x1EBC,
    0x00C9,
    0x1EB8,
    0x1EC6,
    0x00CC,
    0x1EC8,
    0x0128,
    # 0x90
    0x00CD,
    0x1ECA,
    0x00D2,
    0x1ECE,
    0x00D5,
    0x00D3,
    0x1ECC,
    0x1ED8,
    0x1EDC,
    0x1EDE,
    0x1EE0,
    0x1EDA,
    0x1EE2,
    0x00D9,
    0x1EE6,
    0x0168,
    # 0xA0
    0x00A0,
    0x0102,
    0x00C2,
    0x00CA,
    0x00D4,
    0x01A0,
    0x01AF,
    0x0110,
    0x0103,
    0x00E2,
    0x00EA,
    0x00F4,
    0x01A1,
    0x01B0,
    0x0111,
    0x1EB0,
    # 0xB0
    0x0300,
    0x0309,
    0x0303,
    0x0301,
    0x0323,
    0x00E0,
    0x1EA3,
    0x00E3,
    0x00E1,
    0x1EA1,
    0x1EB2,
    0x1EB1,
    0x1EB3,
    0x1EB5,
    0x1EAF,
    0x1EB4,
    # 0xC0
    0x1EAE,
    0x1EA6,
    0x1EA8,
    0x1EAA,
    0x1EA4,
    0x1EC0,
    0x1EB7,
    0x1EA7,
    0x1EA9,
    0x1EAB,
    0x1EA5,
    0x1EAD,
    0x00E8,
    0x1EC2,
    0x1EBB,
    0x1EBD,
    # 0xD0
    0x00E9,
    0x1EB9,
    0x1EC1,
    0x1EC3,
    0x1EC5,
    0x1EBF,
    0x1EC7,
    0x00EC,
    0x1EC9,
    0x1EC4,
    0x1EBE,
    0x1ED2,
    0x0129,
    0x00ED,
    0x1ECB,
    0x00F2,
    # 0xE0
    0x1ED4,
    0x1ECF,
    0x00F5,
    0x00F3,
    0x1ECD,
    0x1ED3,
    0x1ED5,
    0x1ED7,
    0x1ED1,
    0x1ED9,
    0x1EDD,
    0x1EDF,
    0x1EE1,
    0x1EDB,
    0x1EE3,
    0x00F9,
    # 0xF0
    0x1ED6,
    0x1EE7,
    0x0169,
    0x00FA,
    0x1EE5,
    0x1EEB,
    0x1EED,
    0x1EEF,
    0x1EE9,
    0x1EF1,
    0x1EF3,
    0x1EF7,
    0x1EF9,
    0x00FD,
    0x1EF5,
    0x1ED0,
]
# Capital letters VN1 places in the C0 range (never used as controls in text).
_TCVN3_LOW = {
    0x01: 0x00DA,
    0x02: 0x1EE4,
    0x04: 0x1EEA,
    0x05: 0x1EEC,
    0x06: 0x1EEE,
    0x11: 0x1EE8,
    0x12: 0x1EF0,
    0x13: 0x1EF2,
    0x14: 0x1EF6,
    0x15: 0x1EF8,
    0x16: 0x00DD,
    0x17: 0x1EF4,
}

TCVN3_CAPITAL_BYTES = frozenset(_TCVN3_LOW)
# Windows typists' ABC files carry cp1252 punctuation (smart quotes, dashes,
# ellipsis) in 0x80-0x9F; those bytes keep that meaning, the rest are capitals.
_CP1252_PUNCT = {0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97}

TCVN3_DECODE: dict[int, str] = {b: chr(u) for b, u in _TCVN3_LOW.items()}
TCVN3_DECODE.update({0x80 + i: chr(u) for i, u in enumerate(_TCVN3_HIGH)})
TCVN3_DECODE.update({b: bytes([b]).decode("cp1252") for b in _CP1252_PUNCT})
TCVN3_ENCODE: dict[str, int] = {ch: b for b, ch in TCVN3_DECODE.items()}
# Precomposed lower case wins over combining tone bytes when encoding.
for _b in range(0xB0, 0xB5):
    TCVN3_ENCODE.pop(TCVN3_DECODE[_b], None)


# --- VNI Windows -------------------------------------------------------------
# Mark bytes (as Latin-1 characters) in lower/upper case, in the order
# sắc, huyền, hỏi, ngã, nặng.
_VNI_TONE_LOWER = "ùøûõï"
_VNI_TONE_UPPER = "ÙØÛÕÏ"
_VNI_HAT_LOWER = ("â", "áàåãä")  # â ê ô: the hat, then hat + tone
_VNI_HAT_UPPER = ("Â", "ÁÀÅÃÄ")
_VNI_BREVE_LOWER = ("ê", "éèúüë")  # ă: the breve, then breve + tone
_VNI_BREVE_UPPER = ("Ê", "ÉÈÚÜË")
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    """Two-character sequences and single characters of VNI → Unicode."""
    pairs: dict[str, str] = {}
    singles: dict[str, str] = {}
    for upper in (False, True):
        tone = _VNI_TONE_UPPER if upper else _VNI_TONE_LOWER
        hat = _VNI_HAT_UPPER if upper else _VNI_HAT_LOWER
        breve = _VNI_BREVE_UPPER if upper else _VNI_BREVE_LOWER
        case = str.upper if upper else str.lower
        for v in "aeouy":
            for t, mark in zip(tone, _TONE_MARKS):
                pairs[case(v) + t] = _compose(case(v), mark)
        for v in "aeo":
            pairs[case(v) + hat[0]] = _compose(case(v), "\u0302")
            for t, mark in zip(hat[1], _TONE_MARKS):
                pairs[case(v) + t] = _compose(case(v), "\u0302", mark)
        pairs[case("a") + breve[0]] = _compose(case("a"), "\u0306")
        for t, mark in zip(breve[1], _TONE_MARKS):
            pairs[case("a") + t] = _compose(case("a"), "\u0306", mark)
        horn_o, horn_u = ("Ô", "Ö") if upper else ("ô", "ö")
        singles[horn_o] = _compose(case("o"), "\u031b")
        singles[horn_u] = _compose(case("u"), "\u031b")
        for h, base in ((horn_o, "o"), (horn_u, "u")):
            for t, mark in zip(tone, _TONE_MARKS):
                pairs[h + t] = _compose(case(base), "\u031b", mark)
        # i has one-byte forms, and y's nặng is one byte too.
        i_forms = "ÍÌÆÓÒ" if upper else "íìæóò"
        for f, mark in zip(i_forms, _TONE_MARKS):
            singles[f] = _compose(case("i"), mark)
        singles["Î" if upper else "î"] = _compose(case("y"), "\u0323")
        singles["Ñ" if upper else "ñ"] = "Đ" if upper else "đ"
    return pairs, singles


VNI_PAIRS, VNI_SINGLES = _build_vni()
VNI_ENCODE: dict[str, str] = {u: seq for seq, u in VNI_PAIRS.items()}
VNI_ENCODE.update({u: seq for seq, u in VNI_SINGLES.items()})


def decode_tcvn3(line: bytes) -> tuple[str, list[int]]:
    """Decode one line of TCVN3 bytes; also return each char's source column (0-based)."""
    chars: list[str] = []
    cols: list[int] = []
    for i, b in enumerate(line):
        if b < 0x80 and b not in _TCVN3_LOW:
            chars.append(chr(b))
        else:
            chars.append(TCVN3_DECODE.get(b, chr(b)))
        cols.append(i)
    return compose_with_columns(chars, cols)


def decode_vni(line: bytes) -> tuple[str, list[int]]:
    """Decode one line of VNI bytes; also return each char's source column (0-based)."""
    latin = line.decode("cp1252", errors="replace")
    chars: list[str] = []
    cols: list[int] = []
    i = 0
    n = len(latin)
    while i < n:
        pair = latin[i : i + 2]
        if len(pair) == 2 and pair in VNI_PAIRS:
            chars.append(VNI_PAIRS[pair])
            cols.append(i)
            i += 2
            continue
        ch = latin[i]
        chars.append(VNI_SINGLES.get(ch, ch))
        cols.append(i)
        i += 1
    return "".join(chars), cols


def compose_with_columns(chars: list[str], cols: list[int]) -> tuple[str, list[int]]:
    """Compose stray combining tone bytes onto their letter, keeping columns."""
    text = "".join(chars)
    if not any(unicodedata.combining(c) for c in text):
        return text, cols
    out: list[str] = []
    out_cols: list[int] = []
    marks = 0
    for ch, col in zip(chars, cols):
        if unicodedata.combining(ch) and out:
            if (
                marks < MAX_MARKS
            ):  # a run past Unicode's stream-safe bound is noise, and would compose in quadratic time
                out[-1] += ch
                marks += 1
        else:
            out.append(ch)
            out_cols.append(col)
            marks = 0
    return "".join(unicodedata.normalize("NFC", c) if len(c) > 1 else c for c in out), out_cols


def _caps_font_word(word: str) -> bool:
    """A lower-case letter between two capitals inside one word ("HOạCH")."""
    return any(word[i].islower() and word[i - 1].isupper() and word[i + 1].isupper() for i in range(1, len(word) - 1))


def restore_capitals(text: str) -> str:
    """TCVN3 headings were often typed with the all-caps font (.VnTimeH) over
    lower-case codes, so "KẾ HOẠCH" decodes to "Kế HOạCH".  A line with no
    lower-case plain letter and a lower-case letter inside a capital word
    ("HOạCH") was typed that way: it is all capitals."""
    if any("a" <= c <= "z" for c in text) or not any(_caps_font_word(w) for w in text.split()):
        return text
    return text.upper()


def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes (used to build fixtures and round-trip tests)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        else:
            # Capitals without a code of their own: the all-caps font trick.
            low = ch.lower()
            if low in TCVN3_ENCODE:
                out.append(TCVN3_ENCODE[low])
            else:
                out.extend(ch.encode("cp1252", errors="replace"))
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode → VNI Windows bytes (used to build fixtures and round-trip tests)."""
    parts: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        parts.append(VNI_ENCODE.get(ch, ch))
    return "".join(parts).encode("cp1252", errors="replace")


_TONE_SET = frozenset(_TONE_MARKS)


def encode_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 (base letter + combining tone, as Word wrote it)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.extend(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_SET)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_SET))
        out.extend((base + tones).encode("cp1258", errors="replace"))
    return bytes(out)
