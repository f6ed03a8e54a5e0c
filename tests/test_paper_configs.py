"""Each paper config is a complete study: its dry run plans exactly the jobs its header
states, and every training, method and GAN setting its jobs receive is written in the
config itself (or is the method's / GAN's own cited default), never the digits/CPU
tuning of params.yaml."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_workflow

BIN = Path(sys.executable).parent
PAPER_CONFIGS = ("paper.yaml", "paper-robustness.yaml", "paper-gan.yaml")


def header_job_counts(name: str) -> dict[str, int]:
    """The `# Jobs (snakemake -n): rule N, ...` line of the config's header."""
    text = (REPO / "config" / name).read_text()
    line = re.search(r"^# Jobs \(snakemake -n\): (.*)$", text, flags=re.M)
    assert line, f"config/{name} states no job counts in its header"
    return {rule: int(count) for rule, count in re.findall(r"(\w+) (\d+)", line.group(1))}


@pytest.fixture(scope="module")
def dry_runs(tmp_path_factory) -> dict[str, str]:
    workdir = copy_workflow(tmp_path_factory.mktemp("paper"))
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    outputs = {}
    for name in PAPER_CONFIGS:
        result = subprocess.run([str(BIN / "snakemake"), "-n", "-p", "--cores", "8", "--resources", "gpu=2",
                                 "--configfile", f"config/{name}"], cwd=workdir, capture_output=True, text=True,
                                env=env)
        assert result.returncode == 0, result.stderr[-3000:]
        outputs[name] = result.stdout
    return outputs


def planned_counts(output: str) -> dict[str, int]:
    """Snakemake's job table at the end of a dry run."""
    table = output[output.rindex("job ") :]
    counts = dict(re.findall(r"^(\w+)\s+(\d+)$", table, flags=re.M))
    counts.pop("total")
    return {rule: int(n) for rule, n in counts.items()}


def job_settings(output: str, verb: str) -> list[dict]:
    """The --params JSON of every planned `advaug <verb>` command."""
    found = []
    for line in output.splitlines():
        if line.startswith(f"Shell command: advaug {verb} ") or line.startswith(f"advaug {verb} "):
            words = shlex.split(line.removeprefix("Shell command: "))
            found.append(json.loads(words[words.index("--params") + 1]))
    return found


@pytest.mark.parametrize("name", PAPER_CONFIGS)
def test_dry_run_plans_the_jobs_the_header_states(name, dry_runs):
    assert planned_counts(dry_runs[name]) == header_job_counts(name)


@pytest.mark.parametrize("name", PAPER_CONFIGS)
def test_no_setting_is_inherited_from_the_digits_defaults(name, dry_runs):
    written = yaml.safe_load((REPO / "config" / name).read_text())
    assert written.get("standalone") is True
    trainings = job_settings(dry_runs[name], "train")
    assert len(trainings) == header_job_counts(name)["train"]
    for settings in trainings:
        # every training key is written in the config: none falls back to a digits-sized default
        assert settings["training"] == written["training"]
        assert settings["device"] == written["device"] == "cuda"
    methods = [*written["methods"], *(written["gan"].get("methods", []) if written["gan"]["enabled"] else [])]
    given = [settings["method_params"] for settings in trainings]
    allowed = [written.get("method_params", {}).get(method, {}) for method in methods]
    assert all(params in allowed for params in given), given
    gans = job_settings(dry_runs[name], "train-gan")
    assert len(gans) == header_job_counts(name).get("train_gan", 0)
    for settings in gans:
        assert settings["gan"]["train"] == written["gan"]["train"]


def test_the_gan_study_trains_with_the_cited_wgan_gp_optimiser():
    """The WGAN-GP optimiser (Adam 2e-4, betas (0, 0.9), n_critic 5, penalty 10) that advaug.gan.train.GAN_DEFAULTS
    cites; paper-gan.yaml leaves them to those defaults, not to params.yaml's 1e-3."""
    from advaug.gan.train import GAN_DEFAULTS

    written = yaml.safe_load((REPO / "config" / "paper-gan.yaml").read_text())["gan"]["train"]
    for key in ("lr_g", "lr_d", "betas", "n_critic", "gp_weight"):
        assert written.get(key, GAN_DEFAULTS[key]) == GAN_DEFAULTS[key], key
