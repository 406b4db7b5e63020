"""The citation graph on the district fixture (fixtures/district/README.md).

Expected resolutions and findings are read from the documents: which plan each
citation names, and the one defect planted in each commune plan.
"""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import FIXTURES, seed_path
from runs import check_paths

from plancheck.checks import GRAPH_KINDS
from plancheck.config import Config
from plancheck.packs import load_builtin_packs

DISTRICT = os.path.join(FIXTURES, "district")


def d(name: str) -> str:
    return os.path.join(DISTRICT, name)


def district_files() -> list[str]:
    return sorted(d(n) for n in os.listdir(DISTRICT) if n.endswith(".txt"))


@pytest.fixture(scope="module")
def run():
    return check_paths(district_files(), [], load_builtin_packs(), False, Config(), "vi")


def kinds_of(run, name: str) -> set[str]:
    result = next(r for r in run.results if r.path == d(name))
    return {f.kind for f in result.findings if f.kind in GRAPH_KINDS and f.severity != "info"}


# (citing file, cited number) → the corpus file it must resolve to, or None (not in the folder).
EXPECTED = {
    ("01-huyen-moc-chau.txt", "245/KH-UBND"): "00-tinh-son-la.txt",
    ("01-huyen-moc-chau.txt", "3149/QĐ-UBND"): None,
    ("xa-dong-sang.txt", "23/KH-UBND"): "01-huyen-moc-chau.txt",
    ("xa-long-sap.txt", "23/KH-UBND"): "01-huyen-moc-chau.txt",
    ("xa-muong-sang.txt", "23/KH-UBND"): "01-huyen-moc-chau.txt",
    ("xa-doan-ket.txt", "245/KH-UBND"): "00-tinh-son-la.txt",
    ("xa-chieng-hac.txt", "23/KH-UBND"): None,  # wrong date: must not join
    ("xa-chieng-khua.txt", "32/KH-UBND"): None,  # wrong number: must not join
    ("xa-chieng-chung.txt", "15/KH-UBND"): None,  # Vân Hồ's plan, not in the folder
    ("00-tinh-son-la.txt", "3019/QĐ-UBND"): None,
}


def test_each_citation_resolves_to_the_right_document_only(run):
    got = {}
    for e in run.graph.edges:
        key = (os.path.basename(e.source), e.citation.number)
        got[key] = os.path.basename(e.target) if e.resolved else None
    for key, want in EXPECTED.items():
        assert got[key] == want, key
    # Nothing else resolves: every other edge points outside the folder.
    resolved = {k for k, v in got.items() if v}
    assert resolved == {k for k, v in EXPECTED.items() if v}


@pytest.mark.parametrize(
    "name, kind",
    [
        ("xa-chieng-hac.txt", "citation_mismatch"),
        ("xa-chieng-khua.txt", "citation_mismatch"),
        ("xa-long-sap.txt", "inherited_theme"),
        ("xa-doan-ket.txt", "skip_level"),
        ("xa-chieng-chung.txt", "wrong_parent"),
        ("xa-muong-sang.txt", "date_order"),
    ],
)
def test_planted_defect_found(run, name, kind):
    assert kind in kinds_of(run, name)


def test_clean_chain_is_silent(run):
    for name in ("xa-dong-sang.txt", "01-huyen-moc-chau.txt", "00-tinh-son-la.txt"):
        assert kinds_of(run, name) == set(), name


def test_mismatch_names_both_and_points_at_the_other_document(run):
    result = next(r for r in run.results if r.path == d("xa-chieng-hac.txt"))
    f = next(f for f in result.findings if f.kind == "citation_mismatch")
    assert "05/01/2020" in f.message and "03/01/2020" in f.message
    assert f.line == 13 and f.excerpt.startswith("Kế hoạch số 23/KH-UBND")
    assert f.related[0].path == d("01-huyen-moc-chau.txt") and f.related[0].line == 3
    khua = next(r for r in run.results if r.path == d("xa-chieng-khua.txt"))
    f = next(f for f in khua.findings if f.kind == "citation_mismatch")
    assert "32/KH-UBND" in f.message and "23/KH-UBND" in f.message


def test_inherited_theme_points_at_the_parent_item(run):
    result = next(r for r in run.results if r.path == d("xa-long-sap.txt"))
    found = [f for f in result.findings if f.kind == "inherited_theme"]
    assert len(found) == 1 and "Cải cách tài chính công" in found[0].message
    # item 5 of the district plan stands on line 45 of 01-huyen-moc-chau.txt
    assert found[0].related[0].path == d("01-huyen-moc-chau.txt") and found[0].related[0].line == 45


def test_wrong_parent_names_both_units(run):
    result = next(r for r in run.results if r.path == d("xa-chieng-chung.txt"))
    f = next(f for f in result.findings if f.kind == "wrong_parent")
    assert "Mộc Châu" in f.message and "Vân Hồ" in f.message


def test_seed_003_resolves_to_the_district_plan():
    r = check_paths([seed_path("003")], district_files(), load_builtin_packs(), False, Config(), "vi")
    edges = [e for e in r.graph.edges_from(seed_path("003")) if e.citation.number == "23/KH-UBND"]
    assert [os.path.basename(e.target) for e in edges if e.resolved] == ["01-huyen-moc-chau.txt"]
    # corpus documents are context: only the seed is reported on
    assert [x.path for x in r.results] == [seed_path("003")]
    assert "parent_resolved" not in {f.kind for f in r.results[0].findings}


def test_alone_a_missing_parent_is_only_an_info():
    r = check_paths([seed_path("003")], [], load_builtin_packs(), False, Config(), "vi")
    found = [f for f in r.results[0].findings if f.kind == "parent_resolved"]
    assert found and all(f.severity == "info" for f in found)


def test_thi_xa_without_its_name_is_the_wards_own_district():
    r = check_paths([seed_path("000")], [], load_builtin_packs(), False, Config(), "vi")
    edge = next(e for e in r.graph.edges if e.citation.number == "59/QĐ-UBND")
    assert edge.cited_place.district == "Thị xã Phước Long"
    assert r.graph.nodes[seed_path("000")].place.province == "Tỉnh Bình Phước"


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _plan(unit: str, number: str, dated: str, cites: str, title: str | None = None) -> str:
    """A short plan: its unit, number, place-and-date line ("Kỳ Anh, ngày 02
    tháng 01 năm 2021"), title (by default the usual one of the date's year)
    and one citation ("Căn cứ Kế hoạch số <cites>;")."""
    title = title or f"Tuyên truyền cải cách hành chính năm {dated[-4:]}"
    return (
        f"ỦY BAN NHÂN DÂN\n{unit.upper()}\nSố: {number}\n\n{dated}\n\nKẾ HOẠCH\n{title}\n\n"
        f"Căn cứ Kế hoạch số {cites};\n"
    )


def _variant(tmp_path, old: str, new: str, name: str = "xa-dong-sang.txt") -> str:
    text = open(d(name), encoding="utf-8").read()
    assert old in text
    return _write(tmp_path, name, text.replace(old, new))


@pytest.mark.parametrize(
    "written",
    [
        "Kế hoạch số 23/KH – UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu",
        "Kế hoạch số 23/KH-UBND ngày 3/1/2020 của Ủy ban nhân dân huyện Mộc Châu",
        "Kế hoạch số 023/KH-UBND ngày 03-01-2020 của UBND huyện",
    ],
)
def test_variants_of_one_citation_resolve(tmp_path, written):
    child = _variant(tmp_path, "Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu", written)
    r = check_paths([child], [d("01-huyen-moc-chau.txt")], load_builtin_packs(), False, Config(), "vi")
    edge = r.graph.edges_from(child)[0]
    assert edge.resolved and edge.target == d("01-huyen-moc-chau.txt")


def test_two_documents_that_fit_are_reported_not_joined(tmp_path):
    child = _variant(
        tmp_path,
        "Căn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu",
        "Căn cứ Kế hoạch số 23/KH-UBND",
    )
    twin = _variant(tmp_path, "Số: 23/KH-UBND", "Số: 23/KH-UBND", "01-huyen-moc-chau.txt")
    other = _write(
        tmp_path,
        "tinh.txt",
        open(d("00-tinh-son-la.txt"), encoding="utf-8")
        .read()
        .replace("Số: 245/KH-UBND", "Số: 23/KH-UBND")
        .replace("ngày 18 tháng 12 năm 2019", "ngày 18 tháng 01 năm 2020"),
    )
    r = check_paths([child], [twin, other], load_builtin_packs(), False, Config(), "vi")
    edge = r.graph.edges_from(child)[0]
    assert edge.status == "ambiguous" and sorted(edge.candidates) == sorted([twin, other])
    assert "ambiguous_citation" in {f.kind for f in r.results[0].findings}


def test_same_number_same_issuer_same_year_is_a_duplicate(tmp_path):
    a = _variant(tmp_path, "Số: 08/KH-UBND", "Số: 08/KH-UBND")
    b = _write(tmp_path, "copy.txt", open(a, encoding="utf-8").read().replace("ngày 10 tháng 01", "ngày 20 tháng 02"))
    r = check_paths([a, b], [], load_builtin_packs(), False, Config(), "vi")
    assert all("duplicate_number" in {f.kind for f in x.findings} for x in r.results)


def test_cycle_is_found(tmp_path):
    district = _variant(
        tmp_path,
        "Căn cứ Kế hoạch số 245/KH-UBND ngày 18 tháng 12 năm 2019 của UBND tỉnh Sơn La",
        "Căn cứ Kế hoạch số 08/KH-UBND ngày 10/01/2020 của UBND xã Đông Sang",
        "01-huyen-moc-chau.txt",
    )
    child = shutil.copy(d("xa-dong-sang.txt"), tmp_path / "xa-dong-sang-2.txt")
    r = check_paths([str(child), district], [], load_builtin_packs(), False, Config(), "vi")
    assert all("citation_cycle" in {f.kind for f in x.findings} for x in r.results)


def test_reporting_duty_of_the_parent(tmp_path):
    child = _variant(tmp_path, "định kỳ hàng quý, 6 tháng, năm báo cáo", "hằng năm báo cáo")
    r = check_paths([child], [d("01-huyen-moc-chau.txt")], load_builtin_packs(), False, Config(), "vi")
    f = next(f for f in r.results[0].findings if f.kind == "inherited_reporting")
    assert "hằng quý" in f.message and "6 tháng" in f.message
    assert f.related[0].line == 67  # "3. UBND các xã, thị trấn ... định kỳ hàng quý" in the district plan


def test_after_the_2025_reform_a_commune_answers_to_its_province(tmp_path):
    child = _write(
        tmp_path,
        "xa.txt",
        (
            "ỦY BAN NHÂN DÂN\nXÃ CHIỀNG SƠN\nSố: 12/KH-UBND\n\nChiềng Sơn, ngày 20 tháng 8 năm 2025\n\n"
            "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\n\n"
            "Căn cứ Kế hoạch số 150/KH-UBND ngày 25 tháng 7 năm 2025 của UBND tỉnh Sơn La;\n"
        ),
    )
    r = check_paths([child], [], load_builtin_packs(), False, Config(), "vi")
    kinds = {f.kind for f in r.results[0].findings}
    assert "skip_level" not in kinds and "parent_citation" not in kinds and "wrong_parent" not in kinds
    assert r.graph.nodes[child].era == "2025"
    other = _write(tmp_path, "xa2.txt", open(child, encoding="utf-8").read().replace("tỉnh Sơn La", "tỉnh Điện Biên"))
    r = check_paths([other], [], load_builtin_packs(), False, Config(), "vi")
    assert "wrong_parent" in {f.kind for f in r.results[0].findings}


def test_a_thi_tran_and_a_xa_of_one_name_do_not_share_a_numbering(tmp_path):
    """Huyện Vĩnh Thạnh (Cần Thơ) has both Thị trấn Thạnh An and Xã Thạnh An:
    each UBND numbers its own plans, so both may issue 01/KH-UBND in 2020."""

    def commune(unit: str, day: int) -> str:
        return _plan(
            unit,
            "01/KH-UBND",
            f"Thạnh An, ngày 2{day} tháng 01 năm 2020",
            "12/KH-UBND ngày 05 tháng 01 năm 2020 của UBND huyện Vĩnh Thạnh về tuyên truyền cải cách hành chính",
            title=f"Tuyên truyền cải cách hành chính năm 2020 trên địa bàn {unit}",
        )

    town = _write(tmp_path, "thi-tran-thanh-an.txt", commune("thị trấn Thạnh An", 1))
    commune_plan = _write(tmp_path, "xa-thanh-an.txt", commune("xã Thạnh An", 2))
    twice = _write(tmp_path, "xa-thanh-an-lan-2.txt", commune("xã Thạnh An", 3))
    district = _write(
        tmp_path,
        "huyen.txt",
        _plan(
            "huyện Vĩnh Thạnh",
            "12/KH-UBND",
            "Vĩnh Thạnh, ngày 05 tháng 01 năm 2020",
            "245/KH-UBND ngày 18 tháng 12 năm 2019 của UBND thành phố Cần Thơ",
        ),
    )
    r = check_paths([town, commune_plan, twice], [district], load_builtin_packs(), False, Config(), "vi")
    places = {x.path: r.graph.nodes[x.path].place.commune for x in r.results}
    assert places == {town: "Thị trấn Thạnh An", commune_plan: "Xã Thạnh An", twice: "Xã Thạnh An"}
    duplicated = {x.path for x in r.results if "duplicate_number" in {f.kind for f in x.findings}}
    assert duplicated == {commune_plan, twice}  # the xã's two plans, not the thị trấn's


def test_a_plan_that_cites_a_neighbouring_district_keeps_its_own_ward(tmp_path):
    """Phường Quang Trung (thành phố Thái Bình) cites the plan of huyện Hưng Hà
    by mistake, and Hưng Hà has a xã Quang Trung whose own plan is also
    19/KH-UBND of 2024.  The plan writes "phường" and sits in the city's
    folder beside the city's plan: it is the city's ward, its citation is the
    slip, and the two plans are of two issuers (no duplicate number)."""

    def commune(unit: str, day: int, district_plan: str, district: str) -> str:
        return _plan(
            unit,
            "19/KH-UBND",
            f"Quang Trung, ngày {day} tháng 01 năm 2024",
            f"{district_plan} ngày 02 tháng 01 năm 2024 của UBND {district} về tuyên truyền cải cách hành chính",
            title=f"Tuyên truyền cải cách hành chính năm 2024 trên địa bàn {unit}",
        )

    def district_plan(unit: str, number: str) -> str:
        return _plan(
            unit,
            number,
            "Thái Bình, ngày 02 tháng 01 năm 2024",
            "10/KH-UBND ngày 01 tháng 01 năm 2024 của UBND tỉnh Thái Bình",
        )

    city, hung_ha = tmp_path / "thanh-pho-thai-binh", tmp_path / "huyen-hung-ha"
    city.mkdir(), hung_ha.mkdir()
    files = [
        _write(city, "huyen.txt", district_plan("thành phố Thái Bình", "8/KH-UBND")),
        _write(city, "phuong-quang-trung.txt", commune("phường Quang Trung", 22, "44/KH-UBND", "huyện Hưng Hà")),
        _write(hung_ha, "huyen.txt", district_plan("huyện Hưng Hà", "44/KH-UBND")),
        _write(hung_ha, "xa-quang-trung.txt", commune("xã Quang Trung", 23, "44/KH-UBND", "huyện Hưng Hà")),
    ]
    r = check_paths(files, [], load_builtin_packs(), False, Config(), "vi")
    ward, xa = files[1], files[3]
    place = {p: r.graph.nodes[p].place for p in (ward, xa)}
    assert (place[ward].commune, place[ward].district) == ("Phường Quang Trung", "Thành phố Thái Bình")
    assert (place[xa].commune, place[xa].district) == ("Xã Quang Trung", "Huyện Hưng Hà")
    kinds = {x.path: {f.kind for f in x.findings} for x in r.results}
    assert "duplicate_number" not in kinds[ward] | kinds[xa]
    assert "wrong_parent" in kinds[ward]  # the slip itself is still reported


def test_a_city_named_like_its_province_is_not_taken_for_a_namesake_district(tmp_path):
    """Thành phố Hòa Bình (tỉnh Hòa Bình) and huyện Hòa Bình (tỉnh Bạc Liêu):
    the city's plan cites "UBND tỉnh Hòa Bình", which names a province, so it
    does not fit huyện Hòa Bình, whose name only happens to be the same.  Its
    ward's plan that cites it with a wrong number (118 for 18, same day) is
    then a mismatch, not a parent missing from the batch."""

    def plan(unit: str, number: str, day: str, cites: str) -> str:
        return _plan(unit, number, f"Hòa Bình, ngày {day} năm 2020", cites)

    for folder in ("tinh-hoa-binh/thanh-pho-hoa-binh", "tinh-bac-lieu/huyen-hoa-binh"):
        (tmp_path / folder).mkdir(parents=True)
    files = [
        _write(
            tmp_path / "tinh-hoa-binh",
            "tinh.txt",
            plan("tỉnh Hòa Bình", "169/KH-UBND", "27 tháng 12", "5/KH-BNV ngày 02 tháng 12 năm 2019 của Bộ Nội vụ"),
        ),
        _write(
            tmp_path / "tinh-hoa-binh/thanh-pho-hoa-binh",
            "huyen.txt",
            plan(
                "thành phố Hòa Bình",
                "18/KH-UBND",
                "11 tháng 01",
                "169/KH-UBND ngày 27 tháng 12 năm 2019 của UBND tỉnh Hòa Bình",
            ),
        ),
        _write(
            tmp_path / "tinh-hoa-binh/thanh-pho-hoa-binh",
            "phuong-tan-thinh.txt",
            plan(
                "phường Tân Thịnh",
                "7/KH-UBND",
                "20 tháng 01",
                "118/KH-UBND ngày 11 tháng 01 năm 2020 của UBND thành phố Hòa Bình",
            ),
        ),
        _write(
            tmp_path / "tinh-bac-lieu",
            "tinh.txt",
            plan("tỉnh Bạc Liêu", "90/KH-UBND", "26 tháng 12", "5/KH-BNV ngày 02 tháng 12 năm 2019 của Bộ Nội vụ"),
        ),
        _write(
            tmp_path / "tinh-bac-lieu/huyen-hoa-binh",
            "huyen.txt",
            plan(
                "huyện Hòa Bình",
                "21/KH-UBND",
                "09 tháng 01",
                "90/KH-UBND ngày 26 tháng 12 năm 2019 của UBND tỉnh Bạc Liêu",
            ),
        ),
    ]
    r = check_paths(files, [], load_builtin_packs(), False, Config(), "vi")
    city, ward, district = files[1], files[2], files[4]
    assert r.graph.nodes[city].place.province == "Tỉnh Hòa Bình"
    assert r.graph.nodes[district].place.province == "Tỉnh Bạc Liêu"
    [edge] = [e for e in r.graph.edges_from(ward) if e.citation.number == "118/KH-UBND"]
    assert (edge.status, edge.candidates, edge.reasons) == ("mismatch", [city], ["number"])


def test_a_ward_citing_a_neighbouring_district_is_placed_by_its_district_folder(tmp_path):
    """Phường 8 of quận Phú Nhuận cites the plan of quận Tân Bình (35/KH-UBND,
    with the day of its own district's plan), and Tân Bình has a phường 8 too.
    The plan sits in Phú Nhuận's folder beside Phú Nhuận's plan: it is Phú
    Nhuận's ward, so the citation is both a mismatch (the day) and a wrong
    parent (another district); placed by its citation, the slip went unseen."""

    def plan(unit: str, number: str, day: str, cites: str) -> str:
        return _plan(unit, number, f"Thành phố Hồ Chí Minh, ngày {day} năm 2020", cites)

    city = "145/KH-UBND ngày 27 tháng 12 năm 2019 của UBND Thành phố Hồ Chí Minh"
    for folder in ("quan-phu-nhuan", "quan-tan-binh"):
        (tmp_path / folder).mkdir()
    files = [
        _write(tmp_path / "quan-phu-nhuan", "huyen.txt", plan("quận Phú Nhuận", "52/KH-UBND", "08 tháng 01", city)),
        _write(
            tmp_path / "quan-phu-nhuan",
            "phuong-8.txt",
            plan("phường 8", "9/KH-UBND", "20 tháng 01", "35/KH-UBND ngày 08 tháng 01 năm 2020 của UBND quận Tân Bình"),
        ),
        _write(tmp_path / "quan-tan-binh", "huyen.txt", plan("quận Tân Bình", "35/KH-UBND", "03 tháng 01", city)),
    ]
    r = check_paths(files, [], load_builtin_packs(), False, Config(), "vi")
    ward = files[1]
    assert r.graph.nodes[ward].place.district == "Quận Phú Nhuận"
    kinds = {f.kind for x in r.results if x.path == ward for f in x.findings}
    assert {"citation_mismatch", "wrong_parent"} <= kinds


def test_a_town_and_a_commune_of_one_name_in_the_folders_district_are_told_by_the_written_word(tmp_path):
    """Huyện Cao Lãnh (Đồng Tháp) has both thị trấn Mỹ Thọ and xã Mỹ Thọ; a xã
    Mỹ Thọ is also in huyện Phù Mỹ (Bình Định).  The thị trấn's plan, in Cao
    Lãnh's folder, cites huyện Châu Thành by mistake: it stays the thị trấn of
    its folder's district (not Phù Mỹ's xã, whose district plan happens to be
    the only one of the batch with a name found once), and the slip is a
    wrong parent."""

    def plan(unit: str, number: str, place: str, cites: str) -> str:
        return _plan(unit, number, f"{place}, ngày 06 tháng 01 năm 2024", cites)

    for folder in ("tinh-dong-thap/huyen-cao-lanh", "tinh-binh-dinh/huyen-phu-my"):
        (tmp_path / folder).mkdir(parents=True)
    files = [
        _write(
            tmp_path / "tinh-dong-thap/huyen-cao-lanh",
            "huyen.txt",
            plan(
                "huyện Cao Lãnh",
                "30/KH-UBND",
                "Cao Lãnh",
                "5/KH-UBND ngày 02 tháng 01 năm 2024 của UBND tỉnh Đồng Tháp",
            ),
        ),
        _write(
            tmp_path / "tinh-dong-thap/huyen-cao-lanh",
            "thi-tran-my-tho.txt",
            plan(
                "thị trấn Mỹ Thọ",
                "33/KH-UBND",
                "Mỹ Thọ",
                "58/KH-UBND ngày 06 tháng 01 năm 2024 của UBND huyện Châu Thành",
            ),
        ),
        _write(
            tmp_path / "tinh-binh-dinh/huyen-phu-my",
            "huyen.txt",
            plan("huyện Phù Mỹ", "12/KH-UBND", "Phù Mỹ", "7/KH-UBND ngày 03 tháng 01 năm 2024 của UBND tỉnh Bình Định"),
        ),
    ]
    r = check_paths(files, [], load_builtin_packs(), False, Config(), "vi")
    town = files[1]
    place = r.graph.nodes[town].place
    assert (place.commune, place.district) == ("Thị trấn Mỹ Thọ", "Huyện Cao Lãnh")
    assert "wrong_parent" in {f.kind for x in r.results if x.path == town for f in x.findings}


def test_a_wrong_number_is_told_between_a_huyen_and_a_thi_xa_of_one_name(tmp_path):
    """Hà Tĩnh has both huyện Kỳ Anh and thị xã Kỳ Anh, and both issued their
    plan on 02/01/2021.  A ward of the thị xã citing "154/KH-UBND ngày 02
    tháng 01 năm 2021 của UBND thị xã Kỳ Anh" (the thị xã's plan is
    54/KH-UBND) has the number wrong: the thị xã's plan is the one meant."""

    def plan(unit: str, number: str, cites: str) -> str:
        return _plan(unit, number, "Kỳ Anh, ngày 02 tháng 01 năm 2021", cites)

    province = "211/KH-UBND ngày 24 tháng 12 năm 2020 của UBND tỉnh Hà Tĩnh"
    for folder in ("thi-xa-ky-anh", "huyen-ky-anh"):
        (tmp_path / folder).mkdir()
    files = [
        _write(tmp_path / "thi-xa-ky-anh", "huyen.txt", plan("thị xã Kỳ Anh", "54/KH-UBND", province)),
        _write(
            tmp_path / "thi-xa-ky-anh",
            "phuong-ky-phuong.txt",
            plan("phường Kỳ Phương", "7/KH-UBND", "154/KH-UBND ngày 02 tháng 01 năm 2021 của UBND thị xã Kỳ Anh"),
        ),
        _write(tmp_path / "huyen-ky-anh", "huyen.txt", plan("huyện Kỳ Anh", "22/KH-UBND", province)),
    ]
    r = check_paths(files, [], load_builtin_packs(), False, Config(), "vi")
    [edge] = [e for e in r.graph.edges_from(files[1]) if e.citation.number == "154/KH-UBND"]
    assert (edge.status, edge.candidates, edge.reasons) == ("mismatch", [files[0]], ["number"])
