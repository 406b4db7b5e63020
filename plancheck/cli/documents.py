"""Commands about one document or a set of them: how a file is read (``parse``), its
citation graph (``graph``), and a rule pack derived from a parent plan (``derive``)."""

from __future__ import annotations

import sys

import click

from plancheck.cli.group import Command
from plancheck.cli.options import LANGS, OCR_MODES
from plancheck.cli.output import writable, write
from plancheck.runner.discover import collect_files


@click.command("parse", cls=Command)
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@click.option("--ocr", "ocr_mode", type=OCR_MODES, default="auto", show_default=True)
def parse_cmd(file: str, fmt: str, lang: str, output: str | None, ocr_mode: str) -> None:
    """Show how plancheck reads FILE (header, sections, citations, ...)."""
    from plancheck.ingest import IngestError, ocr_settings, read_source
    from plancheck.parse import parse
    from plancheck.runner.executors import default_jobs

    writable(output, lang)
    ocr_settings.use(ocr_mode, default_jobs())
    try:
        source = read_source(file)
    except IngestError as exc:
        click.echo(exc.render(lang), err=True)
        sys.exit(2)
    plan = parse(source)
    if fmt == "json":
        from plancheck.report.parse_json import render_plan_json

        write(render_plan_json(plan), output)
    else:
        from plancheck.report.parse_text import render_plan_text

        write(render_plan_text(plan, lang), output)


@click.command("graph", cls=Command)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["json", "dot", "graphml", "mermaid"]), default="json")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--lang", type=LANGS, default="vi")
def graph_cmd(paths: tuple[str, ...], fmt: str, output: str | None, lang: str) -> None:
    """The citation graph of the documents under PATHS (province → district → commune)."""
    from plancheck.engine.check import load_file
    from plancheck.gcpause import paused_gc
    from plancheck.graph.citation_graph import CitationGraph
    from plancheck.report.graph_export import RENDERERS

    writable(output, lang)
    plans = []
    for f in collect_files(paths):
        plan, _, error = load_file(f, lang)
        if plan is None:
            click.echo(f"plancheck: {f}: {error.message}", err=True)
            continue
        plans.append((plan, False))
    with paused_gc():  # a large corpus: its plans are not rescanned while the graph is built
        graph = CitationGraph.build(plans)
    write(RENDERERS[fmt](graph, lang), output)


@click.command("derive", cls=Command)
@click.argument("parent", type=click.Path(exists=True, dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--lang", type=LANGS, default="vi")
def derive_cmd(parent: str, output: str | None, lang: str) -> None:
    """Turn a parent plan into a rule pack for the plans that implement it."""
    from plancheck.engine.check import load_file
    from plancheck.packs.derive import derive_pack, dump_pack

    writable(output, lang)
    plan, _, error = load_file(parent, lang)
    if plan is None:
        click.echo(f"plancheck: {parent}: {error.message}", err=True)
        sys.exit(2)
    pack = derive_pack(plan)
    if len(pack["rules"]) == 0:
        from plancheck.i18n import message

        msg = message("nothing_to_derive", lang)
        click.echo(f"plancheck: {parent}: {msg}", err=True)
        sys.exit(1)
    write(dump_pack(pack), output)
