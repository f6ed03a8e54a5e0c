"""The shared training loop: seeded determinism, exact resume after SIGKILL, and
data-parallel training under torchrun (gloo, 2 CPU processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from advaug.config import as_json, train_settings, validate_config

from conftest import REPO

TINY = {"small_cnn": {"widths": [8, 16, 32]}}


def settings(method="rr", epochs=3, **training):
    config = validate_config(
        {
            "datasets": ["digits"],
            "models": ["small_cnn"],
            "methods": [method],
            "seeds": [0],
            "device": "cpu",
            "training": {"epochs": epochs, "batch_size": 64, **training},
            "model_params": TINY,
        }
    )
    return train_settings(config, method, "small_cnn")


def train_command(data_dir, out_dir, settings_json, seed=0, method="rr"):
    return [
        sys.executable, "-m", "advaug", "train", "--data", str(data_dir), "--method", method,
        "--model", "small_cnn", "--seed", str(seed), "--out", str(out_dir), "--threads", "1",
        "--params", settings_json,
    ]


def run(command):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def history(out_dir) -> pd.DataFrame:
    return pd.read_csv(out_dir / "history.csv")


def test_same_seed_same_metrics_different_seed_different(digits_dir, tmp_path):
    config = as_json(settings())
    for name, seed in (("a", 0), ("b", 0), ("c", 1)):
        run(train_command(digits_dir, tmp_path / name, config, seed=seed))
    a, b, c = (history(tmp_path / n) for n in "abc")
    pd.testing.assert_series_equal(a["train_loss"], b["train_loss"])
    pd.testing.assert_series_equal(a["test_top1"], b["test_top1"])
    assert not a["train_loss"].equals(c["train_loss"])
    assert not (tmp_path / "a" / "checkpoint.pt").exists()


def test_killed_run_resumes_to_exactly_the_uninterrupted_metrics(digits_dir, tmp_path):
    config = as_json(settings(epochs=4))
    run(train_command(digits_dir, tmp_path / "straight", config))

    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    killed_dir = tmp_path / "killed"
    process = subprocess.Popen(train_command(digits_dir, killed_dir, config), env=env, stderr=subprocess.PIPE, text=True)
    checkpoint = killed_dir / "checkpoint.pt"
    deadline = time.time() + 120
    while not checkpoint.exists() and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "training finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (killed_dir / "model.pt").exists() and not (killed_dir / "history.csv").exists()

    resumed = run(train_command(digits_dir, killed_dir, config))
    assert "resuming" in resumed.stderr
    straight, again = history(tmp_path / "straight"), history(killed_dir)
    for column in ("epoch", "train_loss", "test_top1", "test_loss", "lr"):
        pd.testing.assert_series_equal(straight[column], again[column])


def test_two_process_gloo_matches_one_process(digits_dir, tmp_path):
    one = as_json(settings(method="baseline", epochs=4))
    two = as_json(settings(method="baseline", epochs=4, nproc=2))
    run(train_command(digits_dir, tmp_path / "one", one, method="baseline"))
    result = run(train_command(digits_dir, tmp_path / "two", two, method="baseline"))
    meta = json.loads((tmp_path / "two" / "train_meta.json").read_text())
    assert meta["world_size"] == 2, result.stderr[-2000:]
    acc_one = history(tmp_path / "one")["test_top1"].iloc[-1]
    acc_two = history(tmp_path / "two")["test_top1"].iloc[-1]
    assert acc_one > 0.8 and acc_two > 0.8
    assert abs(acc_one - acc_two) < 0.05


def test_stratified_subset_is_fixed_and_balanced():
    import torch

    from advaug.training.loop import stratified_subset

    labels = torch.arange(10).repeat_interleave(50)
    subset = stratified_subset(labels, 0.2)
    assert len(subset) == 100
    assert torch.bincount(labels[subset]).tolist() == [10] * 10
    assert torch.equal(subset, stratified_subset(labels, 0.2))
    assert len(stratified_subset(labels, 1.0)) == 500


def test_rerun_with_changed_settings_starts_over_and_says_so(digits_dir, tmp_path):
    """Interrupted at lr 0.05 and re-run at lr 0.2: the stale checkpoint is not resumed;
    the run trains from epoch 0 at 0.2, exactly as a fresh run at 0.2 does."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    out = tmp_path / "run"
    process = subprocess.Popen(train_command(digits_dir, out, as_json(settings(epochs=3, lr=0.05))),
                               env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while not (out / "checkpoint.pt").exists() and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "training finished before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait()

    faster = as_json(settings(epochs=3, lr=0.2))
    rerun = run(train_command(digits_dir, out, faster))
    assert "resuming" not in rerun.stderr
    assert "training.lr changed" in rerun.stderr and "starting over" in rerun.stderr
    run(train_command(digits_dir, tmp_path / "fresh", faster))
    pd.testing.assert_frame_equal(history(out).drop(columns=["images_per_s", "epoch_seconds"]),
                                  history(tmp_path / "fresh").drop(columns=["images_per_s", "epoch_seconds"]))
    meta = json.loads((out / "train_meta.json").read_text())
    assert meta["settings"]["training"]["lr"] == 0.2


def test_gan_networks_for_a_method_that_draws_from_none_are_refused(tmp_path):
    """--generator / --discriminator handed to a method without those gan_inputs must not be
    silently unused (checked before any file is read)."""
    from advaug.errors import UserError
    from advaug.methods import METHODS
    from advaug.training.loop import load_gan_inputs

    absent = str(tmp_path / "generator.pt")
    with pytest.raises(UserError, match="baseline.*drop --generator"):
        load_gan_inputs(METHODS.get("baseline"), {"generator": absent}, "cpu")
    with pytest.raises(UserError, match="gan_aug.*drop --discriminator"):
        load_gan_inputs(METHODS.get("gan_aug"), {"generator": absent, "discriminator": absent}, "cpu")
    assert load_gan_inputs(METHODS.get("baseline"), {"generator": None}, "cpu") == []


def test_resume_identity_holds_the_resolved_device():
    """device: auto (or --device) resolves per machine; a checkpoint written on CUDA (bf16 by
    default) must not be resumed by the same config resolved to the CPU (fp32), or the other way."""
    from types import SimpleNamespace

    from advaug.training.loop import RunSpec, training_identity

    data = SimpleNamespace(meta={"file_sha256": "0" * 64})
    config = {"device": "auto", "training": {"lr": 0.05}, "method_params": {}, "model_params": {}}
    on_cpu, on_cuda = (training_identity(RunSpec("baseline", "small_cnn", 0, config, device), data, None, 1)
                       for device in ("cpu", "cuda"))
    assert on_cpu != on_cuda
    assert on_cpu == training_identity(RunSpec("baseline", "small_cnn", 0, config, "cpu"), data, None, 1)
