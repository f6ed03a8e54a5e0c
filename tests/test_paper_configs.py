"""Each paper config is a complete study: its dry run plans exactly the jobs its header
states, and every training, method and GAN setting its jobs receive is written in the
config itself (or is the method's / GAN's own cited default), never the digits/CPU
tuning of params.yaml. The CPU study of the CIFAR-10 claims (config/cifar10-cpu.yaml),
alone and with its overlay for the team's CIFAR-10 slice, plans what its header states too."""

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

from conftest import REPO, SHARED_MINI, copy_workflow, link_shared

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


# --- the CPU study of the CIFAR-10 claims -----------------------------------------------------------

CPU_STUDY = "cifar10-cpu.yaml"
MINI_OVERLAY = "cifar10-mini.yaml"


@pytest.fixture(scope="module")
def cpu_workdir(tmp_path_factory) -> Path:
    return copy_workflow(tmp_path_factory.mktemp("cpu-study"))


def cpu_dry_run(workdir: Path, *configs: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "CUDA_VISIBLE_DEVICES": ""}
    result = subprocess.run([str(BIN / "snakemake"), "-n", "-p", "--cores", "2", "--configfile",
                             *(f"config/{name}" for name in configs)], cwd=workdir, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def merged_training(*configs: str) -> dict:
    """The training keys the configs write (the rest are the schema's defaults)."""
    training = {}
    for name in configs:
        training.update(yaml.safe_load((REPO / "config" / name).read_text()).get("training", {}))
    return training


def report_params(output: str) -> dict:
    """The report job's --params: the data sets declared slices of a published one."""
    (line,) = [line for line in output.splitlines() if line.startswith(("advaug report ", "Shell command: advaug report "))]
    words = shlex.split(line.removeprefix("Shell command: "))
    return json.loads(words[words.index("--params") + 1])


def test_the_cpu_study_plans_its_header_jobs_from_the_cifar10_download(cpu_workdir):
    """The study a user with the CIFAR-10 download runs (a dry run: nothing is fetched); its 10 % of
    CIFAR-10 is declared a reduced-scale slice for the claims table."""
    output = cpu_dry_run(cpu_workdir, CPU_STUDY)
    assert planned_counts(output) == header_job_counts(CPU_STUDY)
    trainings = job_settings(output, "train")
    written = merged_training(CPU_STUDY)
    assert all({k: s["training"][k] for k in written} == written and s["device"] == "cpu" for s in trainings)
    assert trainings[0]["training"]["train_fraction"] == 0.1
    assert report_params(output) == {"slice_of": {"cifar10": "cifar10"}}


def test_the_cpu_study_on_the_cifar10_slice_plans_the_same_jobs(cpu_workdir):
    """The overlay swaps the data set for the npz slice, trains on all of it, declares it a slice of
    CIFAR-10; the jobs are the same in number (the header's) and in every other setting."""
    if not link_shared(cpu_workdir):
        pytest.skip(f"{SHARED_MINI} (the team's CIFAR-10 slice) is absent; config/{MINI_OVERLAY} reads it")
    output = cpu_dry_run(cpu_workdir, CPU_STUDY, MINI_OVERLAY)
    assert planned_counts(output) == header_job_counts(CPU_STUDY)
    trainings = job_settings(output, "train")
    written = merged_training(CPU_STUDY, MINI_OVERLAY)
    assert all({k: s["training"][k] for k in written} == written for s in trainings)
    assert trainings[0]["training"]["train_fraction"] == 1.0
    assert "results/runs/npz-cifar10-mini/small_cnn/advaa/seed2/metrics.json" in output
    assert report_params(output) == {"slice_of": {"npz-cifar10-mini": "cifar10"}}
