"""Helpers shared by the tests of tests/checks: a plan from inline text, a
rule of one kind with explicit options, and the citation graph of a few plans.

This is a plain module, not a ``conftest.py``: other test modules import the
root ``tests/conftest.py`` as ``conftest``, and a second conftest.py in a
folder without ``__init__.py`` would take that module name from them.

Contexts are built the way ``plancheck test-rules`` builds them
(``plancheck.runner.rule_tests._context``): ``source_from_text`` → ``parse`` →
``Context``, and for a graph kind a ``CitationGraph`` of the plan checked
(``corpus_only=False``) and its corpus (``corpus_only=True``).
"""

from __future__ import annotations

from pydantic import TypeAdapter

from plancheck.checks import KINDS
from plancheck.checks.base import Context, Hit
from plancheck.graph.citation_graph import CitationGraph
from plancheck.ingest import source_from_text
from plancheck.packs import Rule
from plancheck.packs.model import Text
from plancheck.parse import parse


def header(
    unit: str = "XÃ AN BÌNH",
    number: str = "12/KH-UBND",
    place: str = "An Bình",
    date: str = "ngày 05 tháng 3 năm 2024",
    title: str = "Cải cách hành chính năm 2024",
) -> str:
    """A Decree-30 header: issuer block, number, motto, place and date, KẾ HOẠCH and title (9 lines)."""
    return (
        f"ỦY BAN NHÂN DÂN\n{unit}\nSố: {number}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, {date}\n\nKẾ HOẠCH\n{title}\n"
    )


def rule(kind: str, **options) -> Rule:
    """A rule of ``kind`` whose options are validated as a pack's would be (pydantic, unknown keys refused)."""
    r = Rule(id="TK01", kind=kind, message=Text(vi="x", en="x"), reference="test")
    r.options = TypeAdapter(KINDS[kind].Options).validate_python(options)
    r.trusted = True  # as a built-in pack's rule
    return r


def context(text: str, path: str = "plan.txt", themes: dict | None = None) -> Context:
    source = source_from_text(text, path)
    return Context(plan=parse(source), source=source, themes=themes or {})


def graph_context(text: str, *corpus: str, path: str = "plan.txt") -> Context:
    """The plan of ``text`` with the graph of it and the ``corpus`` texts (corpus-1.txt, corpus-2.txt ...)."""
    ctx = context(text, path)
    others = [parse(source_from_text(t, f"corpus-{i + 1}.txt")) for i, t in enumerate(corpus)]
    ctx.graph = CitationGraph.build([(ctx.plan, False)] + [(o, True) for o in others])
    return ctx


def run(kind: str, ctx: Context, **options) -> list[Hit]:
    return KINDS[kind].check(ctx, rule(kind, **options))


def hit_line(ctx: Context, hit: Hit) -> int:
    """1-based line where a hit starts."""
    return ctx.source.locate(hit.start)[0]


def hit_text(ctx: Context, hit: Hit) -> str:
    return ctx.source.text[hit.start : hit.end]


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of ``text`` containing ``needle``."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


# The plan chain of rules/chuoi.yaml (fixtures/district): UBND huyện Mộc Châu's
# plan 23/KH-UBND of 03/01/2020 and a plan of xã Chiềng Sơn implementing it.
# Lines: 1-9 header, 11 «Căn cứ ...», 13 I., 15 II. NỘI DUNG, 16-17 its items,
# 18 III. TỔ CHỨC THỰC HIỆN, 19 the reporting duty.
CITE_MOC_CHAU = (
    "Căn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu về cải cách hành chính;"
)
CITE_SON_LA = "Căn cứ Kế hoạch số 245/KH-UBND ngày 18 tháng 12 năm 2019 của UBND tỉnh Sơn La;"


def district_plan(number: str = "23/KH-UBND", date: str = "ngày 03 tháng 01 năm 2020", cite: str = CITE_SON_LA) -> str:
    return header("HUYỆN MỘC CHÂU", number, "Mộc Châu", date, "Cải cách hành chính năm 2020") + (
        f"\n{cite}\n"
        "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng cải cách hành chính.\n"
        "II. NỘI DUNG\n1. Cải cách thể chế.\n2. Cải cách tài chính công.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "UBND các xã, thị trấn định kỳ hàng quý, 6 tháng, năm báo cáo kết quả về UBND huyện.\n"
    )


def commune_plan(
    cite: str = CITE_MOC_CHAU,
    date: str = "ngày 10 tháng 01 năm 2020",
    number: str = "08/KH-UBND",
    content: str = "1. Cải cách thể chế: rà soát văn bản.\n2. Cải cách tài chính công: công khai ngân sách xã.",
    report: str = "Văn phòng UBND xã định kỳ hàng quý, 6 tháng, năm báo cáo kết quả về UBND huyện.",
    unit: str = "XÃ CHIỀNG SƠN",
    place: str = "Chiềng Sơn",
) -> str:
    return header(unit, number, place, date, "Cải cách hành chính năm 2020") + (
        f"\n{cite}\n"
        "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng cải cách hành chính.\n"
        f"II. NỘI DUNG\n{content}\n"
        f"III. TỔ CHỨC THỰC HIỆN\n{report}\n"
    )
