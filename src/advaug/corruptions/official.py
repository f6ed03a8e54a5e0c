"""The official CIFAR-10-C and CIFAR-100-C archives (Hendrycks & Dietterich, ICLR 2019).

Each archive (about 2.9 GB) holds ``<corruption>.npy`` arrays of 50,000 uint8
images (severities 1..5, 10,000 test images each, in test-set order) and
``labels.npy``. The download resumes, is md5-checked, and extraction skips
files already unpacked. Sources: Zenodo records 2535967 (CIFAR-10-C) and
3555552 (CIFAR-100-C); the md5s are the ones the records publish.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from advaug.data.download import extract_tar
from advaug.data.sources import RemoteFile, fetch
from advaug.errors import UserError

OFFICIAL_ARCHIVES = {
    "cifar10": RemoteFile(
        "CIFAR-10-C.tar",
        "https://zenodo.org/records/2535967/files/CIFAR-10-C.tar?download=1",
        "56bf5dcef84df0e2308c6dcbcbbd8499",
    ),
    "cifar100": RemoteFile(
        "CIFAR-100-C.tar",
        "https://zenodo.org/records/3555552/files/CIFAR-100-C.tar?download=1",
        "11f0ed0f1191edbf9fa23466ae6021d3",
    ),
}
PER_SEVERITY = 10_000


def official_archive(dataset: str, override: dict | None) -> RemoteFile:
    if dataset not in OFFICIAL_ARCHIVES:
        raise UserError(
            f"official corrupted test sets exist only for {', '.join(OFFICIAL_ARCHIVES)}, not {dataset!r}; "
            "set corruptions.source: generate"
        )
    return replace(OFFICIAL_ARCHIVES[dataset], **(override or {}))


def load_official(
    dataset: str,
    cache_dir: str | Path,
    names: list[str],
    severities: list[int],
    override: dict | None = None,
    max_images: int | None = None,
) -> dict[str, np.ndarray]:
    """Fetch, extract and read the official archive into make_corrupted_set's layout."""
    remote = official_archive(dataset, override)
    key = f"{dataset}_c"
    archive, _ = fetch(key, "archive", remote, Path(cache_dir))
    folder = Path(cache_dir) / key / "extracted"
    extract_tar(archive, folder)
    root = _array_root(folder)
    labels = np.load(root / "labels.npy")
    per_severity = len(labels) // 5
    count = min(per_severity, max_images or per_severity)
    images, rows = [], {"corruption": [], "severity": [], "index": [], "labels": []}
    for name in names:
        path = root / f"{name}.npy"
        if not path.exists():
            raise UserError(f"{path} is missing from the {remote.filename} archive; is the archive intact?")
        array = np.load(path, mmap_mode="r")
        for severity in severities:
            start = (severity - 1) * per_severity
            images.append(np.asarray(array[start : start + count]))
            rows["corruption"] += [name] * count
            rows["severity"] += [severity] * count
            rows["index"] += list(range(count))
            rows["labels"] += labels[start : start + count].tolist()
    return {
        "images": np.concatenate(images),
        "corruption": np.array(rows["corruption"]),
        "severity": np.array(rows["severity"], dtype=np.int64),
        "index": np.array(rows["index"], dtype=np.int64),
        "labels": np.array(rows["labels"], dtype=np.int64),
    }


def _array_root(folder: Path) -> Path:
    """The directory holding labels.npy (the archives unpack into CIFAR-10-C/ or CIFAR-100-C/)."""
    found = sorted(folder.rglob("labels.npy"))
    if not found:
        raise UserError(f"no labels.npy under {folder}; the corrupted-data archive looks incomplete")
    return found[0].parent
