"""`advaug evaluate` with several --run/--out pairs, as the Snakemake rule calls it for every seed
of a method: each run's files must be byte-identical to those of its own command (the attacks'
random draws are seeded per call, not carried from one run to the next)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

TRAIN = {"device": "cpu", "training": {"epochs": 1, "batch_size": 64, "lr": 0.05, "momentum": 0.9,
         "nesterov": True, "weight_decay": 0.0, "schedule": "cosine", "warmup_epochs": 0,
         "label_smoothing": 0.0, "crop_padding": 2, "precision": "fp32", "channels_last": False,
         "compile": False, "eval_batch_size": 256, "eval_every": 1, "train_fraction": 1.0, "nproc": 1},
         "method_params": {}, "model_params": {"widths": [4, 8, 8]}}
# PGD's random start and FGSM make the comparison depend on the attacks' generators
EVALUATE = {"device": "cpu", "eval_batch_size": 256,
            "evaluation": {"ece_bins": 15, "knn_k": 3, "perturbed": {"enabled": False}, "umap": False,
                           "robust": {"enabled": True, "eps": 0.03, "pgd_steps": 2, "pgd_alpha": 0.01}}}


@pytest.fixture(scope="module")
def two_runs(digits_dir, tmp_path_factory):
    """Two one-epoch runs of different seeds (different weights)."""
    root = tmp_path_factory.mktemp("runs")
    for seed in (0, 1):
        run_cli("train", "--data", str(digits_dir), "--method", "baseline", "--model", "small_cnn",
                "--seed", str(seed), "--out", str(root / f"seed{seed}"), "--threads", "1",
                "--params", json.dumps(TRAIN))
    return [root / "seed0", root / "seed1"]


def evaluate(digits_dir, pairs) -> None:
    args = [arg for run, out in pairs for arg in ("--run", str(run), "--out", str(out))]
    run_cli("evaluate", "--data", str(digits_dir), *args, "--threads", "1", "--params", json.dumps(EVALUATE))


def test_one_command_writes_what_one_command_per_run_writes(two_runs, digits_dir, tmp_path):
    for run in two_runs:
        evaluate(digits_dir, [(run, tmp_path / "apart" / run.name / "metrics.json")])
    evaluate(digits_dir, [(run, tmp_path / "together" / run.name / "metrics.json") for run in two_runs])

    written = {}
    for way in ("apart", "together"):
        written[way] = [(tmp_path / way / run.name / "metrics.json").read_bytes() for run in two_runs]
    assert written["together"] == written["apart"]
    seeds = [json.loads(text)["seed"] for text in written["together"]]
    assert seeds == [0, 1] and written["together"][0] != written["together"][1]
    assert "pgd_top1" in json.loads(written["together"][0])["robust"]


def test_a_run_without_its_out_is_a_one_line_error_and_writes_nothing(two_runs, digits_dir, tmp_path):
    out = tmp_path / "metrics.json"
    result = run_cli("evaluate", "--data", str(digits_dir), "--run", str(two_runs[0]), "--run", str(two_runs[1]),
                     "--out", str(out), "--params", json.dumps(EVALUATE), check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "advaug evaluate: error: evaluate got 2 --run but 1 --out; give one --out per --run, in the same order"
    )
    assert not out.exists()
