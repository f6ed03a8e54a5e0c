"""The one on-disk format every step after ``advaug prepare`` reads.

A prepared data set is a directory holding ``data.npz`` (uint8 NHWC images and
int64 labels for train and test) and ``meta.json`` (class names, counts,
checksums, channel statistics). Keeping a single format means the training,
evaluation and corruption code never needs to know where the data came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from advaug.errors import UserError
from advaug.io import atomic_path, load_npz, read_json_file, write_json

DATA_FILE = "data.npz"
META_FILE = "meta.json"
ARRAYS = ("train_images", "train_labels", "test_images", "test_labels")


@dataclass
class RawSplits:
    """Images as uint8 NHWC arrays (C is 1 or 3) and labels as int64, as a source yields them."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    class_names: list[str]
    # Horizontal flips are a label-preserving augmentation for natural images but
    # not for digits or house numbers; the baseline augmentation asks this flag.
    hflip: bool = True
    extra_meta: dict = field(default_factory=dict)


def check_splits(splits: RawSplits, source: str) -> None:
    """Reject arrays that would silently train a wrong model later."""
    for prefix in ("train", "test"):
        images = getattr(splits, f"{prefix}_images")
        labels = getattr(splits, f"{prefix}_labels")
        if images.dtype != np.uint8 or images.ndim != 4 or images.shape[-1] not in (1, 3):
            raise UserError(
                f"{source}: {prefix}_images must be uint8 NHWC with 1 or 3 channels, "
                f"got dtype {images.dtype} shape {images.shape}"
            )
        if labels.ndim != 1 or len(labels) != len(images):
            raise UserError(
                f"{source}: {prefix}_labels must be 1-D with one label per image "
                f"({len(images)} images, labels shape {labels.shape})"
            )
        if len(labels) and (labels.min() < 0 or labels.max() >= len(splits.class_names)):
            raise UserError(f"{source}: {prefix}_labels must lie in 0..{len(splits.class_names) - 1}")
    if splits.train_images.shape[1:] != splits.test_images.shape[1:]:
        raise UserError(
            f"{source}: train and test images differ in shape "
            f"({splits.train_images.shape[1:]} vs {splits.test_images.shape[1:]})"
        )


def write_prepared(splits: RawSplits, out_dir: str | Path, name: str, source: str) -> dict:
    """Write ``data.npz`` then ``meta.json``; meta last, so its presence means complete."""
    check_splits(splits, source)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    arrays = {
        "train_images": np.ascontiguousarray(splits.train_images),
        "train_labels": splits.train_labels.astype(np.int64),
        "test_images": np.ascontiguousarray(splits.test_images),
        "test_labels": splits.test_labels.astype(np.int64),
    }
    with atomic_path(out_dir / DATA_FILE, suffix=".npz") as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, **arrays)
    num_classes = len(splits.class_names)
    train_float = arrays["train_images"].astype(np.float64) / 255.0
    meta = {
        "name": name,
        "source": source,
        "num_classes": num_classes,
        "class_names": list(splits.class_names),
        "image_shape": list(arrays["train_images"].shape[1:]),
        "channels": int(arrays["train_images"].shape[-1]),
        "hflip": bool(splits.hflip),
        "counts": {"train": int(len(arrays["train_labels"])), "test": int(len(arrays["test_labels"]))},
        "class_counts": {
            split: np.bincount(arrays[f"{split}_labels"], minlength=num_classes).tolist()
            for split in ("train", "test")
        },
        "mean": train_float.mean(axis=(0, 1, 2)).tolist(),
        "std": train_float.std(axis=(0, 1, 2)).tolist(),
        "sha256": {key: hashlib.sha256(value.tobytes()).hexdigest() for key, value in arrays.items()},
        "file_sha256": sha256_file(out_dir / DATA_FILE),
        **splits.extra_meta,
    }
    write_json(out_dir / META_FILE, meta)
    return meta


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class PreparedData:
    """A prepared data set in memory: uint8 NCHW torch tensors plus what models need to know."""

    name: str
    train_images: "torch.Tensor"  # noqa: F821  (uint8, N x C x H x W)
    train_labels: "torch.Tensor"  # noqa: F821  (int64)
    test_images: "torch.Tensor"  # noqa: F821
    test_labels: "torch.Tensor"  # noqa: F821
    class_names: list[str]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    hflip: bool
    meta: dict

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def in_channels(self) -> int:
        return int(self.train_images.shape[1])

    @property
    def image_size(self) -> int:
        return int(self.train_images.shape[-1])


def load_prepared(data_dir: str | Path) -> PreparedData:
    """Read a directory written by :func:`write_prepared` into NCHW uint8 tensors."""
    import torch

    data_dir = Path(data_dir)
    meta_path = data_dir / META_FILE
    if not meta_path.exists() or not (data_dir / DATA_FILE).exists():
        raise UserError(
            f"{data_dir} is not a prepared data set (no {META_FILE} / {DATA_FILE}); "
            "run `advaug prepare` for it first"
        )
    remedy = "delete the folder and run the job that makes it again (advaug prepare, sample-gan, unrestricted)"
    meta = read_json_file(meta_path, remedy)
    arrays = load_npz(data_dir / DATA_FILE, remedy)
    missing = [key for key in ARRAYS if key not in arrays]
    if missing or not isinstance(meta, dict) or "class_names" not in meta:
        raise UserError(f"{data_dir} is not a complete prepared data set (missing {missing or 'meta keys'}); {remedy}")
    check_splits(RawSplits(*(arrays[key] for key in ARRAYS), class_names=list(meta["class_names"])),
                 str(data_dir / DATA_FILE))
    tensors = {key: torch.from_numpy(np.ascontiguousarray(arrays[key])) for key in ARRAYS}
    for split in ("train", "test"):
        tensors[f"{split}_images"] = tensors[f"{split}_images"].permute(0, 3, 1, 2).contiguous()
    return PreparedData(
        name=meta["name"],
        class_names=list(meta["class_names"]),
        mean=tuple(meta["mean"]),
        std=tuple(max(s, 1e-3) for s in meta["std"]),
        hflip=bool(meta.get("hflip", True)),
        meta=meta,
        **tensors,
    )
