"""``advaug bench``: what each method costs per training step, and what batching buys.

Three measurements, all on the same model, batch and device:
- the training step of every method (median seconds over timed steps after a
  warm-up), as images/s and as a multiple of the baseline step, whose steps are
  timed in alternation with the method's, so that a machine whose speed drifts
  (a shared VM) slows both sides of each ratio alike. The step timed
  is the loop's own :class:`~advaug.training.loop.TrainStep`, built by the same
  function from the same config slice, so crop padding, precision,
  channels_last, compile and the model's and methods' parameters are the
  study's (``params.yaml`` or ``--config``);
- the reference the original studies use: the same model trained through a
  per-image torchvision ``Dataset`` + ``DataLoader`` pipeline;
- augmentation alone: our batched RandAugment/AutoAugment/TrivialAugment against
  torchvision's per-image transforms behind a DataLoader, on 32x32 images.
Results go to JSON with the device, versions and settings, never to a timed test.
"""

from __future__ import annotations

import platform
import statistics
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from advaug.config import train_settings
from advaug.evaluation.metrics import autocast_for
from advaug.io import write_json
from advaug.methods import METHODS, DataInfo, build_method
from advaug.ops import random_crop_flip
from advaug.training.distributed import World
from advaug.training.loop import (
    TrainStep,
    batch_size_for,
    build_train_step,
    channels_last_for,
    precision_for,
)

TORCHVISION_POLICIES = ("randaugment", "autoaugment", "trivialaugment")


def synthetic_cifar(n: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """CIFAR-shaped uint8 images (smooth random fields, so ops like equalize do real work)."""
    generator = torch.Generator().manual_seed(seed)
    coarse = torch.randint(0, 256, (n, 3, 8, 8), generator=generator, dtype=torch.uint8).float()
    images = torch.nn.functional.interpolate(coarse, size=32, mode="bilinear", align_corners=False)
    return images.round().clamp(0, 255).to(torch.uint8), torch.randint(0, 10, (n,), generator=generator)


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _timed(step, warmup: int, steps: int, device: torch.device) -> list[float]:
    return _timed_alternately([step], warmup, steps, device)[0]


def _timed_alternately(step_functions, warmup: int, steps: int, device: torch.device) -> list[list[float]]:
    """Seconds of each function's ``steps`` timed calls, the functions taking turns call by call.

    Timed in turns, two steps see the same machine: on the 2-core development VM, runs of the
    bench minutes apart disagreed by up to 1.6x per method when each was timed in one block.
    """
    for step in step_functions:
        for _ in range(warmup):
            step()
    _sync(device)
    times: list[list[float]] = [[] for _ in step_functions]
    for _ in range(steps):
        for step, seconds in zip(step_functions, times):
            started = time.perf_counter()
            step()
            _sync(device)
            seconds.append(time.perf_counter() - started)
    return times


#: the synthetic images stand for CIFAR: 32x32 RGB, 10 classes, flips allowed
SYNTHETIC_INFO = DataInfo(num_classes=10, in_channels=3, image_size=32, hflip=True)


def bench_train_step(method_name: str, model_name: str, settings: dict, images, labels, device: torch.device,
                     total_steps: int) -> tuple[TrainStep, Callable[[int], torch.Tensor]]:
    """The loop's step for one method (seed 0) and a function running its i-th step on random batches."""
    torch.manual_seed(0)
    images, labels = images.to(device), labels.to(device)
    batch_size, _ = batch_size_for(settings["training"], len(labels), World())
    train_step = build_train_step(
        SYNTHETIC_INFO, method_name, model_name, settings, device, World(), 0, total_steps,
        untrained_gan(METHODS.get(method_name).gan_inputs, device),
    )
    order_rng = torch.Generator(device=device).manual_seed(0)
    batches = train_step.method.batch_order(labels, batch_size, total_steps, order_rng)
    epochs = settings["training"]["epochs"]

    def run(i: int) -> torch.Tensor:
        if batches is not None:
            index = batches[i]
        else:  # the loop's shuffle: with as many images as one batch, step 0 sees the loop's first batch
            index = torch.randperm(len(labels), generator=order_rng, device=device)[:batch_size]
        return train_step(images, labels, index, 0, epochs, i, total_steps)

    return train_step, run


def untrained_gan(names: tuple[str, ...], device: torch.device) -> list:
    """AC-GAN networks of the default size for gan_aug / uae_aug: a trained pair costs the same per step."""
    if not names:
        return []
    from advaug.gan.models import build_discriminator, build_generator
    from advaug.gan.train import GAN_DEFAULTS

    options = {"num_classes": SYNTHETIC_INFO.num_classes, "channels": SYNTHETIC_INFO.in_channels,
               "size": SYNTHETIC_INFO.image_size,
               **{key: GAN_DEFAULTS[key] for key in ("z_dim", "g_channels", "d_channels", "taper")}}
    builders = {"generator": build_generator, "discriminator": build_discriminator}
    return [builders[name](options).to(device).eval() for name in names]


def method_step_cost(method_name, model_name, settings, images, labels, device, warmup, steps,
                     baseline_settings: dict | None = None) -> dict:
    """The method's median step; with ``baseline_settings``, also the baseline's, timed in turns
    with it (``relative_to_baseline`` is their ratio)."""
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    runs = [_step_function(method_name, model_name, settings, images, labels, device, warmup + steps)]
    if baseline_settings is not None:
        runs.append(_step_function("baseline", model_name, baseline_settings, images, labels, device, warmup + steps))
    times = _timed_alternately(runs, warmup, steps, device)
    median = statistics.median(times[0])
    batch_size = settings["training"]["batch_size"]
    result = {"median_step_s": median, "images_per_s": batch_size / median}
    if baseline_settings is not None:
        result["baseline_median_step_s"] = statistics.median(times[1])
        result["relative_to_baseline"] = median / result["baseline_median_step_s"]
    if device.type == "cuda":
        result["peak_memory_mb"] = torch.cuda.max_memory_allocated() / 2**20
    return result


def _step_function(method_name, model_name, settings, images, labels, device, total_steps) -> Callable[[], None]:
    """The method's training step as a no-argument call that runs step 0, 1, 2, ... in turn."""
    _, run = bench_train_step(method_name, model_name, settings, images, labels, device, total_steps)
    counter = iter(range(total_steps))
    return lambda: run(next(counter))


class _PerImageDataset(torch.utils.data.Dataset):
    """The original studies' pipeline: one PIL image at a time through torchvision transforms."""

    def __init__(self, images_nhwc: np.ndarray, labels: np.ndarray, transform):
        self.images, self.labels, self.transform = images_nhwc, labels, transform

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, index):
        from PIL import Image

        return self.transform(Image.fromarray(self.images[index])), int(self.labels[index])


def torchvision_transform(policy: str | None, crop_padding: int):
    from torchvision import transforms as T

    steps = [T.RandomCrop(32, padding=crop_padding), T.RandomHorizontalFlip()]
    if policy == "randaugment":
        steps.append(T.RandAugment())
    elif policy == "autoaugment":
        steps.append(T.AutoAugment(T.AutoAugmentPolicy.CIFAR10))
    elif policy == "trivialaugment":
        steps.append(T.TrivialAugmentWide())
    steps.append(T.ToTensor())
    return T.Compose(steps)


def _loader(images, labels, policy, batch_size, workers, crop_padding):
    transform = torchvision_transform(policy, crop_padding)
    dataset = _PerImageDataset(images.permute(0, 2, 3, 1).numpy(), labels.numpy(), transform)
    return torch.utils.data.DataLoader(
        dataset, batch_size=batch_size, shuffle=True, num_workers=workers, drop_last=True,
        persistent_workers=workers > 0,
    )


def reference_training(model_name, settings, images, labels, device, workers, warmup, steps) -> dict:
    """Images/s of the same model and optimiser trained from a per-image torchvision DataLoader."""
    torch.manual_seed(0)
    training = settings["training"]
    batch_size = training["batch_size"]
    reference = build_train_step(SYNTHETIC_INFO, "baseline", model_name, settings, device, World(), 0, warmup + steps)
    model, optimizer = reference.model, reference.optimizer
    loader = _loader(images, labels, None, batch_size, workers, training["crop_padding"])
    iterator = iter(loader)

    def step():
        nonlocal iterator
        try:
            batch, target = next(iterator)
        except StopIteration:
            iterator = iter(loader)
            batch, target = next(iterator)
        batch, target = batch.to(device, non_blocking=True), target.to(device)
        with autocast_for(device, reference.precision):
            loss = reference.criterion(model(batch), target)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    times = _timed(step, warmup, steps, device)
    median = statistics.median(times)
    return {"median_step_s": median, "images_per_s": batch_size / median, "num_workers": workers}


def augmentation_throughput(policy, settings, images, labels, device, workers, warmup, steps) -> dict:
    """Batched policy on the device vs torchvision per image behind a DataLoader (images/s)."""
    method = build_method(policy, settings["method_params"], SYNTHETIC_INFO)
    batch_size, crop_padding = settings["training"]["batch_size"], settings["training"]["crop_padding"]
    rng = torch.Generator(device=device).manual_seed(0)
    on_device = images.to(device)

    def batched():
        index = torch.randint(0, len(on_device), (batch_size,), generator=rng, device=device)
        batch = random_crop_flip(on_device[index].float().div_(255), crop_padding, True, rng)
        method.augment(batch, rng)

    loader = _loader(images, labels, policy, batch_size, workers, crop_padding)
    iterator = iter(loader)

    def per_image():
        nonlocal iterator
        try:
            next(iterator)
        except StopIteration:
            iterator = iter(loader)
            next(iterator)

    ours, reference = (batch_size / statistics.median(times)
                       for times in _timed_alternately([batched, per_image], warmup, steps, device))
    return {"batched_images_per_s": ours, "torchvision_images_per_s": reference, "speedup": ours / reference}


def bench_settings(config: dict, method: str, model: str, batch_size: int | None = None,
                   compile_model: bool | None = None) -> dict:
    """A method's training settings as the study's train jobs get them, with the bench's
    command-line overrides (batch size, compile) applied."""
    settings = train_settings(config, method, model)
    training = dict(settings["training"])
    if batch_size is not None:
        training["batch_size"] = batch_size
    if compile_model is not None:
        training["compile"] = compile_model
    return {**settings, "training": training}


def run_bench(
    config: dict,
    methods: list[str] | None,
    model: str,
    device: str,
    warmup: int,
    steps: int,
    workers: int,
    n_images: int,
    out: Path,
    batch_size: int | None = None,
    compile_model: bool | None = None,
    note: str | None = None,
) -> dict:
    """Time every method's training step (and the references) under ``config``'s training settings."""
    torch_device = torch.device(device)
    methods = methods or METHODS.names()
    if "baseline" not in methods:
        methods = ["baseline", *methods]
    settings = {m: bench_settings(config, m, model, batch_size, compile_model) for m in methods}
    base = settings["baseline"]
    training = base["training"]
    images, labels = synthetic_cifar(max(n_images, training["batch_size"] * 2))
    timing = dict(device=torch_device, warmup=warmup, steps=steps)
    results = {m: method_step_cost(m, model, settings[m], images, labels, **timing,
                                   baseline_settings=None if m == "baseline" else base)
               for m in methods}
    results["baseline"]["relative_to_baseline"] = 1.0
    report = {
        "settings": {
            "model": model, "model_params": base["model_params"], "batch_size": training["batch_size"],
            "crop_padding": training["crop_padding"], "precision": precision_for(training, torch_device.type),
            "channels_last": channels_last_for(training), "compile": training["compile"],
            "method_params": {m: settings[m]["method_params"] for m in methods},
            "warmup_steps": warmup, "timed_steps": steps, "loader_workers": workers,
            "images": "synthetic 32x32 RGB uint8, 10 classes",
            "step": "advaug.training.loop.TrainStep, the training loop's own step",
        },
        "environment": environment(torch_device, note),
        "methods": results,
        "reference_torchvision_dataloader": reference_training(
            model, base, images, labels, torch_device, workers, warmup, steps
        ),
        "augmentation_only": {
            p: augmentation_throughput(p, settings[p], images, labels, torch_device, workers, warmup, steps)
            for p in TORCHVISION_POLICIES
            if p in methods
        },
    }
    write_json(out, report)
    return report


def environment(device: torch.device, note: str | None = None) -> dict:
    import torchvision

    found = {
        "device": device.type,
        "device_name": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or platform.machine(),
        "cpu_threads": torch.get_num_threads(),
        "torch_version": torch.__version__,
        "torchvision_version": torchvision.__version__,
        "python": platform.python_version(),
        "cuda": torch.version.cuda,
    }
    if note:
        found["note"] = note
    return found
