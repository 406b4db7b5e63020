"""Real-looking scans of a plan's text, made in the test: pages laid out as
Decree 30 lays a document out (the issuer and «Số:» on the left, the motto
and the date on the right, the type and title centred, the body below), in a
Unicode font, at a given resolution, slightly rotated, on a grey paper, with
speckles and a red round stamp over the signature, saved as an image-only
PDF (or a PNG) — what an office's scanner gives."""

from __future__ import annotations

import math
import random
import re
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TYPE_HEADINGS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO", "CHƯƠNG TRÌNH")


def _plain(text: str) -> list[str]:
    """The text's lines without Markdown marks (a printed page shows none)."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"\*\*|__|^#+\s*", "", line).rstrip()
        out.append(line.rstrip("\\").rstrip())
    return out


def _split_header(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(left column, right column, the rest) of a Decree-30 header."""
    head_end = next((i for i, ln in enumerate(lines) if ln.strip() in TYPE_HEADINGS), None)
    if head_end is None:
        return [], [], lines
    left, right = [], []
    for ln in lines[:head_end]:
        s = ln.strip()
        if not s or set(s) <= set("|-_ "):  # a copy's table borders and ruling lines are not printed
            continue
        if s.startswith(("CỘNG HÒA", "CỘNG HOÀ", "CHỦ NGHĨA", "Độc lập")) or re.search(r",\s*ngày\s", s):
            right.append(s)
        else:
            left.append(s)
    return left, right, lines[head_end:]


def render_pages(
    text: str,
    dpi: int = 300,
    rotate: float = 0.0,
    grey: bool = False,
    noise: bool = False,
    stamp: bool = False,
    seed: int = 7,
) -> list[Image.Image]:
    rng = random.Random(seed)
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    size = int(13 / 72 * dpi)
    font, bold = ImageFont.truetype(FONT, size), ImageFont.truetype(BOLD, size)
    step = int(size * 1.45)
    margin_left, margin_top = int(1.2 * dpi), int(0.8 * dpi)
    chars = int((width - 2 * margin_left) / (size * 0.62))
    paper = (236, 236, 236) if grey else (255, 255, 255)
    pages: list[Image.Image] = []
    state = {"img": None, "draw": None, "y": 0}

    def new_page() -> None:
        img = Image.new("RGB", (width, height), paper)
        state.update(img=img, draw=ImageDraw.Draw(img), y=margin_top)
        pages.append(img)

    def write(line: str, x: int | None = None, use: ImageFont.FreeTypeFont = font, centre: bool = False) -> None:
        if state["y"] > height - margin_top - step:
            new_page()
        draw = state["draw"]
        if centre:
            w = draw.textlength(line, font=use)
            x = int((width - w) / 2)
        draw.text((x if x is not None else margin_left, state["y"]), line, fill=(20, 20, 20), font=use)
        state["y"] += step

    new_page()
    left, right, rest = _split_header(_plain(text))
    if left or right:
        top = state["y"]
        for ln in left:
            w = state["draw"].textlength(ln, font=bold)
            state["draw"].text((int(margin_left + 2.2 * dpi / 2 - w / 2), state["y"]), ln, fill=(20, 20, 20), font=bold)
            state["y"] += step
        bottom = state["y"]
        state["y"] = top
        for ln in right:
            use = bold if ln.startswith(("CỘNG", "Độc")) else font
            w = state["draw"].textlength(ln, font=use)
            state["draw"].text(
                (int(width - margin_left - 3.0 * dpi / 2 - w / 2), state["y"]), ln, fill=(20, 20, 20), font=use
            )
            state["y"] += step
        state["y"] = max(bottom, state["y"]) + step
    signature_at = None
    in_title = bool(rest) and rest[0].strip() in TYPE_HEADINGS  # the type and the title, centred, to the first blank
    for ln in rest:
        s = ln.strip()
        if not s:
            in_title = False
            state["y"] += step // 3
            continue
        if in_title:
            write(s, use=bold, centre=True)
            continue
        if s.startswith(("TM.", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")):
            signature_at = signature_at or (len(pages) - 1, state["y"])
        for piece in textwrap.wrap(s, chars) or [""]:
            write(piece)
    if stamp:
        page_no, y = signature_at or (len(pages) - 1, state["y"] - 4 * step)
        _stamp(pages[page_no], (margin_left + int(0.3 * dpi), y + int(1.6 * step)), int(0.75 * dpi), size)
    out = []
    for img in pages:
        if noise:
            px = img.load()
            for _ in range(width * height // 2500):
                x, y = rng.randrange(width), rng.randrange(height)
                px[x, y] = (90, 90, 90)
        if rotate:
            img = img.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=paper)
        if noise:
            img = img.filter(ImageFilter.GaussianBlur(0.6))
        out.append(img)
    return out


def _stamp(img: Image.Image, centre: tuple[int, int], radius: int, size: int) -> None:
    """A red round seal, as offices press over the signer's name."""
    draw = ImageDraw.Draw(img)
    red = (205, 30, 35)
    cx, cy = centre
    for r in (radius, radius - size // 4, int(radius * 0.55)):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, size // 8))
    font = ImageFont.truetype(BOLD, int(size * 0.7))
    label = "ỦY BAN NHÂN DÂN * "
    for k, ch in enumerate(label * 2):
        angle = 2 * math.pi * k / (len(label) * 2)
        x, y = cx + int(radius * 0.78 * math.cos(angle)), cy + int(radius * 0.78 * math.sin(angle))
        draw.text((x, y), ch, fill=red, font=font, anchor="mm")
    draw.text((cx, cy), "★", fill=red, font=ImageFont.truetype(FONT, size * 2), anchor="mm")


def save_pdf(pages: list[Image.Image], path, dpi: int) -> None:
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=dpi)
