"""The real pre-commit (from PyPI) running plancheck's hook in a repository of plans.

pre-commit installs plancheck from this repository's committed HEAD into its
own virtualenv (so this test needs PyPI, as CI has), then each `git commit`
runs the hook on the staged plans.  Skipped, saying why, when pre-commit or
git is missing or this checkout is not a git repository.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow  # see pyproject.toml's markers

DISTRICT = os.path.join(FIXTURES, "district")


def _git(repo, *args, check=True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=check)


@pytest.fixture(scope="module")
def plan_repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("this checkout is not a git repository: pre-commit installs hooks from a commit")
    home = tmp_path_factory.mktemp("pre-commit-home")
    repo = tmp_path_factory.mktemp("ke-hoach")
    _git(repo, "init", "-q", "-b", "main")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: plancheck\n",
        encoding="utf-8",
    )
    _git(repo, "add", ".pre-commit-config.yaml")
    _git(repo, "commit", "-q", "-m", "config", "--no-verify")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True, capture_output=True)
    return repo, env


def _commit(repo, env, message: str, *names: str) -> subprocess.CompletedProcess:
    for name in names:
        shutil.copy(os.path.join(DISTRICT, name), repo / name)
    _git(repo, "add", *names)
    return _git_commit(repo, env, message)


def _git_commit(repo, env, message: str) -> subprocess.CompletedProcess:
    """``git commit`` of what is staged, the hook run by it."""
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    who |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(
        ["git", "commit", "-m", message], cwd=repo, capture_output=True, text=True, env={**env, **who}
    )


def test_sound_plans_are_committed(plan_repo):
    repo, env = plan_repo
    res = _commit(repo, env, "district and a sound commune plan", "01-huyen-moc-chau.txt", "xa-dong-sang.txt")
    out = res.stdout + res.stderr
    assert res.returncode == 0, out
    assert "plancheck" in out and "Passed" in out
    assert _git(repo, "log", "--oneline").stdout.count("\n") == 2


def test_a_faulty_plan_is_refused_with_its_finding(plan_repo):
    repo, env = plan_repo
    res = _commit(repo, env, "wrong date", "xa-chieng-hac.txt")
    assert res.returncode != 0
    out = res.stdout + res.stderr
    assert "Failed" in out and "xa-chieng-hac.txt:13:8:" in out and "CG102" in out
    assert "xa-chieng-hac.txt" not in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").stdout
    # the staged file stays as the user wrote it
    assert (repo / "xa-chieng-hac.txt").read_bytes() == open(os.path.join(DISTRICT, "xa-chieng-hac.txt"), "rb").read()


def test_the_repositorys_config_is_honoured(plan_repo):
    repo, env = plan_repo
    (repo / "plancheck.toml").write_text('ignore = ["CG102"]\n', encoding="utf-8")
    _git(repo, "add", "plancheck.toml")
    res = _commit(repo, env, "accepted: the district confirmed the date", "xa-chieng-hac.txt")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "xa-chieng-hac.txt" in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").stdout


def test_a_file_named_like_an_option_cannot_switch_the_hook_off(plan_repo):
    """Staged beside a defective plan, «--select=ZZ.txt» is a path, not an
    option: the defect is still found and the commit refused."""
    repo, env = plan_repo
    (repo / "plancheck.toml").unlink(missing_ok=True)  # the config test may have ignored CG102
    _git(repo, "rm", "-q", "--cached", "--ignore-unmatch", "plancheck.toml")
    (repo / "--select=ZZ.txt").write_text("ghi chú\n", encoding="utf-8")
    (repo / "--ignore=CG,CC,ND,TT.txt").write_text("ghi chú\n", encoding="utf-8")
    _git(repo, "add", "--", "--select=ZZ.txt", "--ignore=CG,CC,ND,TT.txt")
    res = _commit(repo, env, "a defect hidden by file names", "xa-chieng-khua.txt")
    out = res.stdout + res.stderr
    assert res.returncode != 0, out
    assert "CG102" in out and "xa-chieng-khua.txt" in out
    assert "xa-chieng-khua.txt" not in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").stdout
    _git(repo, "reset", "-q")  # nothing of this attempt stays staged for the next test


def test_a_plan_whose_name_starts_with_a_dash_can_be_committed(plan_repo):
    repo, env = plan_repo
    with open(os.path.join(DISTRICT, "xa-dong-sang.txt"), encoding="utf-8") as fh:  # a second plan of the commune
        (repo / "-ke-hoach.txt").write_text(fh.read().replace("08/KH-UBND", "18/KH-UBND"), encoding="utf-8")
    _git(repo, "add", "--", "-ke-hoach.txt")
    res = _git_commit(repo, env, "a plan named with a dash")
    out = res.stdout + res.stderr
    assert "No such option" not in out
    assert res.returncode == 0, out
    assert "-ke-hoach.txt" in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").stdout
