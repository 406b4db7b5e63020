"""Each document's budget of time, memory and size, and the guard that holds it.

Documents come from strangers: a 1.5 KB .docx can ask for gigabytes, a PDF of
a few kilobytes for minutes.  One such file must cost only its own report,
so every document is read and checked under a :class:`Budget`:

* readers stop where the work is done (the text extracted from a .docx or a
  PDF, the number of PDF pages, the time a PDF page takes) and raise
  :class:`OverBudget`;
* :func:`guarded` puts a wall-time limit (``SIGALRM`` in the main thread, an
  exception set on the thread elsewhere) and an address-space
  limit (``RLIMIT_AS``) around one document's work, so a runaway loop or
  allocation ends in :class:`OverBudget` or ``MemoryError`` in that document
  alone.  The process pool (:mod:`plancheck.runner.pool`) adds a hard limit for what
  a signal cannot interrupt.

This module imports nothing of plancheck's: every layer may ask it.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

try:
    import resource
except ImportError:  # not on POSIX: no memory limit
    resource = None


@dataclass(frozen=True)
class Budget:
    seconds: float = 30.0  # wall time to read, parse and check one document
    memory_mb: int = 2048  # memory one document may add to its process
    text_chars: int = 64_000_000  # characters of text extracted from one document
    pdf_pages: int = 5_000
    page_seconds: float = 5.0  # one PDF page's text extraction
    ocr_seconds: float = 120.0  # reading one scanned page by OCR (ahead of the check)


class OverBudget(BaseException):
    """A document that needs more than its budget allows.

    A BaseException, as KeyboardInterrupt is: it interrupts the document's
    work wherever it is, and the ``except Exception`` that keeps one
    faulty rule from hiding the others must not swallow it.

    ``limit`` names the budget ("seconds", "memory_mb", "text_chars",
    "pdf_pages", "page_seconds"), ``value`` its value; the message catalogue
    says what that means and how to raise it."""

    def __init__(self, limit: str, value: object) -> None:
        super().__init__(f"over budget: {limit} = {value}")
        self.limit = limit
        self.value = value


_current = Budget()


def current() -> Budget:
    """The budget of the documents this process reads."""
    return _current


def use(budget: Budget) -> None:
    """Make ``budget`` the one this process's readers and guards apply."""
    global _current
    _current = budget


def _address_space() -> int | None:
    """This process's virtual size in bytes (Linux), or None."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_limit(extra_mb: int):
    """Let the code inside grow the address space by ``extra_mb`` at most:
    past it, allocations fail with MemoryError instead of waking the kernel's
    OOM killer.  The previous soft limit is restored after."""
    size = _address_space() if resource is not None and extra_mb > 0 else None
    if size is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = size + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft != resource.RLIM_INFINITY:
        want = min(want, soft)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def time_limit(seconds: float, limit: str = "seconds"):
    """Raise OverBudget(limit) in the code inside once ``seconds`` have
    passed.  It reaches Python code only (what runs inside a C function
    ends first): in the main thread by a signal, in any other thread (a
    cluster worker's, a server's) by an exception set on that thread."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_time_limit(seconds, limit):
            yield
        return

    def expire(signum, frame):
        raise OverBudget(limit, seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    if outer_left and outer_left < seconds:  # an enclosing limit ends first: keep it
        signal.signal(signal.SIGALRM, previous)
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:  # give the enclosing limit back what is left of it
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


class _Watchdog:
    """One thread per process that ends other threads' time limits: it sets
    OverBudget on a thread whose deadline passed, which raises it at its next
    Python instruction.  It looks at the deadlines every TICK seconds instead
    of being woken for each one: a document arms and disarms its limit
    without waking anything (a timer thread per document cost 0.18 ms)."""

    TICK = 0.05  # how late past its deadline a limit may end

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._deadlines: dict[int, tuple[float, int, type]] = {}  # token → (when, thread id, exception class)
        self._fired: set[int] = set()
        self._next = 0
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, exc: type) -> int:
        with self._lock:
            self._next += 1
            self._deadlines[self._next] = (time.monotonic() + seconds, threading.get_ident(), exc)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="plancheck-time-limit", daemon=True)
                self._thread.start()
            return self._next

    def disarm(self, token: int) -> None:
        """Forget ``token``'s deadline; an exception it set and this thread has
        not raised yet is taken back."""
        with self._lock:
            self._deadlines.pop(token, None)
            if token in self._fired:
                self._fired.discard(token)
                _set_async_exc(threading.get_ident(), None)

    def _watch(self) -> None:
        while True:
            time.sleep(self.TICK)
            now = time.monotonic()
            with self._lock:
                for token, (when, thread, exc) in list(self._deadlines.items()):
                    if when <= now:
                        del self._deadlines[token]
                        self._fired.add(token)
                        _set_async_exc(thread, exc)


def _set_async_exc(thread: int, exc: type | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exc) if exc else None)


_watchdog = _Watchdog()


def _new_watchdog() -> None:
    """A forked child has none of its parent's threads: its own watchdog, started when first armed."""
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_watchdog)


@lru_cache(maxsize=64)
def _over_time(limit: str, seconds: float) -> type:
    """The OverBudget a watchdog raises: from its class, without arguments, so the class carries them."""
    return type("OverTime", (OverBudget,), {"__init__": lambda self: OverBudget.__init__(self, limit, seconds)})


@contextmanager
def _thread_time_limit(seconds: float, limit: str):
    """:func:`time_limit` outside the main thread, where no signal arrives."""
    token = _watchdog.arm(seconds, _over_time(limit, seconds))
    try:
        yield
    finally:
        _watchdog.disarm(token)


@contextmanager
def guarded(budget: Budget | None = None):
    """One document's work within its time and memory budget."""
    budget = budget or _current
    with memory_limit(budget.memory_mb), time_limit(budget.seconds):
        yield
