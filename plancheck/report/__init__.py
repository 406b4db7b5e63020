"""Output formats of `plancheck check`; each module renders one, imported on demand."""

from __future__ import annotations


def render(run, fmt: str, lang: str, fail_on: str, packs, colour: bool = False, statistics: bool = False):
    """The report as a string, or (JSON) as pieces of text made as they are written."""
    if fmt == "json":
        from plancheck.report.check_json import render_json

        return render_json(run, fail_on, statistics)
    if fmt == "html":
        from plancheck.report.check_html import render_html

        return render_html(run, lang, fail_on, statistics)
    if fmt == "sarif":
        from plancheck.report.check_sarif import render_sarif

        return render_sarif(run, packs, lang, fail_on)
    if fmt == "github":
        from plancheck.report.check_github import render_github

        return render_github(run, lang, fail_on)
    from plancheck.report.check_text import render_text

    return render_text(run.results, lang, colour=colour, statistics=statistics, fail_on=fail_on)
