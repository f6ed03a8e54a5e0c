"""`advaug bench`: it times the training loop's own step, under the config's settings."""

from __future__ import annotations

import json

import pytest
import torch
import yaml
from conftest import REPO, run_cli

from advaug.config import load_config
from advaug.data.canonical import PreparedData
from advaug.training.bench import bench_settings, bench_train_step, run_bench, synthetic_cifar
from advaug.training.loop import RunSpec, train


def _small_config(tmp_path, **training):
    config = yaml.safe_load((REPO / "params.yaml").read_text())
    config["training"].update(training)
    path = tmp_path / "study.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_bench_writes_its_json_schema(tmp_path):
    out = tmp_path / "bench.json"
    run_cli(
        "bench", "--methods", "baseline", "rr", "randaugment", "--model", "small_cnn", "--batch-size", "32",
        "--device", "cpu", "--warmup", "1", "--steps", "2", "--images", "128", "--out", str(out),
        "--note", "shared machine",
    )
    report = json.loads(out.read_text())
    assert set(report) == {"settings", "environment", "methods", "reference_torchvision_dataloader", "augmentation_only"}
    assert report["settings"]["batch_size"] == 32 and report["settings"]["precision"] == "fp32"
    assert {"device", "device_name", "torch_version", "torchvision_version"} <= set(report["environment"])
    assert report["environment"]["note"] == "shared machine"
    assert set(report["methods"]) == {"baseline", "rr", "randaugment"}
    for entry in report["methods"].values():
        assert entry["images_per_s"] > 0 and entry["median_step_s"] > 0
    assert report["methods"]["baseline"]["relative_to_baseline"] == 1.0
    for name in ("rr", "randaugment"):  # against the baseline steps timed in turns with its own
        entry = report["methods"][name]
        assert entry["relative_to_baseline"] == entry["median_step_s"] / entry["baseline_median_step_s"]
    assert report["reference_torchvision_dataloader"]["images_per_s"] > 0
    augmentation = report["augmentation_only"]["randaugment"]
    assert augmentation["speedup"] == augmentation["batched_images_per_s"] / augmentation["torchvision_images_per_s"]


def test_steps_are_timed_in_turns_after_every_warmup():
    """A drifting machine slows both sides of a ratio alike only if their steps interleave."""
    from advaug.training.bench import _timed_alternately

    calls = []
    times = _timed_alternately([lambda: calls.append("method"), lambda: calls.append("baseline")], 2, 3,
                               torch.device("cpu"))
    assert calls == ["method"] * 2 + ["baseline"] * 2 + ["method", "baseline"] * 3
    assert [len(seconds) for seconds in times] == [3, 3]


def test_bench_settings_come_from_the_config(tmp_path):
    """Crop padding, batch size, model and method parameters are the config's; the CLI
    overrides only the batch size (and compile)."""
    path = _small_config(tmp_path, crop_padding=3, batch_size=24)
    config = yaml.safe_load(path.read_text())
    config["method_params"]["rr"] = {"max_angle": 7}
    config["model_params"]["small_cnn"] = {"widths": [8, 16], "embed_dim": 32}
    path.write_text(yaml.safe_dump(config))
    out = tmp_path / "bench.json"
    run_cli("bench", "--config", str(path), "--methods", "rr", "--device", "cpu", "--warmup", "0", "--steps", "1",
            "--images", "48", "--out", str(out))
    settings = json.loads(out.read_text())["settings"]
    assert settings["model"] == "small_cnn"  # the config's first model
    assert settings["crop_padding"] == 3 and settings["batch_size"] == 24
    assert settings["model_params"] == {"widths": [8, 16], "embed_dim": 32}
    assert settings["method_params"]["rr"] == {"max_angle": 7}
    assert settings["channels_last"] is True and settings["compile"] is False  # auto: channels_last on the CPU too

    overridden = bench_settings(load_config(path), "rr", "small_cnn", batch_size=8, compile_model=True)
    assert overridden["training"]["batch_size"] == 8 and overridden["training"]["compile"] is True
    assert overridden["training"]["crop_padding"] == 3


@pytest.mark.parametrize("method", ["baseline", "randaugment", "dr", "angular"])
def test_bench_runs_the_loops_step(tmp_path, method):
    """One step through the bench and one through the training loop, same seed and
    images, leave bit-identical parameters: they are the same step."""
    config = load_config(_small_config(tmp_path, epochs=1, batch_size=16, eval_every=1))
    config["model_params"]["small_cnn"] = {"widths": [8, 16], "embed_dim": 16}
    config["method_params"]["angular"]["samples_per_class"] = 4  # class-balanced batches: 4 classes x 4
    settings = bench_settings(config, method, "small_cnn")
    images, labels = synthetic_cifar(16, seed=3)
    labels = torch.arange(16) % 4 if method == "angular" else labels
    data = PreparedData(
        name="synthetic", train_images=images, train_labels=labels, test_images=images[:4], test_labels=labels[:4],
        class_names=[str(c) for c in range(10)], mean=(0.5, 0.5, 0.5), std=(0.25, 0.25, 0.25), hflip=True, meta={},
    )
    train(data, RunSpec(method, "small_cnn", 0, settings, "cpu"), tmp_path / "run")
    looped = torch.load(tmp_path / "run" / "model.pt", weights_only=False)["state_dict"]

    step, run = bench_train_step(method, "small_cnn", settings, images, labels, torch.device("cpu"), total_steps=1)
    run(0)
    benched = step.model.state_dict()
    assert set(benched) == set(looped)
    for key, value in looped.items():
        assert torch.equal(benched[key], value), key
    # and the step did train: the parameters moved from their initial values
    torch.manual_seed(0)
    fresh, _ = bench_train_step(method, "small_cnn", settings, images, labels, torch.device("cpu"), total_steps=1)
    assert not torch.equal(fresh.model.state_dict()["head.weight"], benched["head.weight"])


def test_bench_report_records_the_loop_step(tmp_path):
    config = load_config(_small_config(tmp_path))
    report = run_bench(config, ["baseline"], "small_cnn", "cpu", 0, 1, 0, 256, tmp_path / "b.json", batch_size=16)
    assert "TrainStep" in report["settings"]["step"]
    assert report["settings"]["crop_padding"] == config["training"]["crop_padding"]
