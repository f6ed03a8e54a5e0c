"""Parsers that turn each source's own file format into :class:`RawSplits`.

They read only verified local files; fetching is :mod:`advaug.data.sources`'
job. Each parser documents the layout it relies on, since getting a channel or
axis order wrong yields a data set that trains fine and means nothing.
"""

from __future__ import annotations

import importlib
import io
import pickle
import tarfile
import warnings
import zipfile
import zlib
from pathlib import Path, PurePosixPath

import numpy as np

from advaug.data.canonical import RawSplits
from advaug.errors import UserError
from advaug.io import load_image

NPZ_KEYS = ("train_images", "train_labels", "test_images", "test_labels")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")

# ---------------------------------------------------------------- digits


DIGITS_SIZE = 32
DIGITS_TEST_FRACTION = 0.2
DIGITS_SEED = 0


def digits_splits() -> RawSplits:
    """scikit-learn's bundled 8x8 digits as 32x32 RGB, split 80/20 stratified with seed 0.

    Upscaling is bilinear (pixel-centre aligned, computed in float64 with numpy
    so every platform gets the same bytes): nearest-neighbour would turn each
    pixel into a 4x4 block whose hard edges sit on a fixed grid, an artefact
    that crops and shifts interact with and natural images do not have. The
    grey value is replicated to three channels so the default data set
    exercises the same RGB code path as CIFAR.
    """
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    # Values are counts of set pixels in 4x4 blocks of the 32x32 bitmaps: 0..16.
    grey = digits.images.astype(np.float64) * (255.0 / 16.0)
    resize = bilinear_matrix(grey.shape[1], DIGITS_SIZE)
    upscaled = np.einsum("hi,nij,wj->nhw", resize, grey, resize)
    images = np.clip(np.rint(upscaled), 0, 255).astype(np.uint8)
    images = np.repeat(images[..., None], 3, axis=-1)
    labels = digits.target.astype(np.int64)
    train_x, test_x, train_y, test_y = train_test_split(
        images, labels, test_size=DIGITS_TEST_FRACTION, stratify=labels, random_state=DIGITS_SEED
    )
    return RawSplits(
        train_images=train_x,
        train_labels=train_y,
        test_images=test_x,
        test_labels=test_y,
        class_names=[str(digit) for digit in range(10)],
        hflip=False,  # a mirrored 2 or 7 is not a 2 or 7
        extra_meta={
            "preprocessing": {
                "resize": "bilinear 8x8 -> 32x32, half-pixel centres",
                "test_fraction": DIGITS_TEST_FRACTION,
                "split_seed": DIGITS_SEED,
                "stratified": True,
            }
        },
    )


def bilinear_matrix(size_in: int, size_out: int) -> np.ndarray:
    """(size_out, size_in) weights of 1-D linear interpolation with half-pixel centres.

    Same convention as PIL and ``torch.nn.functional.interpolate(align_corners=False)``.
    """
    centres = (np.arange(size_out) + 0.5) * (size_in / size_out) - 0.5
    centres = np.clip(centres, 0, size_in - 1)
    low = np.floor(centres).astype(int)
    high = np.minimum(low + 1, size_in - 1)
    frac = centres - low
    weights = np.zeros((size_out, size_in))
    rows = np.arange(size_out)
    np.add.at(weights, (rows, low), 1.0 - frac)
    np.add.at(weights, (rows, high), frac)
    return weights


# ---------------------------------------------------------------- CIFAR


class _ArrayUnpickler(pickle.Unpickler):
    """Load only plain containers and numpy arrays.

    The CIFAR batches are pickles, and a pickle can run arbitrary code; the md5
    check already guards the official archive, but a user-supplied mirror may
    come with its own md5, so we also refuse anything that is not array data.
    """

    ALLOWED = {
        ("_codecs", "encode"),
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.numeric", "_frombuffer"),
    }

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise UserError(f"refusing to unpickle {module}.{name}: a CIFAR batch holds only arrays")
        if module.startswith("numpy.core") and hasattr(np, "_core"):
            module = "numpy._core" + module[len("numpy.core") :]  # numpy 2 moved the module
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return getattr(importlib.import_module(module), name)


def load_cifar_pickle(raw: bytes) -> dict:
    # The batches were written by Python 2; ``bytes`` keeps their str keys as b'...'.
    return _ArrayUnpickler(io.BytesIO(raw), encoding="bytes").load()


# Member names inside the official python-version tarballs (see the dataset page
# https://www.cs.toronto.edu/~kriz/cifar.html and torchvision/datasets/cifar.py).
CIFAR_LAYOUT = {
    "cifar10": {
        "folder": "cifar-10-batches-py",
        "train": [f"data_batch_{index}" for index in range(1, 6)],
        "test": ["test_batch"],
        "meta": "batches.meta",
        "labels": b"labels",
        "names": b"label_names",
    },
    "cifar100": {
        "folder": "cifar-100-python",
        "train": ["train"],
        "test": ["test"],
        "meta": "meta",
        "labels": b"fine_labels",
        "names": b"fine_label_names",
    },
}


def cifar_splits(archive: Path, variant: str) -> RawSplits:
    """Read the batches straight from the verified tarball.

    Reading from the archive instead of an extracted copy means the data always
    comes from the bytes whose md5 was checked, never from stale files left by
    an earlier, different archive.
    """
    layout = CIFAR_LAYOUT[variant]
    wanted = {layout["meta"], *layout["train"], *layout["test"]}
    found = _read_tar_members(archive, layout["folder"], wanted)
    meta = load_cifar_pickle(found[layout["meta"]])
    class_names = [_text(name) for name in meta[layout["names"]]]
    train_x, train_y = _cifar_batches(found, layout["train"], layout["labels"], archive)
    test_x, test_y = _cifar_batches(found, layout["test"], layout["labels"], archive)
    return RawSplits(train_x, train_y, test_x, test_y, class_names=class_names, hflip=True)


def _read_tar_members(archive: Path, folder: str, wanted: set[str]) -> dict[str, bytes]:
    found = {}
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                path = PurePosixPath(member.name)
                if member.isfile() and path.parent.name == folder and path.name in wanted:
                    found[path.name] = tar.extractfile(member).read()
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        raise UserError(
            f"{archive} is not a readable tar archive ({' '.join(str(error).split())}); "
            "delete it (a cached download is fetched again) or point sources: at a complete copy"
        ) from None
    missing = sorted(wanted - found.keys())
    if missing:
        raise UserError(
            f"{archive} lacks {folder}/{', '.join(missing)}; it is not the official python-version archive"
        )
    return found


def _cifar_batches(found: dict, names: list[str], label_key: bytes, archive: Path):
    images, labels = [], []
    for name in names:
        batch = load_cifar_pickle(found[name])
        data = np.asarray(batch[b"data"], dtype=np.uint8)
        if data.ndim != 2 or data.shape[1] != 3 * 32 * 32:
            raise UserError(f"{archive}: {name} has data of shape {data.shape}, expected (N, 3072)")
        # Each row holds the red plane, then green, then blue, each 32x32 row-major.
        images.append(data.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1))
        labels.append(np.asarray(batch[label_key], dtype=np.int64))
    return np.ascontiguousarray(np.concatenate(images)), np.concatenate(labels)


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


# ---------------------------------------------------------------- SVHN


def svhn_splits(train_mat: Path, test_mat: Path) -> RawSplits:
    """The cropped-digit .mat files: ``X`` is (32, 32, 3, N) = (row, col, channel, image).

    The label 10 stands for the digit 0 (MATLAB's 1-based habit); we map it back
    so class ``k`` is digit ``k``.
    """
    train_x, train_y = _svhn_mat(train_mat)
    test_x, test_y = _svhn_mat(test_mat)
    return RawSplits(
        train_x,
        train_y,
        test_x,
        test_y,
        class_names=[str(digit) for digit in range(10)],
        hflip=False,  # mirrored house numbers are not the same digits
    )


def _svhn_mat(path: Path) -> tuple[np.ndarray, np.ndarray]:
    from scipy.io import loadmat

    mat = loadmat(path)
    if "X" not in mat or "y" not in mat:
        raise UserError(f"{path} has no X/y arrays; it is not an SVHN cropped-digits .mat file")
    if mat["X"].dtype != np.uint8 or mat["X"].ndim != 4:
        raise UserError(f"{path}: X is {mat['X'].dtype} {mat['X'].shape}, expected uint8 (32, 32, 3, N)")
    images = np.ascontiguousarray(np.transpose(mat["X"], (3, 0, 1, 2)))
    labels = mat["y"].astype(np.int64).reshape(-1)
    labels[labels == 10] = 0
    return images, labels


# ---------------------------------------------------------------- user files


def npz_splits(path: Path) -> RawSplits:
    """An .npz with the four canonical arrays, and optionally ``class_names`` and ``hflip``.

    Without ``class_names`` the classes are called "0".."K-1"; without
    ``hflip`` horizontal flips are assumed label-preserving (natural images).
    """
    with _open_npz(path) as arrays:
        missing = [key for key in NPZ_KEYS if key not in arrays.files]
        if missing:
            raise UserError(
                f"{path} lacks array(s) {', '.join(missing)}; an npz data set needs "
                f"{', '.join(NPZ_KEYS)} (uint8 NHWC images, integer labels)"
            )
        loaded = {key: arrays[key] for key in NPZ_KEYS}
        names = [str(name) for name in arrays["class_names"]] if "class_names" in arrays.files else None
        hflip = bool(arrays["hflip"]) if "hflip" in arrays.files else True
    for key in ("train_labels", "test_labels"):
        if not np.issubdtype(loaded[key].dtype, np.integer):
            raise UserError(f"{path}: {key} must hold integers, got {loaded[key].dtype}")
        loaded[key] = loaded[key].astype(np.int64).reshape(-1)
    if names is None:
        top = max(
            (int(loaded[key].max()) for key in ("train_labels", "test_labels") if loaded[key].size),
            default=-1,
        )
        names = [str(index) for index in range(top + 1)]
    return RawSplits(**loaded, class_names=names, hflip=hflip)


def _open_npz(path: Path):
    try:
        arrays = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise UserError(f"{path} is not a readable .npz file ({' '.join(str(error).split())})") from None
    if not isinstance(arrays, np.lib.npyio.NpzFile):
        raise UserError(f"{path} holds a single array; save the splits with np.savez(train_images=..., ...)")
    return arrays


def folder_splits(root: Path) -> RawSplits:
    """An ImageFolder tree ``root/{train,test}/<class>/<image>``; classes sorted by name.

    Images are kept single-channel when every one is greyscale, else converted
    to RGB (alpha dropped). All must share one size: resizing silently would
    change what the benchmark measures.
    """
    class_names = _class_dirs(root / "train")
    paths = {split: _image_files(root / split, class_names) for split in ("train", "test")}
    greyscale = _all_greyscale([path for split in paths.values() for path, _ in split])
    train_x, train_y = _load_images(paths["train"], greyscale, root)
    test_x, test_y = _load_images(paths["test"], greyscale, root, reference=train_x.shape[1:])
    return RawSplits(train_x, train_y, test_x, test_y, class_names=class_names, hflip=True)


def _class_dirs(train_dir: Path) -> list[str]:
    if not train_dir.is_dir():
        raise UserError(
            f"{train_dir} does not exist; a folder data set needs train/<class>/ and test/<class>/"
        )
    names = sorted(
        entry.name for entry in train_dir.iterdir() if entry.is_dir() and not entry.name.startswith(".")
    )
    if not names:
        raise UserError(f"{train_dir} has no class sub-directories")
    return names


def _image_files(split_dir: Path, class_names: list[str]) -> list[tuple[Path, int]]:
    if not split_dir.is_dir():
        raise UserError(
            f"{split_dir} does not exist; a folder data set needs train/<class>/ and test/<class>/"
        )
    extra = sorted(
        entry.name
        for entry in split_dir.iterdir()
        if entry.is_dir() and not entry.name.startswith(".") and entry.name not in class_names
    )
    if extra:
        raise UserError(
            f"{split_dir} has classes {extra} that train/ lacks; every class needs training images"
        )
    files = [
        (path, label)
        for label, name in enumerate(class_names)
        if (split_dir / name).is_dir()
        for path in sorted((split_dir / name).iterdir())
        if path.suffix.lower() in IMAGE_SUFFIXES
    ]
    if not files:
        raise UserError(f"{split_dir} holds no {'/'.join(IMAGE_SUFFIXES)} images")
    return files


def _all_greyscale(paths: list[Path]) -> bool:
    for path in paths:
        if load_image(path).mode not in ("L", "1"):
            return False
    return True


def _load_images(files, greyscale: bool, root: Path, reference=None) -> tuple[np.ndarray, np.ndarray]:
    mode = "L" if greyscale else "RGB"
    arrays = []
    for path, _ in files:
        array = np.asarray(load_image(path, mode), dtype=np.uint8)
        array = array[..., None] if greyscale else array
        reference = array.shape if reference is None else reference
        if array.shape != tuple(reference):
            raise UserError(
                f"{path} is {array.shape[1]}x{array.shape[0]} but the other images in {root} are "
                f"{reference[1]}x{reference[0]}; resize them all to one size first"
            )
        arrays.append(array)
    labels = np.array([label for _, label in files], dtype=np.int64)
    return np.stack(arrays), labels
