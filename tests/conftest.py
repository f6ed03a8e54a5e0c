"""Shared test fixtures: paths, the small real data sets, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_MINI = REPO.parent / "shared" / "data" / "cifar10-mini.npz"

# Tests run on the CPU with few threads; the CI machine has 2 cores.
os.environ.setdefault("OMP_NUM_THREADS", "1")


WORKFLOW_FILES = ("Snakefile", "rules", "config", "params.yaml", "envs", "bin")


def copy_workflow(dest: Path, extra: tuple[str, ...] = ()) -> Path:
    """Copy the workflow files to ``dest`` so a test's runs never touch the repository's results/."""
    import shutil

    for name in (*WORKFLOW_FILES, *extra):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def link_shared(workdir: Path) -> bool:
    """Make ``../shared`` of a workflow copy the repository's own (configs name the CIFAR-10 slice
    as ``../shared/data/cifar10-mini.npz``, relative to where Snakemake runs); False when absent."""
    if not SHARED_MINI.exists():
        return False
    beside = Path(workdir).parent / "shared"
    if not beside.exists():
        beside.symlink_to(SHARED_MINI.parents[1], target_is_directory=True)
    return beside.resolve() == SHARED_MINI.parents[1].resolve()


def pytest_collection_modifyitems(config, items):
    """Files with slow tests first, so that the last file an xdist worker takes is a short one
    (a stable sort: the tests of a file stay in order). `make test` runs pytest-xdist with
    `--dist loadfile`, which keeps each file on one worker, so module fixtures are built once
    (the SLURM test cluster, which owns /etc/slurm/slurm.conf, must never start twice at a
    time). Not `--dist loadgroup`: with pytest 9 xdist's group suffix no longer reaches the
    node ids, and the SLURM file's tests ran on both workers at once."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


#: the training block of a small CPU run (fp32, no compile); tests override what they vary
SMALL_TRAINING = {
    "epochs": 1, "batch_size": 64, "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 5e-4,
    "schedule": "cosine", "warmup_epochs": 1, "label_smoothing": 0.0, "crop_padding": 2, "precision": "fp32",
    "channels_last": False, "compile": False, "eval_batch_size": 512, "eval_every": 100,
}


def run_cli(*args: str, cwd: Path | None = None, check: bool = True, env: dict | None = None):
    """Run `python -m advaug ...` in a subprocess, as Snakemake and DVC do."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "advaug", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        env=full_env,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"advaug {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def digits_dir(tmp_path_factory) -> Path:
    """The embedded default data set, prepared once per test session."""
    from advaug.data import prepare

    out = tmp_path_factory.mktemp("digits")
    prepare("digits", out, cache_dir=tmp_path_factory.mktemp("cache"))
    return out


@pytest.fixture(scope="session")
def digits(digits_dir):
    from advaug.data.canonical import load_prepared

    return load_prepared(digits_dir)
