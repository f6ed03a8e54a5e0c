"""Every `snakemake`, `dvc` and `advaug` command line the documentation shows is run.

Users copy these lines: one that does not parse or plan is a bug. They are taken
from README.md (code blocks, and inline spans with options), from the header
comments of config/*.yaml and from profiles/. Each runs in a copy of the
workflow; where the real command would need a GPU, a cluster, a download or a
whole study, its dry form runs instead (`snakemake -n`, `dvc status`,
`dvc exp run --queue`, the advaug argument parser).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from advaug.cli import build_parser
from conftest import REPO, SHARED_MINI, copy_workflow, link_shared

BIN = Path(sys.executable).parent
TOOLS = ("snakemake", "dvc", "advaug")
DVC_FILES = ("dvc.yaml", ".dvcignore", ".dvc/config", ".dvc/.gitignore", ".dvc/plots", ".gitignore")
COMMAND = re.compile(rf"^(?:{'|'.join(TOOLS)})\s")


def _readme_commands() -> list[tuple[str, str]]:
    text = (REPO / "README.md").read_text()
    found = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        found += [("README.md", line.strip()) for line in block.splitlines() if COMMAND.match(line.strip())]
    for span in re.findall(r"`([^`\n]+)`", text):
        if COMMAND.match(span) and " -" in span and "<" not in span:
            found.append(("README.md (inline)", span))
    return found


def _header_commands() -> list[tuple[str, str]]:
    found = []
    for path in sorted([*(REPO / "config").glob("*.yaml"), *(REPO / "profiles").rglob("*.yaml")]):
        for line in path.read_text().splitlines():
            command = line.lstrip("#").strip()
            if line.startswith("#") and COMMAND.match(command):
                found.append((str(path.relative_to(REPO)), command))
    return found


def documented_commands() -> list[tuple[str, str]]:
    """(where, command line without its trailing comment) for every documented command, each once."""
    found = [(where, re.sub(r"\s+#.*$", "", command)) for where, command in _readme_commands() + _header_commands()]
    return list(dict.fromkeys(found))


def test_the_documentation_shows_the_commands_this_test_expects():
    """The extraction itself works: the GPU, paper, SLURM and DVC lines are all found."""
    lines = [command for _, command in documented_commands()]
    for config in ("paper.yaml", "paper-robustness.yaml", "paper-gan.yaml"):
        assert f"snakemake --cores 8 --resources gpu=2 --configfile config/{config}" in lines
    assert any(line.startswith("snakemake --profile profiles/slurm") for line in lines)
    assert any(line.startswith("dvc exp run") for line in lines)
    assert "advaug --help" in lines


def test_no_target_follows_resources():
    """`--resources` takes every following word as name=value: a target after it cannot parse."""
    for where, command in documented_commands():
        words = shlex.split(command, comments=True)
        if "--resources" in words:
            after = words[words.index("--resources") + 1:]
            values = after[: next((i for i, w in enumerate(after) if w.startswith("-")), len(after))]
            assert all("=" in value for value in values), f"{where}: {command}"


@pytest.fixture(scope="module")
def workflow_copy(tmp_path_factory) -> Path:
    """The workflow, its DVC files and profiles in a fresh, committed git repository."""
    root = copy_workflow(tmp_path_factory.mktemp("documented"), extra=(*DVC_FILES, "profiles"))
    for command in (["init", "-q"], ["config", "user.name", "advaug tests"],
                    ["config", "user.email", "tests@advaug.invalid"], ["add", "-A"],
                    ["commit", "-qm", "workflow"]):
        subprocess.run(["git", *command], cwd=root, check=True, capture_output=True)
    link_shared(root)  # config/cifar10-mini.yaml names ../shared/data/cifar10-mini.npz
    return root


def _env() -> dict:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(REPO / "src"),
        "DVC_NO_ANALYTICS": "1",
        "CUDA_VISIBLE_DEVICES": "",
    }


def _run(words: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(words, cwd=cwd, capture_output=True, text=True, env=_env(), timeout=600)


def _check_snakemake(words: list[str], cwd: Path) -> None:
    if "--report" in words:
        # The report is built from a finished run; on a fresh copy Snakemake parses the
        # command, plans the workflow and then finds the report's files missing.
        result = _run(words, cwd)
        assert result.returncode == 0 or "marked for report but does not exist" in result.stderr, result.stderr[-3000:]
        return
    result = _run([*words, "-n"], cwd)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "rule train:" in result.stdout or "Nothing to be done" in result.stdout, result.stdout[-2000:]


def _check_dvc(words: list[str], cwd: Path) -> None:
    verb = words[1:3]
    if verb[0] == "repro":
        # `dvc repro --dry` fails on a fresh clone (README, "DVC"): `dvc status` is its dry form.
        words = ["dvc", "status"]
    elif verb == ["exp", "run"]:
        words = [*words[:3], "--queue", *words[3:]]
    result = _run(words, cwd)
    output = result.stdout + result.stderr
    if words[1] == "pull" and result.returncode != 0:
        # Nothing was pushed from this fresh copy: DVC got as far as the remote.
        assert "Is your cache up to date?" in output, output[-3000:]
        return
    assert result.returncode == 0, output[-3000:]
    if words[1:3] == ["exp", "run"]:
        assert "Queued experiment" in output, output
        _run(["dvc", "queue", "remove", "--all"], cwd)


def _check_advaug(words: list[str], cwd: Path) -> None:
    if words[1:2] in (["--help"], ["list"], ["dvc-yaml"]):  # quick: run for real in the copy
        result = _run([sys.executable, "-m", "advaug", *words[1:]], cwd)
        assert result.returncode == 0 and result.stdout.strip(), result.stderr
        return
    # A real run (a benchmark, a training) is too long for the suite: the parser checks the line.
    args = build_parser().parse_args(words[1:])
    assert callable(args.func)


@pytest.mark.parametrize("where,command", documented_commands(), ids=lambda value: value[:80])
def test_documented_command_parses_and_plans(where, command, workflow_copy):
    words = shlex.split(command, comments=True)
    if "config/cifar10-mini.yaml" in words and not SHARED_MINI.exists():
        pytest.skip(f"config/cifar10-mini.yaml reads {SHARED_MINI} (the team's CIFAR-10 slice), absent here")
    {"snakemake": _check_snakemake, "dvc": _check_dvc, "advaug": _check_advaug}[words[0]](words, workflow_copy)
