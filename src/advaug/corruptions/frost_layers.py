"""What frost overlays: the official frost photographs, or procedural textures when asked for.

The official CIFAR generator (hendrycks/robustness,
``ImageNet-C/create_c/make_cifar_c.py``, function ``frost``) reads
``frost1.png`` .. ``frost6.jpg`` from its own folder with ``cv2.imread``,
shrinks the chosen photo with ``cv2.resize(fx=0.2, fy=0.2)`` (bilinear) and
crops 32 x 32 at a random place. It picks the photo with
``np.random.randint(5)``, so ``frost6.jpg`` is never used and is not fetched.

advaug does not ship the photos. ``FrostLayers.official`` downloads them once
from the official repository at a pinned commit into ``<cache_dir>/frost/``,
md5-checked, through the data sets' download code
(``advaug.data.sources.fetch``: retries, resume, atomic rename, a one-line
error when offline). ``sources: {frost: {frost1: {url: ..., md5: ...}}}`` in
the config points one file at a mirror or a local copy.

``corruptions.frost: procedural`` uses the synthetic textures of
``frost_textures`` instead. Which one a corrupted set used is recorded in its
``meta.json``; neither silently replaces the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from advaug.corruptions.frost_textures import FROST_TEXTURE_SEED, frost_textures, texture_side
from advaug.data.download import md5_file
from advaug.data.sources import RemoteFile, _check_entry, fetch
from advaug.errors import UserError

FROST_KINDS = ("official", "procedural")
# The newest commit of hendrycks/robustness when this was written; the frost files
# have not changed since they were added (commit ca36008, January 2019).
FROST_COMMIT = "8190fe329f5f072a06e3a2aea02bb5dda69aed9f"
FROST_BASE_URL = f"https://raw.githubusercontent.com/hendrycks/robustness/{FROST_COMMIT}/ImageNet-C/create_c/"
# md5 of each file at FROST_COMMIT (git show FROST_COMMIT:ImageNet-C/create_c/<file> | md5sum).
OFFICIAL_FROST_FILES: dict[str, RemoteFile] = {
    name.split(".")[0]: RemoteFile(name, FROST_BASE_URL + name, md5)
    for name, md5 in (
        ("frost1.png", "6ead634ace1f366d77e87078b465863c"),
        ("frost2.png", "98f0d2b1d74a048d3bc9c7ecfd886939"),
        ("frost3.png", "b3ed8eb147824261888e730f916c0d8b"),
        ("frost4.jpg", "d70b9d6aa0b1fe7bd8133b113787e078"),
        ("frost5.jpg", "50984ae2c871b7df2c28f1d71ca460a0"),
    )
}
# cv2.resize(frost, (0, 0), fx=0.2, fy=0.2) for 32 x 32 images; other sizes scale it.
OFFICIAL_SHRINK = 0.2
OFFICIAL_IMAGE_SIDE = 32


class FrostLayers:
    """The frost images for one corrupted set, resized per image size and cached per device."""

    def __init__(self, kind: str, photos: Sequence[np.ndarray] = (), files: dict[str, str] | None = None):
        if kind not in FROST_KINDS:
            raise UserError(f"corruptions.frost must be one of {', '.join(FROST_KINDS)}, got {kind!r}")
        if kind == "official" and not photos:
            raise UserError("official frost needs the frost photos; use FrostLayers.official(cache_dir)")
        self.kind = kind
        self.photos = [np.ascontiguousarray(photo) for photo in photos]  # uint8 H x W x 3, RGB
        self.files = dict(files or {})
        self._cache: dict[tuple[int, int, str], tuple[torch.Tensor, torch.Tensor]] = {}

    @classmethod
    def procedural(cls) -> FrostLayers:
        return cls("procedural")

    @classmethod
    def from_files(cls, paths: Sequence[str | Path]) -> FrostLayers:
        """Frost photos read from image files (decoded as cv2.imread does: alpha dropped)."""
        photos = []
        for path in paths:
            with Image.open(path) as image:
                photos.append(np.asarray(image.convert("RGB")))
        return cls("official", photos, {Path(path).name: md5_file(path) for path in paths})

    @classmethod
    def official(
        cls, cache_dir: str | Path, override: dict | None = None, progress: bool = True
    ) -> FrostLayers:
        """The official photos, fetched into ``<cache_dir>/frost/`` on first use."""
        paths = [path for path, _ in _fetch_official(Path(cache_dir), override or {}, progress)]
        return cls.from_files(paths)

    def meta(self) -> dict:
        """What meta.json records about the frost layers."""
        if self.kind == "official":
            return {"textures": "official", "commit": FROST_COMMIT, "files": self.files}
        return {"textures": "procedural", "seed": FROST_TEXTURE_SEED}

    def stack(self, height: int, width: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        """(K, 3, H', W') float layers in [0, 1], zero-padded to one size, and their (K, 2) sizes."""
        key = (height, width, str(device))
        if key not in self._cache:
            layers = self._layers(height, width)
            sizes = torch.tensor([layer.shape[-2:] for layer in layers])
            if bool((sizes[:, 0] <= height).any() or (sizes[:, 1] <= width).any()):
                raise UserError(f"the frost images are too small for {height} x {width} images")
            padded = torch.zeros(len(layers), 3, int(sizes[:, 0].max()), int(sizes[:, 1].max()))
            for index, layer in enumerate(layers):
                padded[index, :, : layer.shape[1], : layer.shape[2]] = layer
            self._cache[key] = (padded.to(device), sizes.to(device))
        return self._cache[key]

    def _layers(self, height: int, width: int) -> list[torch.Tensor]:
        if self.kind == "procedural":
            return list(frost_textures(texture_side(height, width), "cpu"))
        scale = OFFICIAL_SHRINK * max(height, width) / OFFICIAL_IMAGE_SIDE
        return [
            torch.from_numpy(resize_linear(photo, scale)).permute(2, 0, 1).float() / 255
            for photo in self.photos
        ]


def resize_linear(photo: np.ndarray, scale: float) -> np.ndarray:
    """cv2.resize(photo, (0, 0), fx=scale, fy=scale) with INTER_LINEAR, for uint8 H x W x C.

    OpenCV's size is round(n * scale) and output pixel d samples the input at
    (d + 0.5) / scale - 0.5, clamped to the image. At the official 0.2 every
    position is a whole pixel (5 d + 2), so this is exact there; at other scales
    OpenCV's 11-bit fixed-point weights can differ from these by one level.
    """
    out = photo.astype(np.float64)
    for axis in (0, 1):
        size = photo.shape[axis]
        target = int(np.rint(size * scale))
        position = np.clip((np.arange(target) + 0.5) / scale - 0.5, 0, size - 1)
        low = np.floor(position).astype(int)
        high = np.minimum(low + 1, size - 1)
        weight = (position - low).reshape([-1 if a == axis else 1 for a in range(out.ndim)])
        out = np.take(out, low, axis=axis) * (1 - weight) + np.take(out, high, axis=axis) * weight
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def frost_layers(kind: str, cache_dir: str | Path, override: dict | None = None) -> FrostLayers:
    """The frost layers a config asks for (``corruptions.frost``); an unknown kind is a UserError."""
    return FrostLayers.official(cache_dir, override) if kind == "official" else FrostLayers(kind)


def _fetch_official(cache_dir: Path, override: dict, progress: bool) -> list[tuple[Path, str]]:
    if not isinstance(override, dict) or not set(override) <= set(OFFICIAL_FROST_FILES):
        raise UserError(
            f"sources.frost must map {', '.join(OFFICIAL_FROST_FILES)} to {{url, md5}} entries, "
            f"got {override!r}"
        )
    fetched = []
    for part, remote in OFFICIAL_FROST_FILES.items():
        entry = override.get(part) or {}
        _check_entry(entry, f"frost.{part}")
        remote = RemoteFile(remote.filename, entry.get("url", remote.url), entry.get("md5", remote.md5))
        try:
            fetched.append(fetch("frost", part, remote, cache_dir, progress))
        except UserError as error:
            raise UserError(
                f"{error}; or set corruptions.frost: procedural to use synthetic frost textures instead"
            ) from None
    return fetched


def crop_offsets(
    sizes: torch.Tensor, which: torch.Tensor, extent: int, axis: int, rng: torch.Generator
) -> torch.Tensor:
    """np.random.randint(0, size - extent) per image, for the size of the layer each one drew."""
    span = (sizes[which, axis] - extent).to(torch.float64)
    draws = torch.rand(which.shape, generator=rng, device=which.device, dtype=torch.float64)
    return torch.floor(draws * span).long().clamp_max(span.long() - 1)
