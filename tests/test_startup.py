"""`plancheck check one.md` imports only what it needs (the pre-commit path).

Timing belongs to benchmarks/; this test only guards the imports: no HTML
templating, graph library or .docx/.pdf reader for a plain-text plan.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import FIXTURES

PROBE = """
import sys
from plancheck.cli import main
try:
    main(["check", sys.argv[1], "--no-cache"])
except SystemExit:
    pass
heavy = [m for m in ("jinja2", "networkx", "docx", "pypdf", "selenium") if m in sys.modules]
print("HEAVY:" + ",".join(heavy))
"""


def test_one_text_plan_needs_no_heavy_imports():
    plan = os.path.join(FIXTURES, "district", "xa-dong-sang.txt")
    out = subprocess.run([sys.executable, "-c", PROBE, plan], capture_output=True, text=True)
    assert "HEAVY:\n" in out.stdout, out.stdout[-500:] + out.stderr[-500:]


def test_a_docx_plan_loads_the_docx_reader_only():
    plan = os.path.join(FIXTURES, "formats", "thac-mo.docx")
    out = subprocess.run([sys.executable, "-c", PROBE, plan], capture_output=True, text=True)
    assert "HEAVY:docx\n" in out.stdout, out.stdout[-500:] + out.stderr[-500:]
