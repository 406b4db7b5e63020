"""assignment: every activity of the activity sections names its lead unit.

Cases: ``section_any`` of rules/cchc-tuyen-truyen.yaml (TT109).  Under «II.
NHIỆM VỤ TRỌNG TÂM» item 1 has «Cơ quan chủ trì», item 3 «Đơn vị thực hiện»,
item 2 nothing: only item 2 is reported, by its heading and line.  The same
unassigned item under a section the option does not name is not judged.
"""

from kind_helpers import context, header, hit_line, line_of, run

SECTIONS = ["hoạt động tuyên truyền", "thời gian, hình thức", "nhiệm vụ trọng tâm"]
ITEMS = (
    "1. Tổ chức hội nghị tuyên truyền.\n- Cơ quan chủ trì: Văn phòng UBND xã.\n"
    "2. Phát tờ rơi cho người dân.\n"
    "3. Cập nhật trang thông tin điện tử.\n- Đơn vị thực hiện: công chức Văn hóa - Xã hội.\n"
)


def test_activity_without_lead_is_reported():
    text = header() + "\nII. NHIỆM VỤ TRỌNG TÂM\n" + ITEMS
    ctx = context(text)
    [hit] = run("assignment", ctx, section_any=SECTIONS)
    assert hit.params == {"activity": "Phát tờ rơi cho người dân."}
    assert hit_line(ctx, hit) == line_of(text, "2. Phát tờ rơi")


def test_every_activity_led_is_silent():
    text = (
        header()
        + "\nII. NHIỆM VỤ TRỌNG TÂM\n"
        + ITEMS.replace(
            "2. Phát tờ rơi cho người dân.\n", "2. Phát tờ rơi cho người dân.\n- Cơ quan chủ trì: Đoàn Thanh niên.\n"
        )
    )
    assert run("assignment", context(text), section_any=SECTIONS) == []


def test_items_outside_the_named_sections_are_not_judged():
    text = header() + "\nII. MỤC ĐÍCH, YÊU CẦU\n" + ITEMS
    assert run("assignment", context(text), section_any=SECTIONS) == []
