"""Every file a user (or an earlier job) hands in, tried broken: truncated, not what its
name says, or with the wrong dtype or shape. Each ends as one line naming the file and
what to do (exit status 2, no traceback), and nothing appears under a final name."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
from pathlib import Path

import numpy as np
import pytest

from conftest import run_cli

TRAIN_SETTINGS = {"device": "cpu", "training": {"epochs": 1, "batch_size": 64, "lr": 0.05, "momentum": 0.9,
                  "nesterov": True, "weight_decay": 0.0, "schedule": "cosine", "warmup_epochs": 0,
                  "label_smoothing": 0.0, "crop_padding": 2, "precision": "fp32", "channels_last": False,
                  "compile": False, "eval_batch_size": 256, "eval_every": 1, "train_fraction": 1.0, "nproc": 1},
                  "method_params": {}, "model_params": {"widths": [4, 8, 8]}}


def truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def splits(images_dtype=np.uint8, image_shape=(8, 8, 3)) -> dict:
    rng = np.random.default_rng(0)
    make = lambda n: (rng.random((n, *image_shape)) * 255).astype(images_dtype)  # noqa: E731
    return {"train_images": make(20), "train_labels": np.arange(20) % 2,
            "test_images": make(10), "test_labels": np.arange(10) % 2}


def npz_file(tmp: Path, **kwargs) -> Path:
    path = tmp / "set.npz"
    np.savez(path, **splits(**kwargs))
    return path


def png_tree(tmp: Path) -> Path:
    from PIL import Image

    root = tmp / "tree"
    for split in ("train", "test"):
        for cls in ("a", "b"):
            (root / split / cls).mkdir(parents=True)
            for index in range(2):
                Image.fromarray(np.full((8, 8, 3), 40 * index, np.uint8)).save(root / split / cls / f"{index}.png")
    return root


def prepare(spec: str, out: Path, params: dict | None = None) -> list[str]:
    settings = params or {"cache_dir": str(out.parent / "cache"), "sources": {}}
    return ["prepare", "--dataset", spec, "--out", str(out), "--params", json.dumps(settings)]


def train(data: Path, out: Path, method: str = "baseline") -> list[str]:
    return ["train", "--data", str(data), "--method", method, "--model", "small_cnn", "--seed", "0",
            "--out", str(out), "--threads", "1", "--params", json.dumps(TRAIN_SETTINGS)]


def copy_prepared(digits_dir: Path, target: Path) -> Path:
    shutil.copytree(digits_dir, target)
    return target


# Each case builds its broken input in tmp and returns (CLI arguments, the culprit, the output).
def case_npz_truncated(tmp, digits_dir):
    culprit = truncate(npz_file(tmp))
    return prepare(f"npz:{culprit}", tmp / "out"), culprit, tmp / "out"


def case_npz_not_an_archive(tmp, digits_dir):
    culprit = tmp / "set.npz"
    culprit.write_bytes(b"\x89PNG not an archive at all")
    return prepare(f"npz:{culprit}", tmp / "out"), culprit, tmp / "out"


def case_npz_float_images(tmp, digits_dir):
    culprit = npz_file(tmp, images_dtype=np.float32)
    return prepare(f"npz:{culprit}", tmp / "out"), culprit, tmp / "out"


def case_npz_images_without_channels(tmp, digits_dir):
    culprit = npz_file(tmp, image_shape=(8, 8))
    return prepare(f"npz:{culprit}", tmp / "out"), culprit, tmp / "out"


def case_folder_unreadable_png(tmp, digits_dir):
    root = png_tree(tmp)
    culprit = root / "train" / "b" / "9.png"
    culprit.write_bytes(b"this is not a png")
    return prepare(f"folder:{root}", tmp / "out"), culprit, tmp / "out"


def case_folder_truncated_png(tmp, digits_dir):
    root = png_tree(tmp)
    culprit = truncate(root / "test" / "a" / "1.png")
    return prepare(f"folder:{root}", tmp / "out"), culprit, tmp / "out"


def case_config_truncated(tmp, digits_dir):
    culprit = tmp / "study.yaml"
    culprit.write_text("datasets: [digits]\ntraining: {epochs: [1,\n")
    return ["prepare", "--dataset", "digits", "--out", str(tmp / "out"), "--config", str(culprit)], culprit, tmp / "out"


def case_config_wrong_type(tmp, digits_dir):
    culprit = tmp / "study.yaml"
    culprit.write_text("datasets: [digits]\nmodels: [small_cnn]\nmethods: [baseline]\nseeds: [0]\n"
                       "training: {epochs: many}\n")
    return ["prepare", "--dataset", "digits", "--out", str(tmp / "out"), "--config", str(culprit)], culprit, tmp / "out"


def case_cached_download_truncated(tmp, digits_dir):
    archive = tmp / "cifar-10-python.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        payload = np.random.default_rng(0).bytes(200_000)
        info = tarfile.TarInfo("cifar-10-batches-py/data_batch_1")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    truncate(archive)
    md5 = hashlib.md5(archive.read_bytes()).hexdigest()
    params = {"cache_dir": str(tmp / "cache"), "sources": {"cifar10": {"url": archive.as_uri(), "md5": md5}}}
    return prepare("cifar10", tmp / "out", params), "cifar-10-python.tar.gz", tmp / "out"


def case_checkpoint_truncated(tmp, digits_dir):
    out = tmp / "run"
    out.mkdir()
    culprit = out / "checkpoint.pt"
    culprit.write_bytes(b"PK\x03\x04 half a checkpoint")
    return train(digits_dir, out), culprit, out


def case_trained_model_truncated(tmp, digits_dir):
    run = tmp / "run"
    run.mkdir()
    culprit = run / "model.pt"
    culprit.write_bytes(b"\x80\x02 not a model")
    settings = {"device": "cpu", "evaluation": {"ece_bins": 15, "knn_k": 3, "robust": {"enabled": False},
                                                "perturbed": {"enabled": False}, "umap": False},
                "eval_batch_size": 256}
    command = ["evaluate", "--run", str(run), "--data", str(digits_dir), "--out", str(tmp / "eval" / "metrics.json"),
               "--params", json.dumps(settings)]
    return command, culprit, tmp / "eval"


def evaluate_with_generated_set(tmp, digits_dir, generated: Path) -> list[str]:
    """A real (one-epoch) run evaluated on a generated set, as the evaluate rule passes AC-GAN samples."""
    run_cli(*train(digits_dir, tmp / "run"))
    settings = {"device": "cpu", "evaluation": {"ece_bins": 15, "knn_k": 3, "robust": {"enabled": False},
                                                "perturbed": {"enabled": False}, "umap": False},
                "eval_batch_size": 256}
    return ["evaluate", "--run", str(tmp / "run"), "--data", str(digits_dir), "--gan-samples", str(generated),
            "--out", str(tmp / "eval" / "metrics.json"), "--params", json.dumps(settings)]


def case_generated_set_truncated(tmp, digits_dir):
    generated = copy_prepared(digits_dir, tmp / "samples")
    culprit = truncate(generated / "data.npz")
    return evaluate_with_generated_set(tmp, digits_dir, generated), culprit, tmp / "eval"


def case_generated_set_wrong_dtype(tmp, digits_dir):
    generated = copy_prepared(digits_dir, tmp / "samples")
    culprit = generated / "data.npz"
    with np.load(culprit) as arrays:
        broken = {key: arrays[key] for key in arrays.files}
    broken["test_images"] = broken["test_images"].astype(np.float32)
    np.savez(culprit, **broken)
    return evaluate_with_generated_set(tmp, digits_dir, generated), culprit, tmp / "eval"


def case_prepared_meta_broken(tmp, digits_dir):
    data = copy_prepared(digits_dir, tmp / "data")
    culprit = data / "meta.json"
    culprit.write_text('{"name": "digits", ')
    return train(data, tmp / "run"), culprit, tmp / "run"


def case_generator_truncated(tmp, digits_dir):
    culprit = tmp / "generator.pt"
    culprit.write_bytes(b"PK\x03\x04")
    settings = {"device": "cpu", "gan": {"samples_per_class": 2, "seed": 0}}
    command = ["sample-gan", "--generator", str(culprit), "--out", str(tmp / "samples"), "--params",
               json.dumps(settings)]
    return command, culprit, tmp / "samples"


CASES = {name.removeprefix("case_"): func for name, func in globals().items() if name.startswith("case_")}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_input_ends_in_one_line_naming_the_file(case, tmp_path, digits_dir):
    command, culprit, out = CASES[case](tmp_path, digits_dir)
    before = {p for p in out.rglob("*")} if out.exists() else set()
    result = run_cli(*command, check=False)
    message = result.stderr.strip()
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "\n" not in message, result.stderr[-3000:]
    assert str(culprit) in message, message
    after = {p for p in out.rglob("*")} if out.exists() else set()
    assert not [p for p in after - before if p.is_file()], sorted(after - before)
