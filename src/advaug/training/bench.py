"""``advaug bench``: what each method costs per training step, and what batching buys.

Three measurements, all on the same model, batch and device:
- the training step of every method (median seconds over timed steps after a
  warm-up), as images/s and as a multiple of the baseline step;
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

import numpy as np
import torch

from advaug.io import write_json
from advaug.methods import METHODS, DataInfo, StepContext, build_method
from advaug.models import build_model
from advaug.ops import random_crop_flip
from advaug.training.loop import _criterion, autocast_for

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
    for _ in range(warmup):
        step()
    _sync(device)
    times = []
    for _ in range(steps):
        started = time.perf_counter()
        step()
        _sync(device)
        times.append(time.perf_counter() - started)
    return times


def method_step_cost(method_name, model_name, images, labels, batch_size, device, precision, channels_last,
                     compile_model, warmup, steps, method_params=None) -> dict:
    info = DataInfo(num_classes=10, in_channels=3, image_size=32, hflip=True)
    model = build_model(model_name, in_channels=3, num_classes=10, embed_dim=128 if method_name == "angular" else None)
    model = model.to(device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    method = build_method(method_name, method_params or {}, info)
    if method.gan_inputs:  # untrained AC-GAN networks of the default size: the same cost as trained ones
        from advaug.gan.models import build_discriminator, build_generator
        from advaug.gan.train import GAN_DEFAULTS

        options = {"num_classes": 10, "channels": 3, "size": 32,
                   **{k: GAN_DEFAULTS[k] for k in ("z_dim", "g_channels", "d_channels", "taper")}}
        networks = {"generator": build_generator(options).to(device),
                    "discriminator": build_discriminator(options).to(device)}
        method.use_gan(*(networks[name] for name in method.gan_inputs))
    method.setup(model, device)
    forward = torch.compile(model) if compile_model else model
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
    rng = torch.Generator(device=device).manual_seed(0)
    criterion = _criterion(0.0)
    images, labels = images.to(device), labels.to(device)
    batches = method.batch_order(labels, batch_size, 1, rng)
    state = {"step": 0}

    def step():
        if batches is not None:
            index = batches[0]
        else:
            index = torch.randint(0, len(labels), (batch_size,), generator=rng, device=device)
        batch = random_crop_flip(images[index].float().div_(255), 4, True, rng)
        if channels_last:
            batch = batch.contiguous(memory_format=torch.channels_last)
        ctx = StepContext(rng, criterion, 0, 1, state["step"], 1000,
                          base_augment=lambda extra: random_crop_flip(extra, 4, True, rng))
        with autocast_for(device, precision):
            loss = method.loss(forward, batch, labels[index], ctx)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        state["step"] += 1

    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    times = _timed(step, warmup, steps, device)
    median = statistics.median(times)
    result = {"median_step_s": median, "images_per_s": batch_size / median}
    if device.type == "cuda":
        result["peak_memory_mb"] = torch.cuda.max_memory_allocated() / 2**20
    return result


class _PerImageDataset(torch.utils.data.Dataset):
    """The original studies' pipeline: one PIL image at a time through torchvision transforms."""

    def __init__(self, images_nhwc: np.ndarray, labels: np.ndarray, transform):
        self.images, self.labels, self.transform = images_nhwc, labels, transform

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, index):
        from PIL import Image

        return self.transform(Image.fromarray(self.images[index])), int(self.labels[index])


def torchvision_transform(policy: str | None):
    from torchvision import transforms as T

    steps = [T.RandomCrop(32, padding=4), T.RandomHorizontalFlip()]
    if policy == "randaugment":
        steps.append(T.RandAugment())
    elif policy == "autoaugment":
        steps.append(T.AutoAugment(T.AutoAugmentPolicy.CIFAR10))
    elif policy == "trivialaugment":
        steps.append(T.TrivialAugmentWide())
    steps.append(T.ToTensor())
    return T.Compose(steps)


def _loader(images, labels, policy, batch_size, workers):
    dataset = _PerImageDataset(images.permute(0, 2, 3, 1).numpy(), labels.numpy(), torchvision_transform(policy))
    return torch.utils.data.DataLoader(
        dataset, batch_size=batch_size, shuffle=True, num_workers=workers, drop_last=True,
        persistent_workers=workers > 0,
    )


def reference_training(model_name, images, labels, batch_size, device, precision, workers, warmup, steps) -> dict:
    """Images/s of the same model trained from a per-image torchvision DataLoader."""
    model = build_model(model_name, in_channels=3, num_classes=10).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
    criterion = _criterion(0.0)
    loader = _loader(images, labels, None, batch_size, workers)
    iterator = iter(loader)

    def step():
        nonlocal iterator
        try:
            batch, target = next(iterator)
        except StopIteration:
            iterator = iter(loader)
            batch, target = next(iterator)
        batch, target = batch.to(device, non_blocking=True), target.to(device)
        with autocast_for(device, precision):
            loss = criterion(model(batch), target)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    times = _timed(step, warmup, steps, device)
    median = statistics.median(times)
    return {"median_step_s": median, "images_per_s": batch_size / median, "num_workers": workers}


def augmentation_throughput(policy, images, labels, batch_size, device, workers, warmup, steps) -> dict:
    """Batched policy on the device vs torchvision per image behind a DataLoader (images/s)."""
    info = DataInfo(num_classes=10, in_channels=3, image_size=32, hflip=True)
    method = build_method(policy, {}, info)
    rng = torch.Generator(device=device).manual_seed(0)
    on_device = images.to(device)

    def batched():
        index = torch.randint(0, len(on_device), (batch_size,), generator=rng, device=device)
        batch = random_crop_flip(on_device[index].float().div_(255), 4, True, rng)
        method.augment(batch, rng)

    loader = _loader(images, labels, policy, batch_size, workers)
    iterator = iter(loader)

    def per_image():
        nonlocal iterator
        try:
            next(iterator)
        except StopIteration:
            iterator = iter(loader)
            next(iterator)

    ours = batch_size / statistics.median(_timed(batched, warmup, steps, device))
    reference = batch_size / statistics.median(_timed(per_image, warmup, steps, torch.device("cpu")))
    return {"batched_images_per_s": ours, "torchvision_images_per_s": reference, "speedup": ours / reference}


def run_bench(
    methods: list[str] | None,
    model: str,
    batch_size: int,
    device: str,
    precision: str,
    channels_last: bool,
    compile_model: bool,
    warmup: int,
    steps: int,
    workers: int,
    n_images: int,
    out: Path,
) -> dict:
    torch_device = torch.device(device)
    methods = methods or METHODS.names()
    if "baseline" not in methods:
        methods = ["baseline", *methods]
    images, labels = synthetic_cifar(max(n_images, batch_size * 2))
    common = dict(batch_size=batch_size, device=torch_device, precision=precision, channels_last=channels_last,
                  compile_model=compile_model, warmup=warmup, steps=steps)
    results = {m: method_step_cost(m, model, images, labels, **common) for m in methods}
    base = results["baseline"]["median_step_s"]
    for entry in results.values():
        entry["relative_to_baseline"] = entry["median_step_s"] / base
    report = {
        "settings": {
            "model": model, "batch_size": batch_size, "precision": precision, "channels_last": channels_last,
            "compile": compile_model, "warmup_steps": warmup, "timed_steps": steps, "loader_workers": workers,
            "images": "synthetic 32x32 RGB uint8, 10 classes",
        },
        "environment": environment(torch_device),
        "methods": results,
        "reference_torchvision_dataloader": reference_training(
            model, images, labels, batch_size, torch_device, precision, workers, warmup, steps
        ),
        "augmentation_only": {
            p: augmentation_throughput(p, images, labels, batch_size, torch_device, workers, warmup, steps)
            for p in TORCHVISION_POLICIES
            if p in methods
        },
    }
    write_json(out, report)
    return report


def environment(device: torch.device) -> dict:
    import torchvision

    return {
        "device": device.type,
        "device_name": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or platform.machine(),
        "cpu_threads": torch.get_num_threads(),
        "torch_version": torch.__version__,
        "torchvision_version": torchvision.__version__,
        "python": platform.python_version(),
        "cuda": torch.version.cuda,
    }
