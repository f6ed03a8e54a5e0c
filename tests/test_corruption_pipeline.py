"""The "<dataset>-C" set: generated for any data set, or read from the official archives
(served here by a local HTTP server in the official layout), and evaluated per corruption."""

from __future__ import annotations

import io
import tarfile

import numpy as np
import pytest
import torch

from advaug.corruptions.build import build_corrupted, load_corrupted
from advaug.corruptions.official import load_official
from advaug.data.download import md5_file
from advaug.errors import UserError
from advaug.evaluation.corruption import corruption_errors, mean_corruption_error

from _http import FileServer

SETTINGS = {
    "cache_dir": "unused",
    "sources": {},
    "corruptions": {
        "source": "generate", "names": ["brightness", "gaussian_noise"], "severities": [1, 5],
        "seed": 0, "batch_size": 64, "max_images": 40,
    },
}


def test_generated_set_layout_and_reproducibility(digits_dir, tmp_path):
    meta = build_corrupted(digits_dir, tmp_path / "a", SETTINGS, "cpu")
    build_corrupted(digits_dir, tmp_path / "b", SETTINGS, "cpu")
    a, b = load_corrupted(tmp_path / "a"), load_corrupted(tmp_path / "b")
    assert meta["total"] == 2 * 2 * 40 and a["images"].shape == (160, 32, 32, 3)
    assert np.array_equal(a["images"], b["images"])
    assert sorted(set(a["corruption"])) == ["brightness", "gaussian_noise"]
    assert sorted(set(a["severity"].tolist())) == [1, 5]


def _official_archive(root, names, per_severity=4):
    """A miniature CIFAR-10-C.tar: <name>.npy with 5 x per_severity images and labels.npy."""
    rng = np.random.default_rng(0)
    labels = np.tile(np.arange(per_severity) % 10, 5)
    arrays = {f"CIFAR-10-C/{n}.npy": rng.integers(0, 256, (5 * per_severity, 32, 32, 3), dtype=np.uint8) for n in names}
    arrays["CIFAR-10-C/labels.npy"] = labels
    archive = root / "CIFAR-10-C.tar"
    with tarfile.open(archive, "w") as tar:
        for member, array in arrays.items():
            buffer = io.BytesIO()
            np.save(buffer, array)
            info = tarfile.TarInfo(member)
            info.size = buffer.tell()
            buffer.seek(0)
            tar.addfile(info, buffer)
    return archive, arrays


def test_official_archive_download_and_read(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    archive, arrays = _official_archive(served, ["fog", "snow"])
    with FileServer(served) as server:
        override = {"url": server.url("CIFAR-10-C.tar"), "md5": md5_file(archive)}
        loaded = load_official("cifar10", tmp_path / "cache", ["snow"], [2, 5], override)
        # a second read reuses the verified archive and the extracted files
        again = load_official("cifar10", tmp_path / "cache", ["snow"], [2, 5], override)
        requests = len(server.requests)
    assert requests == 1
    snow = arrays["CIFAR-10-C/snow.npy"]
    assert np.array_equal(loaded["images"][:4], snow[4:8])  # severity 2 = rows 4..7
    assert np.array_equal(loaded["images"][4:], snow[16:20])  # severity 5 = rows 16..19
    assert loaded["severity"].tolist() == [2] * 4 + [5] * 4
    assert np.array_equal(again["images"], loaded["images"])


def test_official_archive_with_a_bad_checksum_fails_cleanly(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    _official_archive(served, ["fog"])
    with FileServer(served) as server:
        with pytest.raises(UserError, match="checksum"):
            load_official("cifar10", tmp_path / "cache", ["fog"], [1], {"url": server.url("CIFAR-10-C.tar"), "md5": "0" * 32})
    assert not (tmp_path / "cache" / "cifar10_c" / "CIFAR-10-C.tar").exists()


def test_official_source_only_for_cifar():
    with pytest.raises(UserError, match="generate"):
        load_official("svhn", "unused", ["fog"], [1])


class ConstantModel(torch.nn.Module):
    """Predicts class 0 for bright images and class 1 otherwise."""

    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(1))

    def forward(self, x):
        bright = (x.mean(dim=(1, 2, 3)) > 0.5).float()
        return torch.stack([bright, 1 - bright], 1) + self.weight


def test_errors_per_corruption_and_severity():
    images = np.concatenate([np.full((4, 8, 8, 3), 255, np.uint8), np.zeros((4, 8, 8, 3), np.uint8)])
    corrupted = {
        "images": images,
        "labels": np.zeros(8, dtype=np.int64),
        "corruption": np.array(["a"] * 4 + ["b"] * 4),
        "severity": np.array([1, 1, 2, 2, 1, 1, 2, 2]),
    }
    errors = corruption_errors(ConstantModel(), corrupted, batch_size=3)
    as_dict = {(r["corruption"], r["severity"]): r["error"] for r in errors}
    assert as_dict == {("a", 1): 0.0, ("a", 2): 0.0, ("b", 1): 1.0, ("b", 2): 1.0}
    assert mean_corruption_error(errors) == 0.5
