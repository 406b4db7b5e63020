"""The web application: the reviewer's page and the API, on Starlette.

Every request's files live in a temporary folder for that request only.
A check runs in the guarded worker pool (``isolate``), so a hostile upload
costs its own ``unreadable`` finding, never the server; checks run one at a
time (the runner keeps per-process state), while the page, the rule list
and the health check keep answering.  Sizes are held at the door: the body
of a request is counted as it arrives, and a file over its limit is refused
before anything is checked.

Its length is the routes of one small application, kept together with the
checks at the door (size, token, one check at a time) that guard them all.
"""

from __future__ import annotations

import hmac
import io
import os
import tempfile
import threading
import zipfile

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request as HttpRequest
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from plancheck import __version__
from plancheck.i18n.server import server_word
from plancheck.server.settings import ServeSettings, safe_upload_name

MB = 1024 * 1024


class _Refused(Exception):
    def __init__(self, status: int, text: str):
        super().__init__(text)
        self.status, self.text = status, text


class BodyLimit:
    """ASGI middleware: a request whose body grows past ``limit`` bytes is
    answered 413 at once, whatever its Content-Length said."""

    def __init__(self, app, settings: ServeSettings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.settings.request_limit
        declared = dict(scope.get("headers") or []).get(b"content-length")
        lang = _lang_of_scope(scope, self.settings)
        refusal = JSONResponse({"error": server_word(lang, "too_large_request", limit_mb=limit // MB)}, 413)
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await refusal(scope, receive, send)
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _Refused(413, "")
            return message

        async def tracked_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked_send)
        except _Refused:
            if not started:
                await refusal(scope, receive, send)


class TokenGuard:
    """ASGI middleware: with a token set, every request carries it
    (``Authorization: Bearer …`` or ``?token=…``), compared in constant time."""

    def __init__(self, app, settings: ServeSettings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        token = self.settings.token
        if scope["type"] != "http" or not token:
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"authorization", b"").decode("latin-1")
        given = given[7:] if given.lower().startswith("bearer ") else ""
        if not given:
            from urllib.parse import parse_qs

            given = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token") or [""])[0]
        if not hmac.compare_digest(given.encode(), token.encode()):
            lang = _lang_of_scope(scope, self.settings)
            return await JSONResponse(
                {"error": server_word(lang, "unauthorized")}, 401, headers={"WWW-Authenticate": "Bearer"}
            )(scope, receive, send)
        return await self.app(scope, receive, send)


def _lang_of_scope(scope, settings: ServeSettings) -> str:
    from urllib.parse import parse_qs

    lang = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang") or [settings.lang])[0]
    return lang if lang in ("vi", "en") else settings.lang


def create_app(settings: ServeSettings) -> Starlette:
    import jinja2

    from plancheck.packs import builtin_names, load_pack

    env = jinja2.Environment(loader=jinja2.PackageLoader("plancheck.server", "templates"), autoescape=True)
    check_lock = threading.Lock()

    def lang_of(value) -> str:
        return value if value in ("vi", "en") else settings.lang

    async def page(request: HttpRequest) -> HTMLResponse:
        lang = lang_of(request.query_params.get("lang"))
        html = env.get_template("page.html.j2").render(
            lang=lang,
            w=_words(lang),
            needs_token=bool(settings.token),
            token=request.query_params.get("token", ""),
            limits=server_word(
                lang, "limits", file_mb=settings.file_limit // MB, request_mb=settings.request_limit // MB
            ),
            corpus=server_word(lang, "corpus", count=len(settings.corpus)),
            packs=server_word(lang, "packs", packs=", ".join(p.name for p in settings.packs) or "—"),
        )
        return HTMLResponse(html)

    async def uploads(request: HttpRequest, folder: str) -> tuple[list[str], str, list, bool, str]:
        """The request's files saved in ``folder``, its language, packs and wanted output."""
        try:
            form = await request.form(max_files=200, max_fields=20)
        except _Refused:
            raise
        except Exception as exc:  # a malformed multipart body: the sender's mistake, said plainly
            raise _Refused(400, server_word(settings.lang, "bad_form", detail=type(exc).__name__)) from None
        lang = lang_of(form.get("lang") or request.query_params.get("lang"))
        paths, used = [], set()
        for i, item in enumerate(form.getlist("files"), start=1):
            if isinstance(item, str):
                continue
            name = safe_upload_name(item.filename, i)
            while name in used:
                name = f"{i}-{name}"
            used.add(name)
            data = await item.read()
            if len(data) > settings.file_limit:
                raise _Refused(413, server_word(lang, "too_large_file", name=name, limit_mb=settings.file_limit // MB))
            path = os.path.join(folder, name)
            with open(path, "wb") as fh:
                fh.write(data)
            paths.append(path)
        if not paths:
            raise _Refused(400, server_word(lang, "no_files"))
        packs, explicit = settings.packs, settings.explicit
        wanted = [p.strip() for p in str(form.get("packs") or "").split(",") if p.strip()]
        if wanted:  # built-in packs by name only: a request never names a file on the server
            known = builtin_names()
            for name in wanted:
                if name not in known:
                    raise _Refused(400, server_word(lang, "bad_pack", name=name, known=", ".join(known)))
            packs, explicit = [load_pack(name) for name in wanted], True
        return paths, lang, packs, explicit, str(form.get("output") or "html")

    def check(paths: list[str], lang: str, packs, explicit: bool, keep_sources: bool):
        from plancheck.runner import ReportAsk, Request, run_request

        report = ReportAsk("html" if keep_sources else "json")  # the review page shows the text
        with check_lock:
            return run_request(
                Request(
                    paths,
                    list(settings.corpus),
                    packs,
                    explicit,
                    settings.cfg,
                    lang,
                    settings.jobs,
                    report=report,
                    isolate=True,
                )
            )

    async def checked(request: HttpRequest, answer, keep_sources: bool) -> Response:
        """The request's uploads checked in a folder of its own, answered by
        ``answer(run, folder, lang, output)``; a refused upload says why."""
        with tempfile.TemporaryDirectory(prefix="plancheck-upload-") as folder:
            try:
                paths, lang, packs, explicit, output = await uploads(request, folder)
            except _Refused as exc:
                return JSONResponse({"error": exc.text}, exc.status)
            run = await run_in_threadpool(check, paths, lang, packs, explicit, keep_sources)
            return answer(run, folder, lang, output)

    def json_answer(run, folder: str, lang: str, output: str) -> Response:
        from plancheck.report.check_json import render_json

        body = "".join(render_json(run, settings.cfg.fail_on, False))
        return Response(body.replace(folder + os.sep, ""), media_type="application/json")

    def review_answer(run, folder: str, lang: str, output: str) -> Response:
        if output == "docx":
            return _docx_answer(run, folder, lang, settings.cfg.fail_on)
        from plancheck.report.check_html import render_html

        return HTMLResponse(render_html(run, lang, settings.cfg.fail_on, False).replace(folder + os.sep, ""))

    async def api_check(request: HttpRequest) -> Response:
        return await checked(request, json_answer, False)

    async def review(request: HttpRequest) -> Response:
        return await checked(request, review_answer, True)

    async def rules(request: HttpRequest) -> JSONResponse:
        lang = lang_of(request.query_params.get("lang"))
        out = []
        for pack in settings.packs:
            for p in pack.chain():
                for r in p.rules:
                    out.append(
                        {
                            "pack": p.name,
                            "id": r.id,
                            "kind": r.kind,
                            "severity": r.severity,
                            "title": (r.title or r.message).in_lang(lang),
                            "reference": r.reference,
                        }
                    )
        unique = list({(r["pack"], r["id"]): r for r in out}.values())
        return JSONResponse(unique)

    async def healthz(request: HttpRequest) -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    async def not_found(request: HttpRequest, exc) -> JSONResponse:
        return JSONResponse({"error": server_word(lang_of(request.query_params.get("lang")), "not_found")}, 404)

    app = Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/review", review, methods=["POST"]),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/rules", rules, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        exception_handlers={404: not_found},
    )
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(TokenGuard, settings=settings)  # added last: runs first
    return app


def _words(lang: str) -> dict:
    from plancheck.i18n.server import SERVER_WORDS

    return SERVER_WORDS.get(lang, SERVER_WORDS["vi"])


def _docx_answer(run, folder: str, lang: str, fail_on: str) -> Response:
    """The reviewed .docx of one document, or a .zip of one for each."""
    from plancheck.report.check_docx import reviewed_name, write_reviewed

    made = []
    out_dir = os.path.join(folder, ".reviewed")
    os.makedirs(out_dir, exist_ok=True)
    for r in run.results:
        target = os.path.join(out_dir, reviewed_name(r.path))
        write_reviewed(r, target, lang, fail_on)
        made.append(target)
    if len(made) == 1:
        with open(made[0], "rb") as fh:
            data = fh.read()
        return Response(
            data,
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": _attachment(os.path.basename(made[0]))},
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in made:
            zf.write(path, os.path.basename(path))
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={"Content-Disposition": _attachment("plancheck-review.zip")},
    )


def _attachment(name: str) -> str:
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
