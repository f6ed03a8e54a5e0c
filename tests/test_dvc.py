"""DVC runs the pipeline Snakemake runs: the same `advaug` commands, inputs, outputs and
config slices (no drift, checked for every stage, new ones included), and `dvc repro`
re-runs exactly the stages a parameter change touches."""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml

from advaug import config as cfg
from advaug.cli import build_parser
from conftest import REPO, copy_workflow

BIN = Path(sys.executable).parent
DVC_FILES = ("dvc.yaml", ".dvcignore", ".dvc/config", ".dvc/.gitignore", ".dvc/plots", ".gitignore")


def tiny_params() -> dict:
    """params.yaml shrunk to the smallest study that exercises the DAG: digits, two
    methods, one seed, two epochs, one corruption at one severity on 50 images."""
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params.update(datasets=["digits"], models=["small_cnn"], methods=["baseline", "rr"], seeds=[0])
    params["device"] = "cpu"
    params["training"].update(epochs=2)
    params["model_params"]["small_cnn"] = {"widths": [8, 16, 32]}
    params["method_params"]["rr"] = {"max_angle": 30}
    params["corruptions"].update(names=["gaussian_noise"], severities=[1], max_images=50)
    params["evaluation"].update(umap=False, robust={**params["evaluation"]["robust"], "pgd_steps": 2})
    # DVC always runs the GAN branch (its templating has no conditionals): keep it tiny
    params["gan"].update(
        train={"g_channels": 8, "d_channels": 8, "epochs": 1, "batch_size": 64, "n_critic": 1},
        samples_per_class=5, unrestricted_per_class=1, unrestricted={"steps": 5},
    )
    return params


def tool_env() -> dict:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(REPO / "src"),
        "DVC_NO_ANALYTICS": "1",
        "CUDA_VISIBLE_DEVICES": "",  # CPU jobs in both orchestrators, wherever the test runs
        "OMP_NUM_THREADS": "1",
    }


def run_tool(*args: str, cwd: Path) -> str:
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=tool_env())
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{output[-6000:]}")
    return output


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    """The workflow files in a fresh git repository (DVC needs one; tests never touch REPO)."""
    root = tmp_path / "repo"
    root.mkdir()
    copy_workflow(root, extra=DVC_FILES)
    for command in (["init", "-q"], ["config", "user.name", "advaug tests"],
                    ["config", "user.email", "tests@advaug.invalid"]):
        subprocess.run(["git", *command], cwd=root, check=True)
    return root


# --- one job of either orchestrator, normalised -------------------------------------


@dataclass
class Job:
    name: str
    command: dict  # the parsed `advaug` arguments; --params/--config normalised away
    inputs: set[str]
    outputs: set[str]
    settings_json: str | None = None  # what Snakemake passed as --params


def parse_advaug(shell: str) -> tuple[dict, str | None]:
    """The `advaug <verb> ...` arguments as parsed by advaug itself, and --params if given."""
    words = shlex.split(shell)
    for end, word in enumerate(words):
        if word in (">", ">>", "2>&1", "&>", "|", ";", "&&"):
            words = words[:end]
            break
    assert words[0] == "advaug", f"a job must call advaug, got: {shell}"
    try:
        args = vars(build_parser().parse_args(words[1:]))
    except SystemExit:
        raise AssertionError(f"advaug does not accept this command line: {shell}") from None
    for internal in ("func", "argv"):
        args.pop(internal, None)
    settings_json = args.pop("params", None)
    args.pop("config", None)
    return args, settings_json


def snakemake_jobs(workdir: Path) -> list[Job]:
    output = run_tool(str(BIN / "snakemake"), "-n", "-p", "--forceall", "--cores", "2", cwd=workdir)
    blocks: list[dict] = []
    for line in output.splitlines():
        if match := re.match(r"(local)?rule (\S+):$", line):
            blocks.append({"rule": match[2], "input": [], "output": []})
        elif blocks and (match := re.match(r"\s+(input|output): (.*)$", line)):
            blocks[-1][match[1]] = match[2].split(", ")
        elif blocks and line.startswith("Shell command: "):
            blocks[-1]["shell"] = line.removeprefix("Shell command: ")
    jobs = []
    for block in blocks:
        if block["rule"] == "all":
            continue
        assert "shell" in block, f"rule {block['rule']} must run an `advaug` shell command"
        command, settings_json = parse_advaug(block["shell"])
        jobs.append(Job(block["rule"], command, set(block["input"]), set(block["output"]), settings_json))
    return jobs


def dvc_stages(root: Path) -> dict[str, tuple[Job, list[str]]]:
    """Every DVC stage as a Job, with the params.yaml keys it declares."""
    from dvc.dependency.param import ParamsDependency
    from dvc.repo import Repo

    stages = {}
    with Repo(str(root)) as repo:
        for stage in repo.index.stages:
            command, settings_json = parse_advaug(stage.cmd)
            assert settings_json is None and "--config params.yaml" in stage.cmd, (
                f"DVC stage {stage.name} must read its slice with --config params.yaml"
            )
            files = {str(dep.def_path) for dep in stage.deps if not isinstance(dep, ParamsDependency)}
            params = [key for dep in stage.deps if isinstance(dep, ParamsDependency) for key in dep.params]
            outputs = {str(out.def_path) for out in stage.outs}
            stages[stage.name] = (Job(stage.name, command, files, outputs), params)
    return stages


# --- which config keys a job reads ---------------------------------------------------


def slicer_for(verb: str):
    """The advaug.config function computing a verb's slice (its --params): `<verb>_settings`, by convention."""
    name = f"{verb.replace('-', '_')}_settings"
    assert hasattr(cfg, name), f"advaug.config has no {name}() for `advaug {verb}`"
    return getattr(cfg, name)


def slice_for(config: dict, command: dict):
    slicer = slicer_for(command["command"])
    names = list(inspect.signature(slicer).parameters)[1:]
    return slicer(config, *(command[name] for name in names))


class ReadLog(dict):
    """A config that records which dotted keys a slicer reads.

    A key counts as read whole when its value is a leaf, is handed on as it is,
    or is iterated or probed with `in`; reading a key inside it instead
    counts only that key.
    """

    def __init__(self, data: dict, path: str, whole: set[str]):
        super().__init__(data)
        self.path, self.whole = path, whole

    def _child(self, key, value):
        path = f"{self.path}{key}"
        if isinstance(value, dict):
            return ReadLog(value, f"{path}.", self.whole)
        self.whole.add(path)
        return value

    def __getitem__(self, key):
        return self._child(key, super().__getitem__(key))

    def get(self, key, default=None):
        if dict.__contains__(self, key):
            return self[key]
        self.whole.add(f"{self.path}{key}")  # absent: the slice depends on the key all the same
        return default

    def _read_whole(self):
        self.whole.add(self.path.rstrip("."))

    def __contains__(self, key):
        self._read_whole()
        return super().__contains__(key)

    def __iter__(self):
        self._read_whole()
        return super().__iter__()

    def keys(self):
        self._read_whole()
        return super().keys()

    def items(self):
        self._read_whole()
        return super().items()

    def values(self):
        self._read_whole()
        return super().values()


def keys_read(config: dict, command: dict) -> set[str]:
    whole: set[str] = set()
    pending = [slice_for(ReadLog(config, "", whole), command)]
    if command["command"] == "report":  # and the study's runs, which DVC's report stage lists itself
        pending.append(cfg.report_inputs(ReadLog(config, "", whole)))
    while pending:  # dicts handed on as they are were read whole
        value = pending.pop()
        if isinstance(value, ReadLog):
            whole.add(value.path.rstrip("."))
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, (list, tuple)):
            pending.extend(value)
    return {key for key in whole if not any(key.startswith(f"{other}.") for other in whole)}


SNAKEMAKE_BENCHMARKS = "results/benchmarks"  # written by Snakemake's benchmark: directive only


def covers(dep: str, path: str) -> bool:
    """A DVC dependency on a directory stands for a rule's inputs inside it."""
    return path == dep or path.startswith(f"{dep}/")


def lookup(params: dict, dotted: str) -> bool:
    node = params
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


# --- the tests -----------------------------------------------------------------------


def test_dvc_stages_match_snakemake_jobs(repo_copy):
    """Same commands, inputs and outputs; the JSON slice Snakemake passes equals what
    `--config params.yaml` computes; each stage declares exactly the keys it reads."""
    config = cfg.load_config(repo_copy / "params.yaml")
    raw_params = yaml.safe_load((repo_copy / "params.yaml").read_text())
    snakemake = snakemake_jobs(repo_copy)
    stages = dvc_stages(repo_copy)
    assert snakemake and len(stages) == len(snakemake), (
        f"{len(snakemake)} Snakemake jobs but {len(stages)} DVC stages: {sorted(stages)}"
    )
    by_outputs = {frozenset(job.outputs): (job, params) for job, params in stages.values()}
    for job in snakemake:
        assert frozenset(job.outputs) in by_outputs, (
            f"no DVC stage writes {sorted(job.outputs)} (rule {job.name})"
        )
        stage, declared = by_outputs[frozenset(job.outputs)]
        if job.settings_json is not None:
            expected = cfg.as_json(slice_for(config, job.command))
            assert json.loads(job.settings_json) == json.loads(expected), f"rule {job.name}: --params drifted"
        if stage.command.get("metrics") == []:  # report: no files given = the study's runs
            stage.command["metrics"] = cfg.report_inputs(config)
            stage.command.update(cfg.report_extras(config))
            # Snakemake's benchmark files (time per rule) have no DVC counterpart
            assert stage.command["benchmarks"] == [] and job.command["benchmarks"]
            stage.command["benchmarks"] = job.command["benchmarks"]
        assert stage.command == job.command, f"{stage.name} runs a different command than rule {job.name}"
        uncovered = sorted(
            path
            for path in job.inputs
            if not any(covers(dep, path) for dep in stage.inputs) and not covers(SNAKEMAKE_BENCHMARKS, path)
        )
        assert not uncovered, f"{stage.name} does not depend on {uncovered}"
        extra = sorted(dep for dep in stage.inputs if not any(covers(dep, path) for path in job.inputs))
        assert not extra, f"{stage.name} depends on {extra}, which rule {job.name} does not read"
        assert sorted(declared) == sorted(keys_read(config, job.command)), (
            f"{stage.name} must declare exactly the params.yaml keys its slice reads"
        )
        missing = [key for key in declared if not lookup(raw_params, key)]
        assert not missing, f"params.yaml lacks {missing}, which DVC stage {stage.name} declares"


def test_params_yaml_lists_every_method_and_model():
    """DVC stops on a declared key missing from params.yaml, so `dvc exp run -S methods=[...]`
    works for any name only when every method and model has an entry (`{}` for none)."""
    schema = cfg.load_schema()["properties"]
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    for section, names in (("method_params", schema["methods"]["items"]["enum"]),
                           ("model_params", schema["models"]["items"]["enum"])):
        missing = sorted(set(names) - set(params.get(section) or {}))
        assert not missing, f"params.yaml {section} lacks {missing}; add them with {{}}"


def ran_stages(output: str) -> set[str]:
    return set(re.findall(r"Running stage '([^']+)'", output))


def run(method: str, seed: int = 0) -> set[str]:
    """The train and evaluate stages of one run of the tiny study."""
    return {f"train@digits-small_cnn-{method}-{seed}", f"evaluate@digits-small_cnn-{method}-{seed}"}


def generated(seed: int = 0) -> set[str]:
    """The stages of the generated-set methods, which DVC always runs."""
    return {
        f"train_gan_aug@digits-small_cnn-{seed}", f"train_uae_aug@digits-small_cnn-{seed}",
        f"evaluate_generated@digits-small_cnn-gan_aug-{seed}", f"evaluate_generated@digits-small_cnn-uae_aug-{seed}",
    }


# Figures drawn from every method's first-seed run or parameters: downstream of any one method.
SHARED_FIGURES = {"umap@digits-small_cnn", "gallery@digits"}
SHARED_SETS = {"prepare@digits", "corrupt@digits", "train_gan@digits", "sample_gan@digits",
               "unrestricted@digits-small_cnn", "perturb_testset@digits-small_cnn"}


def dvc(root: Path, *args: str) -> str:
    return run_tool(str(BIN / "dvc"), *args, cwd=root)


@pytest.mark.slow
def test_dvc_repro_reruns_exactly_what_changed(repo_copy):
    """All stages run once; a second repro runs nothing; `dvc exp run -S` on one method's
    parameter re-runs only that method's stages and the report, on the study lists only
    the new runs; the default remote takes and gives back every cached output."""
    (repo_copy / "params.yaml").write_text(yaml.safe_dump(tiny_params(), sort_keys=False))
    first = dvc(repo_copy, "repro")
    assert ran_stages(first) == {*SHARED_SETS, *SHARED_FIGURES, "report", *run("baseline"), *run("rr"), *generated()}
    assert ran_stages(dvc(repo_copy, "repro")) == set()
    assert "up to date" in dvc(repo_copy, "status")
    shown = subprocess.run([str(BIN / "dvc"), "plots", "show", "--json"], cwd=repo_copy, env=tool_env(),
                           capture_output=True, text=True, check=True)
    plots = json.loads(shown.stdout)
    assert not plots.get("errors"), plots["errors"]
    curves = [path for path in plots["data"] if path.endswith("history.csv")]
    assert len(curves) == 4 and all(plots["data"][path][0]["type"] == "vega" for path in curves)  # 2 + gan_aug, uae_aug

    subprocess.run(["git", "add", "-A"], cwd=repo_copy, check=True)
    subprocess.run(["git", "commit", "-qm", "tiny study"], cwd=repo_copy, check=True)
    changed = dvc(repo_copy, "exp", "run", "-S", "method_params.rr.max_angle=15")
    assert ran_stages(changed) == {*run("rr"), *SHARED_FIGURES, "report"}
    meta = json.loads((repo_copy / "results/runs/digits/small_cnn/rr/seed0/train_meta.json").read_text())
    assert meta["settings"]["method_params"] == {"max_angle": 15}

    varied = dvc(repo_copy, "exp", "run", "-S", "methods=[baseline]", "-S", "seeds=[0,1]")
    assert ran_stages(varied) == {*run("baseline", seed=1), *generated(seed=1), *SHARED_FIGURES, "report"}
    runs = pd.read_csv(next((repo_copy / "results/report").rglob("runs.csv")))
    assert sorted(zip(runs["method"], runs["seed"])) == [
        (m, s) for m in ("baseline", "gan_aug", "uae_aug") for s in (0, 1)
    ]

    dvc(repo_copy, "push")
    assert any((repo_copy.parent / "advaug-dvc-remote").rglob("*")), "the default remote stayed empty"
    run_dir = repo_copy / "results/runs/digits/small_cnn/baseline/seed1"
    for name in ("model.pt", "metrics.json", "history.csv"):
        (run_dir / name).unlink()
    shutil.rmtree(repo_copy / ".dvc/cache")
    dvc(repo_copy, "pull")
    assert all((run_dir / name).exists() for name in ("model.pt", "metrics.json", "history.csv"))
    assert "up to date" in dvc(repo_copy, "status")
