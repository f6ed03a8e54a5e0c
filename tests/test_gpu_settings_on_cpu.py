"""What the GPU configs switch on, exercised on the CPU: channels_last and bf16
autocast for every registered method (one training step, then an evaluation),
and each paper config's exact training settings for one epoch on real images.

Only the CUDA kernels themselves stay untested here; benchmarks/gpu_check.py
runs the same on a GPU.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import yaml

from advaug.config import evaluate_settings, train_settings, validate_config
from advaug.data.canonical import RawSplits, load_prepared, write_prepared
from advaug.evaluation.evaluate import evaluate_run
from advaug.methods import METHODS
from advaug.training.loop import RunSpec, load_trained, train
from conftest import REPO, SHARED_MINI

TINY_MODEL = {"small_cnn": {"widths": [8, 16, 32], "embed_dim": 16}}
GPU_SETTINGS = {"channels_last": True, "precision": "bf16"}


@pytest.fixture(scope="module")
def rgb_dir(tmp_path_factory):
    """60 train / 20 test 32x32 RGB images in 10 classes (the real CIFAR-10 slice when present)."""
    if SHARED_MINI.exists():
        arrays = np.load(SHARED_MINI)
        pick = lambda split, n: np.concatenate(  # noqa: E731  six (two) images of every class
            [np.flatnonzero(arrays[f"{split}_labels"] == c)[:n] for c in range(10)]
        )
        train_idx, test_idx = pick("train", 6), pick("test", 2)
        images = arrays["train_images"][train_idx], arrays["test_images"][test_idx]
        labels = arrays["train_labels"][train_idx], arrays["test_labels"][test_idx]
    else:
        rng = np.random.default_rng(0)
        images = tuple(rng.integers(0, 256, (n, 32, 32, 3), dtype=np.uint8) for n in (60, 20))
        labels = np.repeat(np.arange(10), 6), np.repeat(np.arange(10), 2)
    splits = RawSplits(images[0], labels[0], images[1], labels[1], [str(c) for c in range(10)])
    out = tmp_path_factory.mktemp("rgb")
    write_prepared(splits, out, "rgb", "test slice")
    return out


@pytest.fixture(scope="module")
def gan_dir(rgb_dir, tmp_path_factory):
    """A small AC-GAN trained for one epoch on the same images, for the methods that draw from one."""
    from advaug.gan.train import train_gan

    out = tmp_path_factory.mktemp("gan")
    tiny = {"z_dim": 8, "g_channels": 8, "d_channels": 8, "batch_size": 20, "n_critic": 1, "epochs": 1,
            "grid_latents": 2}
    train_gan(load_prepared(rgb_dir), tiny, out, "cpu", seed=0)
    return out


def study(method: str, training: dict, **extra) -> dict:
    return validate_config(
        {
            "datasets": ["digits"], "models": ["small_cnn"], "methods": ["baseline"], "seeds": [0], "device": "cpu",
            "training": training, "model_params": TINY_MODEL,
            "evaluation": {"robust": {"enabled": True, "pgd_steps": 2}, "perturbed": {"enabled": False}},
            **extra,
        }
    )


@pytest.mark.parametrize("method", METHODS.names())
def test_method_trains_and_evaluates_in_channels_last_under_bf16(method, rgb_dir, gan_dir, tmp_path):
    """One step (batch 40) of every method with the GPU memory format and autocast, then
    an evaluation of the model in the same format and precision."""
    params = {"angular": {"samples_per_class": 4}}.get(method, {})
    config = study(method, {"epochs": 1, "batch_size": 40, **GPU_SETTINGS}, method_params={method: params})
    data = load_prepared(rgb_dir)
    gan_paths = {name: gan_dir / f"{name}.pt" for name in METHODS.get(method).gan_inputs}
    run_dir = tmp_path / "run"
    meta = train(data, RunSpec(method, "small_cnn", 0, train_settings(config, method, "small_cnn"), "cpu"),
                 run_dir, gan_paths)
    assert meta["precision"] == "bf16" and meta["channels_last"] is True
    assert meta["steps_per_epoch"] == 1
    model, _ = load_trained(run_dir / "model.pt")
    assert all(math.isfinite(float(p.abs().sum())) for p in model.parameters())
    metrics = evaluate_run(run_dir, rgb_dir, tmp_path / "metrics.json", evaluate_settings(config), device="cpu")
    assert metrics["precision"] == "bf16" and metrics["channels_last"] is True
    for value in (metrics["clean"]["top1"], metrics["knn"]["top1"], metrics["robust"]["pgd_top1"]):
        assert 0.0 <= value <= 1.0


# --- the paper configs' own training settings ---------------------------------------

# One method per paper config, the one its settings stress most: RandAugment's policy ops
# (the channels_last failure), angular's class-balanced batches on a 20 % subset, FGSM.
PAPER_RUNS = {"paper.yaml": "randaugment", "paper-robustness.yaml": "angular", "paper-gan.yaml": "fgsm_at"}


def paper_config(name: str) -> dict:
    return validate_config(yaml.safe_load((REPO / "config" / name).read_text()), source=name)


@pytest.fixture(scope="module")
def cifar_slice(tmp_path_factory):
    """130 training and 20 test images of every CIFAR-10 class (enough for 20 % of it to fill
    one class-balanced batch of 260), from the shared real-image slice."""
    if not SHARED_MINI.exists():
        pytest.skip(f"{SHARED_MINI} is absent (the shared CIFAR-10 slice)")
    arrays = np.load(SHARED_MINI)

    def pick(split, n):
        return np.concatenate([np.flatnonzero(arrays[f"{split}_labels"] == c)[:n] for c in range(10)])

    train_idx, test_idx = pick("train", 130), pick("test", 20)
    splits = RawSplits(arrays["train_images"][train_idx], arrays["train_labels"][train_idx],
                       arrays["test_images"][test_idx], arrays["test_labels"][test_idx], [str(c) for c in range(10)])
    out = tmp_path_factory.mktemp("cifar-slice")
    write_prepared(splits, out, "cifar10-slice", str(SHARED_MINI))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PAPER_RUNS))
def test_paper_training_settings_run_one_epoch_on_cpu(name, cifar_slice, tmp_path):
    """The config's training block as written (bf16, channels_last, torch.compile, its
    optimiser, schedule, batch size, train fraction) and its method parameters, for one epoch.

    The model is the tiny CNN: on this CPU one bf16 ResNet-18 step of 64 images takes
    ~100 s and compiling it ~290 s; test_paper_models_step_in_channels_last_bf16 runs the
    configs' own models, without compile."""
    config = paper_config(name)
    method = PAPER_RUNS[name]
    settings = train_settings(config, method, config["models"][0])
    settings["training"] = {**settings["training"], "epochs": 1}
    settings.update(device="cpu", model_params=TINY_MODEL["small_cnn"])
    meta = train(load_prepared(cifar_slice), RunSpec(method, "small_cnn", 0, settings, "cpu"), tmp_path)
    training = config["training"]
    assert meta["precision"] == training["precision"] == "bf16"
    assert meta["channels_last"] is training["channels_last"] is True
    assert meta["batch_size"] == min(training["batch_size"], int(1300 * training["train_fraction"]))
    history = (tmp_path / "history.csv").read_text().splitlines()
    assert len(history) == 2, history


@pytest.mark.parametrize("name", sorted(PAPER_RUNS))
def test_paper_models_step_in_channels_last_bf16(name):
    """Each paper config's model (with its model_params) takes an SGD step on a channels_last
    batch under CPU bf16 autocast and gives finite logits."""
    from advaug.training.loop import build_classifier
    from advaug.data.canonical import PreparedData

    config = paper_config(name)
    model_name = config["models"][0]
    images = torch.randint(0, 256, (4, 3, 32, 32), dtype=torch.uint8)
    labels = torch.arange(4)
    info = PreparedData("x", images, labels, images, labels, [str(c) for c in range(100)],
                        (0.5,) * 3, (0.25,) * 3, True, {})
    model = build_classifier(info, model_name, config["model_params"].get(model_name, {}))
    model = model.to(memory_format=torch.channels_last)
    batch = (images.float() / 255).contiguous(memory_format=torch.channels_last)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = model(batch)
        loss = torch.nn.functional.cross_entropy(logits.float(), labels)
    loss.backward()
    assert torch.isfinite(logits.float()).all() and logits.dtype == torch.bfloat16
