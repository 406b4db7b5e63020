"""``plancheck serve``: the local web page and HTTP API (plancheck[serve])."""

from __future__ import annotations

import os
import sys

import click

from plancheck.cli.group import Command
from plancheck.cli.options import LANGS, load_packs
from plancheck.runner.discover import collect_files


@click.command("serve", cls=Command)
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
        packs, explicit = load_packs(list(rules) or cfg.packs, cfg.root if cfg.path else None)
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    from plancheck.gazetteer.index import load

    load()  # the place index opened once, before the first request
    limit = max_upload_mb * 1024 * 1024
    settings = ServeSettings(
        host=host,
        port=port,
        corpus=[os.path.abspath(f) for f in collect_files(corpus)],
        packs=packs,
        explicit=explicit,
        cfg=cfg,
        lang=lang,
        token=token,
        file_limit=limit,
        request_limit=limit,
        jobs=jobs,
    )
    from plancheck.server.app import create_app

    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo("plancheck: " + message("serve_listening", lang, url=f"http://{shown}:{port}/"), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
