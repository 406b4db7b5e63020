"""Command line: parse arguments, call the library, choose the exit code.

Exit codes: 0 nothing reached --fail-on, 1 findings did, 2 usage/config/input
error.  Heavy modules are imported inside commands so `plancheck check one.md`
starts fast.
"""

from __future__ import annotations

import sys

import click

from plancheck import __version__

LANGS = click.Choice(["vi", "en"])


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plancheck")
def main() -> None:
    """plancheck: kiểm tra kế hoạch của cơ quan nhà nước theo văn bản cấp trên.

    Lints Vietnamese government plans against the directives they implement.
    """


@main.command("parse")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
def parse_cmd(file: str, fmt: str, lang: str, output: str | None) -> None:
    """Show how plancheck reads FILE (header, sections, citations, ...)."""
    from plancheck.ingest import IngestError, read_source
    from plancheck.parse import parse

    try:
        source = read_source(file)
    except IngestError as exc:
        click.echo(exc.render(lang), err=True)
        sys.exit(2)
    plan = parse(source)
    if fmt == "json":
        from plancheck.report.parse_json import render_plan_json

        _write(render_plan_json(plan), output)
    else:
        from plancheck.report.parse_text import render_plan_text

        _write(render_plan_text(plan, lang), output)
