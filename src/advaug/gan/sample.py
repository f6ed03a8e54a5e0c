"""Class-balanced samples from a trained generator, written as a canonical data set.

A generated set is itself a prepared data set (``data.npz`` + ``meta.json``),
so training, evaluation and reports read it like any other. Its train split is
``n_per_class`` images per class drawn with ``seed``; its test split is an
independent draw (``test_per_class`` images per class) with
``seed + TEST_SEED_OFFSET``, so a model trained on the train split is never
scored on the very latents it saw. Latents are drawn on the CPU from the seed
and then moved to the device, so the same seed gives the same latents on any
device.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from advaug.data.canonical import RawSplits, write_prepared
from advaug.errors import UserError
from advaug.io import load_torch
from advaug.gan.models import Generator, load_generator

# Far from any seed a study uses, so a test draw never repeats another run's train draw.
TEST_SEED_OFFSET = 1_000_003


@dataclass
class GeneratedSet:
    """uint8 NHWC images and int64 labels, ``n_per_class`` per class in class order."""

    images: np.ndarray
    labels: np.ndarray
    class_names: list[str]


def balanced_labels(num_classes: int, n_per_class: int, device: torch.device | str = "cpu") -> torch.Tensor:
    return torch.arange(num_classes, device=device).repeat_interleave(n_per_class)


def draw_latents(count: int, z_dim: int, seed: int) -> torch.Tensor:
    """On the CPU, so the draw does not depend on the device the generator runs on."""
    return torch.randn(count, z_dim, generator=torch.Generator().manual_seed(seed))


def to_uint8_nhwc(images: torch.Tensor) -> np.ndarray:
    """[0, 1] floats (N, C, H, W) -> uint8 (N, H, W, C), rounding to the nearest level."""
    return images.clamp(0, 1).mul(255).round().to(torch.uint8).permute(0, 2, 3, 1).cpu().numpy()


@torch.no_grad()
def generate(
    generator: Generator, latents: torch.Tensor, labels: torch.Tensor, batch_size: int
) -> torch.Tensor:
    """G(z, y) batch by batch in eval mode (running BN statistics: samples independent of the batch)."""
    generator.eval()
    device = next(generator.parameters()).device
    chunks = [
        generator(latents[i : i + batch_size].to(device), labels[i : i + batch_size].to(device))
        for i in range(0, len(labels), batch_size)
    ]
    return torch.cat(chunks) if chunks else torch.empty(0, generator.channels, generator.size, generator.size)


def sample_gan(
    generator_path: str | Path, n_per_class: int, seed: int, device: str = "cpu", batch_size: int = 256
) -> GeneratedSet:
    """``n_per_class`` generated images of every class from the generator saved at ``generator_path``."""
    if n_per_class < 0 or batch_size < 1:
        raise UserError(f"n_per_class must be >= 0 and batch_size >= 1, got {n_per_class} and {batch_size}")
    generator, saved = load_generator(generator_path, device)
    labels = balanced_labels(generator.num_classes, n_per_class)
    latents = draw_latents(len(labels), generator.z_dim, seed)
    images = generate(generator, latents, labels, batch_size)
    return GeneratedSet(
        images=to_uint8_nhwc(images),
        labels=labels.numpy().astype(np.int64),
        class_names=class_names_of(saved),
    )


def class_names_of(saved: dict) -> list[str]:
    return list(saved.get("class_names") or [str(i) for i in range(saved["options"]["num_classes"])])


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_generated_set(
    generator_path: str | Path,
    out_dir: str | Path,
    n_per_class: int,
    seed: int,
    device: str = "cpu",
    batch_size: int = 256,
    test_per_class: int | None = None,
    name: str | None = None,
) -> dict:
    """Write a canonical data set of generated images; returns its meta.json content.

    ``test_per_class`` defaults to ``n_per_class``; the test split is drawn
    with ``seed + TEST_SEED_OFFSET``.
    """
    test_per_class = n_per_class if test_per_class is None else test_per_class
    train = sample_gan(generator_path, n_per_class, seed, device, batch_size)
    test = sample_gan(generator_path, test_per_class, seed + TEST_SEED_OFFSET, device, batch_size)
    saved = load_torch(generator_path, "delete it and run `advaug train-gan` again")
    data_info = saved.get("data", {})
    dataset = data_info.get("name", "gan")
    splits = RawSplits(
        train_images=train.images,
        train_labels=train.labels,
        test_images=test.images,
        test_labels=test.labels,
        class_names=train.class_names,
        hflip=bool(data_info.get("hflip", False)),
        extra_meta={
            "generated_by": {
                "kind": "ac-wgan-gp samples",
                "generator": str(generator_path),
                "generator_sha256": file_sha256(generator_path),
                "trained_on": dataset,
                "seed": seed,
                "test_seed": seed + TEST_SEED_OFFSET,
                "n_per_class": n_per_class,
                "test_per_class": test_per_class,
            }
        },
    )
    return write_prepared(splits, out_dir, name or f"{dataset}-gan", source=f"gan:{generator_path}")
