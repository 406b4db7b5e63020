"""Command line: parse arguments, call the library, choose the exit code.

Exit codes: 0 nothing reached --fail-on, 1 findings did, 2 usage/config/input
error.  Heavy modules are imported inside commands so `plancheck check one.md`
starts fast.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace

import click

from plancheck import __version__
from plancheck.cli_group import PlancheckGroup, argv_lang
from plancheck.cli_output import review_target, writable, write, write_reviews, written
from plancheck.runner.discover import collect_files

LANGS = click.Choice(["vi", "en"])
OCR_MODES = click.Choice(["auto", "always", "never"])



@click.group(cls=PlancheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plancheck")
@click.option("--lang", type=LANGS, default=None)
def main(lang: str | None) -> None:
    """plancheck: kiểm tra kế hoạch của cơ quan nhà nước theo văn bản cấp trên.

    Lints Vietnamese government plans against the directives they implement.
    (``--lang`` here only chooses the language of the help and of usage
    errors; each command takes its own, and :func:`_argv_lang` reads either.)
    """


def _option_named_like_a_file(argv: list[str]) -> str | None:
    """The first argument before ``--`` that reads as an option but names an
    existing file.  A pre-commit hook passes staged file names after its
    options: a file called ``--select=ZZ.txt`` would otherwise switch the
    checks off.  Such a name must come after ``--``, where it is a path."""
    for arg in argv:
        if arg == "--":
            return None
        if arg.startswith("-") and len(arg) > 1 and os.path.lexists(arg):
            return arg
    return None


def run() -> None:
    """The `plancheck` command: :func:`main`, then leave at once.

    By the time click exits, every report is written and flushed, the cache
    is committed and closed, and the worker pools are gone; what is left is
    freeing a batch's results object by object, which took about a second
    at 10,000 plans.  The operating system reclaims it all at once instead.
    """
    suspicious = _option_named_like_a_file(sys.argv[1:])
    if suspicious is not None:
        from plancheck.i18n import message

        print("plancheck: " + message("option_named_file", argv_lang(sys.argv[1:]), arg=suspicious), file=sys.stderr)
        sys.stderr.flush()
        os._exit(2)
    from plancheck.runner import profiling

    profiling.start()
    try:
        main()
        status = 0
    except SystemExit as exc:
        code = exc.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
        status = code if isinstance(code, int) else (0 if code is None else 1)
    except KeyboardInterrupt:
        status = 130
    except Exception as exc:  # a bug of plancheck's: one line, never a traceback, and not exit 1 ("the plan fails")
        from plancheck.i18n import message

        print("plancheck: " + message("internal_error", argv_lang(sys.argv[1:]), detail=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        if os.environ.get("PLANCHECK_DEBUG"):
            import traceback

            traceback.print_exc()
        status = 3
    profiling.save()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("plancheck check | head"): nothing more to say
            pass
    os._exit(status)


@main.command("parse")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@click.option("--ocr", "ocr_mode", type=OCR_MODES, default="auto", show_default=True)
def parse_cmd(file: str, fmt: str, lang: str, output: str | None, ocr_mode: str) -> None:
    """Show how plancheck reads FILE (header, sections, citations, ...)."""
    from plancheck.runner.batch import default_jobs
    from plancheck.ingest import IngestError, ocr_settings, read_source
    from plancheck.parse import parse

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


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


PROGRESS_MIN_FILES = 20  # below this a run is quick: no bar


class _progress:
    """A progress bar on stderr for long runs on a terminal; silent otherwise."""

    def __init__(self, total: int, lang: str):
        self.bar = None
        if total >= PROGRESS_MIN_FILES and sys.stderr.isatty():
            from plancheck.i18n import message

            label = message("progress", lang)
            self.bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)

    def __enter__(self):
        if self.bar is None:
            return lambda n: None
        self.bar.__enter__()
        return self.bar.update

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def _load_packs(names: list[str], base_dir: str | None):
    from plancheck.packs import load_builtin_packs, load_pack

    if names:
        return [load_pack(n, base_dir) for n in names], True
    return load_builtin_packs(), False


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules", multiple=True, help="Rule pack NAME or FILE (repeatable); default: packs chosen by applies_to.")
@click.option("--corpus", multiple=True, type=click.Path(exists=True),
              help="Documents used as context (parents), not reported on.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "sarif", "github", "docx"]), default=None,
              help="Output format (default: text; github when GITHUB_ACTIONS is set).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Processes (default 0: all cores).")
@click.option("--select", multiple=True, help="Only these rule ids, prefixes, kinds or packs (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rule ids, prefixes, kinds or packs (comma-separated).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None)
@click.option("--fail-on-unchecked", is_flag=True, default=None,
              help="Fail when a document was not checked (a news item, an unknown text) or cannot be read.")
@click.option("--lang", type=LANGS, default=None)
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not listed in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record this run's findings as the baseline.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .plancheck_cache/.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds one document may take (default 30; config: timeout).")
@click.option("--max-memory", type=click.IntRange(min=1), default=None,
              help="MB of memory one document may take (default 2048; config: max-memory).")
@click.option("--ocr", "ocr_mode", type=OCR_MODES, default=None)
@click.option("-o", "--output", type=click.Path())
def check_cmd(paths, rules, corpus, fmt, jobs, select, ignore, fail_on, fail_on_unchecked, lang, statistics, baseline,
              write_baseline, no_cache, timeout, max_memory, ocr_mode, output) -> None:
    """Check plans against rule packs; exit 1 when a finding reaches --fail-on."""
    from plancheck.store.baseline import BaselineError, base_of, filter_new, load_baseline, write_baseline as save_baseline
    from plancheck.runner.batch import Stopwatch, default_jobs
    from plancheck.store.cache import key as cache_key
    from plancheck.config import check_selectors, load_config
    from plancheck.results import run_fails
    from plancheck.gcpause import paused_gc
    from plancheck.packs import PackError
    from plancheck.report import render
    from plancheck.runner.plan import plan_run

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
        packs, explicit = _load_packs(list(rules) or cfg.packs, cfg.root if cfg.path else None)
        check_selectors(cfg, packs, _split(select), _split(ignore))
        cfg.select = _split(select) or cfg.select
        cfg.ignore = cfg.ignore + _split(ignore)
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
    cache = None if no_cache else _open_cache(cfg)
    planned = plan_run(files, context_files, packs, cfg, lang, cache)
    lap("look up files")
    colour = output is None and sys.stdout.isatty()

    def output_key(run_key: str) -> str:
        """Where this report of the run is kept ("" when it is not)."""
        if not run_key or cache is None or baseline or write_baseline or fmt in ("html", "docx"):
            return ""
        return cache_key(run_key, fmt, lang, fail_on, str(statistics), str(colour), str(fail_on_unchecked))

    def answer_if_stored(out_key: str) -> None:
        """An unchanged run asked for the same report: answer from the cache."""
        stored = cache.get_chunked("outputs", out_key) if out_key else None
        if stored is not None:
            cache.close()
            write(stored[1], output)
            lap("stored report")
            sys.exit(stored[0]["status"])

    known_before = bool(planned.key)
    answer_if_stored(output_key(planned.key))
    from plancheck.runner import Request, run_request

    request = Request(files, context_files, packs, explicit, cfg, lang, jobs or default_jobs(),
                      keep_sources=fmt in ("html", "docx"))
    with _progress(len(files) + len(context_files), lang) as tick:
        run = run_request(request, tick, cache=cache, planned=planned)
    lap.restart()  # check_paths told its own phases
    out_key = output_key(run.key)
    if not known_before:  # some file was hashed during the run (touched, not changed?): the key is known now
        answer_if_stored(out_key)
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
        if out_key:  # each block stored as it is written: the report is kept in rows, never whole
            cache.put_chunked("outputs", out_key, written(report, output), {"status": status}, size=1)
        else:
            write(report, output)
    lap("report")
    if cache is not None:
        cache.close()
    sys.exit(status)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--corpus", multiple=True, type=click.Path(exists=True))
@click.option("--rules", "rules", multiple=True)
@click.option("--token", default=None)
@click.option("--max-upload-mb", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
def serve_cmd(host, port, corpus, rules, token, max_upload_mb, jobs, lang) -> None:
    """A local web page for reviewers, and an HTTP API (plancheck[serve])."""
    from plancheck.i18n import message
    from plancheck.server.settings import LOCAL_HOSTS, ServeSettings

    if host not in LOCAL_HOSTS and not token:
        click.echo("plancheck: " + message("serve_needs_token", lang, host=host), err=True)
        sys.exit(2)
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        click.echo("plancheck: " + message("serve_missing", lang), err=True)
        sys.exit(2)
    from plancheck.config import load_config
    from plancheck.packs import PackError

    try:
        cfg = load_config(os.getcwd())
        packs, explicit = _load_packs(list(rules) or cfg.packs, cfg.root if cfg.path else None)
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    from plancheck.gazetteer.index import load

    load()  # the place index opened once, before the first request
    limit = max_upload_mb * 1024 * 1024
    settings = ServeSettings(host=host, port=port, corpus=[os.path.abspath(f) for f in collect_files(corpus)], packs=packs,
                             explicit=explicit, cfg=cfg, lang=lang, token=token, file_limit=limit,
                             request_limit=limit, jobs=jobs)
    from plancheck.server.app import create_app

    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo("plancheck: " + message("serve_listening", lang, url=f"http://{shown}:{port}/"), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _open_cache(cfg):
    """The cache beside the config file, or in the working directory."""
    from plancheck.store.cache import Cache

    return Cache(os.path.dirname(os.path.abspath(cfg.path)) if cfg.path else os.getcwd())


@main.command("rules")
@click.option("--lang", type=LANGS, default="vi")
def rules_cmd(lang: str) -> None:
    """List every built-in rule: pack, id, kind, severity, title."""
    from plancheck.packs import PackError, load_builtin_packs

    try:
        packs = load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    import re

    for pack in packs:
        for r in pack.rules:
            title = r.title.in_lang(lang) if r.title else re.sub(r"\{[a-z_]+\}", "…", r.message.in_lang(lang))
            click.echo(f"{pack.name:<20} {r.id:<6} {r.kind:<20} {r.severity:<8} {title}")


@main.command("explain")
@click.argument("rule_id")
@click.option("--lang", type=LANGS, default="vi")
def explain_cmd(rule_id: str, lang: str) -> None:
    """Print a rule's documentation, options and examples (or a kind's)."""
    import inspect
    from dataclasses import asdict

    from plancheck.checks import KINDS
    from plancheck.i18n import message
    from plancheck.packs import PackError, load_builtin_packs

    from plancheck.engine.findings import EXACT_TEXT_KINDS

    def ocr_note(kind: str) -> None:
        if kind in EXACT_TEXT_KINDS:
            click.echo("\n" + message("explain_ocr", lang))

    if rule_id in KINDS:
        click.echo(inspect.getdoc(KINDS[rule_id]))
        ocr_note(rule_id)
        return
    try:
        packs = load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    chain = {p.name: p for pack in packs for p in pack.chain()}
    if rule_id.lower() in chain:  # a pack: its rules
        pack = chain[rule_id.lower()]
        click.echo(f"{pack.name} — {pack.title.in_lang(lang)}")
        for r in pack.rules:
            click.echo(f"  {r.id:<6} {r.kind:<20} {r.severity:<8} {(r.title or r.message).in_lang(lang)}")
        return
    for pack in packs:
        for r in pack.rules:
            if r.id == rule_id.upper():
                click.echo(f"{r.id} ({pack.name}) — {r.kind}, {r.severity}")
                click.echo(r.message.in_lang(lang))
                click.echo(f"{message('explain_reference', lang)}: {r.reference}")
                opts = asdict(r.options) if r.options is not None else {}
                click.echo(f"{message('explain_options', lang)}: {opts}")
                if r.when:
                    when = {k: v for k, v in asdict(r.when).items() if v is not None}
                    click.echo(f"{message('explain_when', lang)}: {when}")
                if r.examples:
                    for label, items in (("explain_pass", r.examples.pass_), ("explain_fail", r.examples.fail)):
                        for item in items:
                            text = getattr(item, "text", item)  # a graph kind's example carries its corpus too
                            click.echo(f"--- {message(label, lang)} ---\n{text.rstrip()}")
                            for other in getattr(item, "corpus", []):
                                corpus = message("explain_corpus", lang)
                                click.echo(f"    ({corpus}) {other.splitlines()[0] if other else ''}")
                click.echo("")
                click.echo(inspect.getdoc(KINDS[r.kind]))
                ocr_note(r.kind)
                return
    click.echo("plancheck: " + message("explain_unknown", lang, id=rule_id), err=True)
    sys.exit(2)


@main.command("test-rules")
@click.argument("packs", nargs=-1)
@click.option("--lang", type=LANGS, default="vi")
def test_rules_cmd(packs: tuple[str, ...], lang: str) -> None:
    """Run every rule's pass/fail examples; exit 1 if any misbehaves."""
    from plancheck.i18n import message
    from plancheck.packs import PackError, load_builtin_packs, load_pack
    from plancheck.engine.rule_tests import rules_without_examples, run_examples

    try:
        loaded = [load_pack(p) for p in packs] if packs else load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    bad = 0
    total = 0
    for pack in loaded:
        for res in run_examples(pack):
            total += 1
            if not res.ok:
                bad += 1
                which = message("explain_pass" if res.expect == "pass" else "explain_fail", lang)
                click.echo(message("example_failed", lang, pack=res.pack, rule=res.rule, which=which,
                                   index=res.index, detail=res.detail.text(lang)))
        for rid in rules_without_examples(pack):
            bad += 1
            click.echo(message("example_needs_both", lang, pack=pack.name, rule=rid))
    click.echo(message("examples_summary", lang, passed=total - bad, failed=bad))
    sys.exit(1 if bad else 0)


@main.command("graph")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["json", "dot", "graphml", "mermaid"]), default="json")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--lang", type=LANGS, default="vi")
def graph_cmd(paths: tuple[str, ...], fmt: str, output: str | None, lang: str) -> None:
    """The citation graph of the documents under PATHS (province → district → commune)."""
    from plancheck.engine.check import load_file
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
    write(RENDERERS[fmt](CitationGraph.build(plans), lang), output)


@main.command("derive")
@click.argument("parent", type=click.Path(exists=True, dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--lang", type=LANGS, default="vi")
def derive_cmd(parent: str, output: str | None, lang: str) -> None:
    """Turn a parent plan into a rule pack for the plans that implement it."""
    from plancheck.packs.derive import derive_pack, dump_pack
    from plancheck.engine.check import load_file

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
