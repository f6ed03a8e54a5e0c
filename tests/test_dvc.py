"""DVC runs the pipeline Snakemake runs: dvc.yaml is generated (`advaug dvc-yaml`) from
the results layout Snakemake's rules use, the committed file is what the generator
writes, both orchestrators plan the same commands on the same files, and `dvc repro`
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
from advaug import layout
from advaug.cli import build_parser, main
from advaug.dvc_yaml import COMMAND, SLICES, generate
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
    # --usage: the file beside a job's Snakemake benchmark file (DVC writes neither)
    for internal in ("func", "argv", "usage"):
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


def per_run(job: Job) -> list[Job]:
    """A Snakemake evaluate job takes every seed of a method (--run/--out pairs) where DVC has
    one stage per run: the job seen as one job per pair, each with its own model and files."""
    runs = job.command.get("run") if job.command["command"] == "evaluate" else None
    if not runs or len(runs) == 1:
        return [job]
    views = []
    for run, out in zip(runs, job.command["out"], strict=True):
        others = [other for other in runs if other != run]
        inputs = {path for path in job.inputs if not any(covers(other, path) for other in others)}
        outputs = {path for path in job.outputs if covers(run, path)}
        views.append(Job(job.name, {**job.command, "run": [run], "out": [out]}, inputs, outputs, job.settings_json))
    assert set().union(*(view.outputs for view in views)) == job.outputs, f"{job.name}: an output of no run"
    return views


def dvc_stages(root: Path) -> dict[str, Job]:
    """Every DVC stage as a Job."""
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
            stages[stage.name] = Job(stage.name, command, files, {str(out.def_path) for out in stage.outs})
    return stages


def slice_for(config: dict, command: dict):
    """The job's config slice, computed by the verb's slice function (advaug.dvc_yaml.SLICES)."""
    slicer = SLICES[command["command"]]
    names = list(inspect.signature(slicer).parameters)[1:]
    return slicer(config, *(command[name] for name in names))


SNAKEMAKE_BENCHMARKS = layout.BENCHMARKS_DIR  # written by Snakemake's benchmark: directive only


def covers(dep: str, path: str) -> bool:
    """A DVC dependency on a directory stands for a rule's inputs inside it."""
    return path == dep or path.startswith(f"{dep}/")


# --- the tests -----------------------------------------------------------------------


def test_committed_dvc_yaml_is_the_generated_one():
    """dvc.yaml is never edited by hand: it is what `advaug dvc-yaml` writes from the layout."""
    committed = (REPO / "dvc.yaml").read_text()
    assert committed == generate(REPO / "dvc.yaml"), (
        f"dvc.yaml differs from what the layout and params.yaml generate: run `{COMMAND}` and commit dvc.yaml"
    )


def test_dvc_yaml_check_and_a_key_params_yaml_lacks(tmp_path, capsys):
    """`--check` fails on a stale file; a key a stage would declare but params.yaml lacks
    (DVC would stop on it) is one line naming the file and the key, and nothing is written."""
    shutil.copy(REPO / "params.yaml", tmp_path / "params.yaml")
    out = tmp_path / "dvc.yaml"
    assert main(["dvc-yaml", "--out", str(out), "--check"]) == 2 and not out.exists()
    assert main(["dvc-yaml", "--out", str(out)]) == 0
    assert main(["dvc-yaml", "--out", str(out), "--check"]) == 0
    assert out.read_text() == (REPO / "dvc.yaml").read_text()

    params = yaml.safe_load((tmp_path / "params.yaml").read_text())
    del params["method_params"]["gan_aug"]
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    out.unlink()
    capsys.readouterr()
    assert main(["dvc-yaml", "--out", str(out)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "params.yaml" in error and "method_params.gan_aug" in error, error
    assert not out.exists()


def test_dvc_stages_match_snakemake_jobs(repo_copy):
    """Both orchestrators plan the same jobs: the same outputs (the stage outs and the dry
    run's job outputs are one set of paths), the same `advaug` command on the same inputs,
    and the JSON slice Snakemake passes equals what `--config params.yaml` computes. A
    Snakemake evaluate job (every seed of a method) is compared run by run (per_run)."""
    config = cfg.load_config(repo_copy / "params.yaml")
    jobs = snakemake_jobs(repo_copy)
    snakemake = [view for job in jobs for view in per_run(job)]
    evaluate_jobs = [job for job in jobs if job.name == "evaluate"]
    assert evaluate_jobs and all(len(job.command["run"]) == len(config["seeds"]) > 1 for job in evaluate_jobs)
    stages = dvc_stages(repo_copy)
    assert {p for job in snakemake for p in job.outputs} == {p for job in stages.values() for p in job.outputs}
    assert len(stages) == len(snakemake), f"{len(snakemake)} Snakemake jobs but {len(stages)} DVC stages"
    by_outputs = {frozenset(job.outputs): job for job in stages.values()}
    for job in snakemake:
        assert frozenset(job.outputs) in by_outputs, f"no DVC stage writes exactly {sorted(job.outputs)} (rule {job.name})"
        stage = by_outputs[frozenset(job.outputs)]
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
