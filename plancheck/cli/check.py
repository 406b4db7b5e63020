"""``plancheck check``: options in, one runner request, the report out.

Everything about running — the cache, the stored report of an unchanged run,
the executor — is the runner's (:mod:`plancheck.runner`); this command reads
its options, asks, and writes what it is given.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace

import click

from plancheck.cli.group import Command
from plancheck.cli.options import LANGS, OCR_MODES, load_packs, split_list
from plancheck.cli.output import review_target, writable, write, write_reviews, written
from plancheck.cli.progress import Progress
from plancheck.runner.discover import collect_files


@click.command("check", cls=Command)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--rules", "rules", multiple=True, help="Rule pack NAME or FILE (repeatable); default: packs chosen by applies_to."
)
@click.option(
    "--corpus",
    multiple=True,
    type=click.Path(exists=True),
    help="Documents used as context (parents), not reported on.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html", "sarif", "github", "docx"]),
    default=None,
    help="Output format (default: text; github when GITHUB_ACTIONS is set).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Processes (default 0: all cores).")
@click.option("--select", multiple=True, help="Only these rule ids, prefixes, kinds or packs (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rule ids, prefixes, kinds or packs (comma-separated).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None)
@click.option(
    "--fail-on-unchecked",
    is_flag=True,
    default=None,
    help="Fail when a document was not checked (a news item, an unknown text) or cannot be read.",
)
@click.option("--lang", type=LANGS, default=None)
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not listed in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record this run's findings as the baseline.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .plancheck_cache/.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Seconds one document may take (default 30; config: timeout).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=1),
    default=None,
    help="MB of memory one document may take (default 2048; config: max-memory).",
)
@click.option("--ocr", "ocr_mode", type=OCR_MODES, default=None)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    help="Where to run: local (this machine) or dask (a Dask cluster; plancheck[dask]).",
)
@click.option("--scheduler", default=None, help="The Dask scheduler's address (tcp://HOST:8786).")
@click.option("-o", "--output", type=click.Path())
def check_cmd(
    paths,
    rules,
    corpus,
    fmt,
    jobs,
    select,
    ignore,
    fail_on,
    fail_on_unchecked,
    lang,
    statistics,
    baseline,
    write_baseline,
    no_cache,
    timeout,
    max_memory,
    ocr_mode,
    executor,
    scheduler,
    output,
) -> None:
    """Check plans against rule packs; exit 1 when a finding reaches --fail-on."""
    from plancheck.config import check_selectors, load_config
    from plancheck.gcpause import paused_gc
    from plancheck.packs import PackError
    from plancheck.report import render
    from plancheck.results import run_fails
    from plancheck.runner import ReportAsk, Request, keep_report, open_cache, run_request
    from plancheck.runner.executors import ExecutorUnavailable, default_jobs, make_executor
    from plancheck.runner.timing import Stopwatch
    from plancheck.store.baseline import BaselineError, base_of, filter_new, load_baseline
    from plancheck.store.baseline import write_baseline as save_baseline

    lap = Stopwatch()
    if fmt != "docx":
        writable(output, lang or "vi")
    writable(write_baseline, lang or "vi")
    try:
        cfg = load_config(paths[0])
        lang = lang or cfg.lang
        fail_on = fail_on or cfg.fail_on
        fail_on_unchecked = bool(fail_on_unchecked or cfg.fail_on_unchecked)
        if timeout is not None:
            cfg.budget = replace(cfg.budget, seconds=timeout)
        if max_memory is not None:
            cfg.budget = replace(cfg.budget, memory_mb=max_memory)
        cfg.ocr = ocr_mode or cfg.ocr
        packs, explicit = load_packs(list(rules) or cfg.packs, cfg.root if cfg.path else None)
        check_selectors(cfg, packs, split_list(select), split_list(ignore))
        cfg.select = split_list(select) or cfg.select
        cfg.ignore = cfg.ignore + split_list(ignore)
        accepted = load_baseline(baseline) if baseline else None
    except (PackError, BaselineError) as exc:
        click.echo(f"plancheck: {exc.render(lang or 'vi')}", err=True)
        sys.exit(2)
    files = collect_files(paths)
    if not files:
        from plancheck.i18n import message

        click.echo("plancheck: " + message("no_files", lang), err=True)
        sys.exit(2)
    if fmt == "docx":
        review_target(output, files, lang)
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    context_files = collect_files(corpus)
    lap("config, packs, list files")
    colour = output is None and sys.stdout.isatty()
    ask = ReportAsk(fmt, fail_on, statistics, colour, fail_on_unchecked, baseline=bool(baseline or write_baseline))
    jobs = jobs or default_jobs()
    try:
        chosen = make_executor(executor, jobs, scheduler)
    except ExecutorUnavailable as exc:
        from plancheck.i18n import message

        click.echo("plancheck: " + message(exc.key, lang, detail=exc.detail), err=True)
        sys.exit(2)
    request = Request(
        files,
        context_files,
        packs,
        explicit,
        cfg,
        lang,
        jobs,
        cache=None if no_cache else open_cache(cfg),
        report=ask,
        executor=chosen,
    )
    try:
        with Progress(len(files) + len(context_files), lang) as tick:
            run = run_request(request, tick)
    finally:
        chosen.close()
    lap.restart()  # the runner told its own phases
    if run.stored_report is not None:  # an unchanged run asked for the same report: as it was written
        request.cache.close()
        status, blocks = run.stored_report
        write(blocks, output)
        sys.exit(status)
    if write_baseline:
        n = save_baseline(write_baseline, [f for r in run.results for f in r.findings])
        from plancheck.i18n import message

        click.echo("plancheck: " + message("baseline_written", lang, n=n, p=write_baseline), err=True)
    if accepted is not None:
        for r in run.results:
            r.findings = filter_new(r.findings, accepted, base_of(baseline))
    status = 1 if run_fails(run.results, fail_on, fail_on_unchecked) else 0
    if fmt == "docx":
        write_reviews(run.results, output, lang, fail_on)
        sys.exit(status)
    with paused_gc():  # rendering a batch's report beside its results
        report = render(run, fmt, lang, fail_on, packs, colour=colour, statistics=statistics)
        keep_report(request, run, written(report, output), status)  # each block kept as it is written
    lap("report")
    if request.cache is not None:
        request.cache.close()
    sys.exit(status)
