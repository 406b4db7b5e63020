"""Generate a synthetic national corpus of CCHC communication plans.

Provinces → districts → communes with the real unit names of the gazetteer
(before July 2025), one plan per unit and year (2020–2024, a folder per
year, as many years as the size asks) in the style of fixtures/district: a
Decree-30 header, "Căn cứ" the parent plan, the indices it must improve
(PAR INDEX, SIPAS; PAPI, PCI, DTI for a province), the six reform areas as
content items, the reporting duty, 10–20 KB per plan (padded with varied paragraphs
of the kind real plans carry).  About one commune plan in ten carries one
planted defect (wrong date, wrong number, missing content item, skipped
level, a neighbouring district's plan, dated before its parent, no word of
the PAR INDEX and SIPAS indices); the list goes to ``manifest.json`` so the
benchmark can report what was caught.
Reproducible: the same ``--seed`` and ``--docs`` give the same files.

    python3 benchmarks/generate_corpus.py --docs 10000 --out /tmp/corpus10k
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from plancheck.gazetteer.index import legacy_units
from plancheck.gazetteer.units import strip_type
from plancheck.vietnamese import fold_plain

AREAS = [
    ("Cải cách thể chế", "phổ biến văn bản quy phạm pháp luật mới, kết quả rà soát văn bản"),
    ("Cải cách thủ tục hành chính", "công khai thủ tục hành chính, cơ chế một cửa, một cửa liên thông"),
    ("Cải cách tổ chức bộ máy hành chính nhà nước", "sắp xếp tổ chức bộ máy tinh gọn, tinh giản biên chế"),
    ("Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "kỷ luật, kỷ cương hành chính"),
    ("Cải cách tài chính công", "công khai ngân sách, cơ chế tự chủ tài chính"),
    ("Hiện đại hóa hành chính", "ứng dụng công nghệ thông tin, dịch vụ công trực tuyến"),
]
# From 2021 the six areas are those of Nghị quyết 76/NQ-CP: the civil service
# and digital government replace the two older ones.
AREAS_2021 = AREAS[:3] + [
    ("Cải cách chế độ công vụ", "tuyển dụng, đánh giá cán bộ, công chức; đạo đức công vụ"),
    AREAS[4],
    ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "chuyển đổi số, dịch vụ công trực tuyến toàn trình"),
]
PADDING = [
    "Tổ chức tuyên truyền lồng ghép trong các cuộc họp thôn, bản, tổ dân phố, sinh hoạt chi bộ và sinh hoạt của các đoàn thể chính trị - xã hội.",
    "Biên soạn tài liệu hỏi - đáp về thủ tục hành chính thường gặp, phát tới hộ gia đình; ưu tiên các lĩnh vực đất đai, hộ tịch, chứng thực, bảo trợ xã hội.",
    "Phát thanh các tin, bài về cải cách hành chính trên hệ thống loa truyền thanh cơ sở vào khung giờ sáng và chiều, mỗi tuần ít nhất hai lần.",
    "Niêm yết công khai quy trình giải quyết thủ tục hành chính, số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị tại trụ sở và nhà văn hóa.",
    "Hướng dẫn người dân tạo tài khoản định danh điện tử, nộp hồ sơ và thanh toán trực tuyến trên Cổng dịch vụ công quốc gia.",
    "Tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân và doanh nghiệp về giải quyết thủ tục hành chính.",
    "Biểu dương tập thể, cá nhân có sáng kiến, cách làm hay trong cải cách hành chính; phê bình nơi còn chậm trễ, gây phiền hà.",
    "Tuyên truyền bằng tiếng dân tộc tại các bản vùng cao, tranh thủ người có uy tín trong cộng đồng tham gia vận động nhân dân.",
    "Cập nhật thường xuyên chuyên mục cải cách hành chính trên trang thông tin điện tử; đăng tải văn bản chỉ đạo, điều hành của các cấp.",
    "Phối hợp với nhà trường tổ chức các buổi ngoại khóa giới thiệu dịch vụ công trực tuyến cho học sinh và phụ huynh.",
    "Khảo sát ý kiến người dân về mức độ hài lòng đối với sự phục vụ của cơ quan hành chính, công khai kết quả khảo sát.",
    "In ấn tờ rơi, áp phích, pa-nô tuyên truyền đặt tại nơi công cộng, chợ, bến xe và Bộ phận tiếp nhận và trả kết quả.",
    "Tổ chức cuộc thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, đoàn viên thanh niên và nhân dân.",
    "Gắn công tác tuyên truyền với việc thực hiện quy chế dân chủ ở cơ sở, công khai những việc nhân dân được biết, được bàn, được kiểm tra.",
]
# The indices a plan undertakes to improve, as the seeds word them; a province
# plan adds its own (PAPI, PCI, and from 2021 DTI).
INDICES = [
    "Tuyên truyền việc cải thiện, nâng cao các chỉ số: Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của "
    "người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS){more}.",
    "Kết quả các chỉ số PAR INDEX, SIPAS{more} của tỉnh và những việc {level} cần làm để cải thiện các chỉ số.",
    "Tuyên truyền, phổ biến kết quả Chỉ số CCHC (PARINDEX), Chỉ số hài lòng của người dân đối với sự phục vụ của cơ "
    "quan hành chính nhà nước (SIPAS){more}.",
]
PROVINCE_INDICES = (
    ", Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"
)
VERSION = 2  # the manifest records it: a corpus written by an older generator is written again
DEFECTS = ["wrong_date", "wrong_number", "missing_item", "skip_level", "neighbour", "before_parent", "missing_indices"]
DEFECT_KIND = {
    "wrong_date": "citation_mismatch",
    "wrong_number": "citation_mismatch",
    "missing_item": "inherited_theme",
    "skip_level": "skip_level",
    "neighbour": "wrong_parent",
    "before_parent": "date_order",
    "missing_indices": "mandatory_theme",
}


def _slug(text: str) -> str:
    """Folder name of a unit, with its type ("huyen-cao-lanh", "thanh-pho-cao-lanh" are two)."""
    return "-".join(fold_plain(text).split()) or "x"


def _unit_word(full_name: str) -> str:
    """The unit word of a gazetteer name: "Phường 4" → "phường", "Thị xã La Gi" → "thị xã"."""
    low = full_name.lower()
    for word in ("thành phố", "thị xã", "thị trấn", "đặc khu", "huyện", "quận", "phường", "tỉnh", "xã"):
        if low.startswith(word + " "):
            return word
    return "xã"


def _header(body: str, unit: str, number: str, place: str, date: tuple[int, int, int]) -> str:
    d, m, y = date
    if place[:1].isdigit() or set(place) <= set("IVXL"):  # "Phường 4", "Phường IV" write their full name there
        place = f"{body.capitalize()} {place}"
    return (
        f"ỦY BAN NHÂN DÂN\n{body.upper()} {unit.upper()}\nSố: {number}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"{place}, ngày {d:02d} tháng {m:02d} năm {y}\n\n"
    )


def _indices(rng: random.Random, level_word: str, year: int, province: bool) -> str:
    more = (PROVINCE_INDICES + (", Chỉ số chuyển đổi số (DTI)" if year >= 2021 else "")) if province else ""
    return "- " + rng.choice(INDICES).format(more=more, level=level_word) + "\n\n"


def plan_text(
    rng: random.Random,
    level_word: str,
    unit: str,
    number: str,
    date,
    year: int,
    citation: str,
    audience: str,
    omit: int | None,
    size: int,
    province: bool = False,
    indices: bool = True,
) -> str:
    text = _header(level_word, unit, number, unit, date)
    text += f"KẾ HOẠCH\nTuyên truyền cải cách hành chính năm {year} trên địa bàn {level_word} {unit}\n\n"
    text += citation + "\n\n"
    text += (
        "I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức và nhân dân "
        "về cải cách hành chính.\n\n"
        + (_indices(rng, level_word, year, province) if indices else "")
        + "2. Yêu cầu\n\n- Nội dung thiết thực, hình thức phù hợp với từng đối tượng.\n\n"
        "3. Đối tượng\n\nCán bộ, công chức, viên chức, doanh nghiệp và nhân dân trên địa bàn.\n\nII. NỘI DUNG TUYÊN TRUYỀN\n\n"
    )
    n = 0
    for i, (area, detail) in enumerate(AREAS if year < 2021 else AREAS_2021):
        if i == omit:
            continue
        n += 1
        text += f"{n}. {area}: {detail}.\n\n"
    text += "III. HÌNH THỨC TUYÊN TRUYỀN\n\n"
    tail = (
        "IV. KINH PHÍ THỰC HIỆN\n\nKinh phí bố trí trong dự toán ngân sách năm được giao.\n\nV. TỔ CHỨC THỰC HIỆN\n\n"
        f"1. {audience} định kỳ hàng quý, 6 tháng, năm báo cáo kết quả thực hiện về cấp trên.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    )
    pool = PADDING[:]
    while len(text.encode("utf-8")) + len(tail.encode("utf-8")) < size:
        rng.shuffle(pool)
        text += "".join(f"- {p}\n\n" for p in pool[:4])
    return text + tail


def cite(number: str, date, issuer: str) -> str:
    d, m, y = date
    return f"Căn cứ Kế hoạch số {number} ngày {d:02d} tháng {m:02d} năm {y} của {issuer} về tuyên truyền cải cách hành chính;"


def generate(n_docs: int, out: Path, seed: int = 7) -> dict:
    rng = random.Random(seed)
    tree: dict[str, dict[str, list[str]]] = {}
    for province, district, commune in legacy_units():
        if district and commune:
            tree.setdefault(province, {}).setdefault(district, []).append(commune)
    provinces = sorted(tree)
    rng.shuffle(provinces)
    manifest = {"generator": VERSION, "seed": seed, "documents": 0, "defects": []}
    written = 0
    out.mkdir(parents=True, exist_ok=True)
    # One plan per unit and year: the country has ~10,800 units, so a corpus
    # larger than that spans several years (2020, 2021, ...), a folder each.
    rounds = [(year, province) for year in range(2020, 2025) for province in provinces]
    for year, province in rounds:
        if written >= n_docs:
            break
        p_no, p_date = f"{rng.randint(100, 400)}/KH-UBND", (rng.randint(10, 28), 12, year - 1)
        p_dir = out / str(year) / _slug(province)
        p_dir.parent.mkdir(exist_ok=True)
        p_dir.mkdir(exist_ok=True)
        p_unit, p_word = strip_type(province), _unit_word(province)
        (p_dir / "tinh.txt").write_text(
            plan_text(
                rng,
                p_word,
                p_unit,
                p_no,
                p_date,
                year,
                "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;",
                "UBND các huyện, thành phố",
                None,
                rng.randint(10_000, 20_000),
                province=True,
            ),
            encoding="utf-8",
        )
        written += 1
        districts = sorted(tree[province])
        for di, district in enumerate(districts):
            if written >= n_docs:
                break
            d_unit = strip_type(district)
            d_no, d_date = f"{rng.randint(5, 60)}/KH-UBND", (rng.randint(2, 20), 1, year)
            d_dir = p_dir / _slug(district)
            d_dir.mkdir(exist_ok=True)
            d_word = _unit_word(district)
            (d_dir / "huyen.txt").write_text(
                plan_text(
                    rng,
                    d_word,
                    d_unit,
                    d_no,
                    d_date,
                    year,
                    cite(p_no, p_date, f"UBND {p_word} {p_unit}"),
                    "UBND các xã, phường, thị trấn",
                    None,
                    rng.randint(10_000, 20_000),
                ),
                encoding="utf-8",
            )
            written += 1
            neighbour = districts[(di + 1) % len(districts)]
            for ci, commune in enumerate(sorted(tree[province][district])):
                if written >= n_docs:
                    break
                c_unit = strip_type(commune)
                c_date = (rng.randint(21, 28), 1, year)
                citation = cite(d_no, d_date, f"UBND {d_word} {d_unit}")
                omit = None
                defect = rng.choice(DEFECTS) if rng.random() < 0.1 else None
                if defect == "wrong_date":
                    citation = cite(d_no, (d_date[0] + 1, 1, year), f"UBND {d_word} {d_unit}")
                elif defect == "wrong_number":
                    citation = cite(f"{int(d_no.split('/')[0]) + 100}/KH-UBND", d_date, f"UBND {d_word} {d_unit}")
                elif defect == "missing_item":
                    omit = rng.randrange(len(AREAS))
                elif defect == "skip_level":
                    citation = cite(p_no, p_date, f"UBND {p_word} {p_unit}")
                elif defect == "neighbour" and neighbour != district:
                    citation = cite(
                        f"{rng.randint(5, 60)}/KH-UBND", d_date, f"UBND {_unit_word(neighbour)} {strip_type(neighbour)}"
                    )
                elif defect == "before_parent":
                    c_date = (1, 1, year)
                elif defect == "neighbour":
                    defect = None
                name = f"{ci:03d}-{_slug(commune)}.txt"
                (d_dir / name).write_text(
                    plan_text(
                        rng,
                        _unit_word(commune),
                        c_unit,
                        f"{rng.randint(1, 40):02d}/KH-UBND",
                        c_date,
                        year,
                        citation,
                        "Văn phòng UBND xã",
                        omit,
                        rng.randint(10_000, 20_000),
                        indices=defect != "missing_indices",
                    ),
                    encoding="utf-8",
                )
                written += 1
                if defect:
                    manifest["defects"].append(
                        {"path": str(d_dir / name), "defect": defect, "kind": DEFECT_KIND[defect]}
                    )
    manifest["documents"] = written
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    m = generate(args.docs, args.out, args.seed)
    print(f"{m['documents']} documents, {len(m['defects'])} planted defects → {args.out}")


if __name__ == "__main__":
    main()
