"""prepare() for every kind of spec, from tiny files built here in each source's official format."""

from __future__ import annotations

import hashlib
import io
import pickle
import re
import tarfile
from pathlib import Path

import numpy as np
import pytest
from _http import FileServer

from advaug.data import KNOWN_DATASETS, dataset_slug, load_prepared, prepare, validate_spec
from advaug.data.download import md5_file
from advaug.data.sources import REMOTE_FILES
from advaug.errors import UserError

MINI = Path(__file__).resolve().parents[2] / "shared/data/cifar10-mini.npz"
CIFAR10_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]


def read_npz(out_dir) -> dict:
    with np.load(Path(out_dir) / "data.npz") as arrays:
        return {key: arrays[key] for key in arrays.files}


# ---------------------------------------------------------------- builders in the official formats


def cifar_rows(images: np.ndarray) -> np.ndarray:
    """NHWC -> the official (N, 3072) rows: red plane, green plane, blue plane."""
    return images.transpose(0, 3, 1, 2).reshape(len(images), 3 * 32 * 32)


def pickle_py2_style(obj) -> bytes:
    # The official batches are Python 2 pickles whose str keys load as bytes.
    return pickle.dumps(obj, protocol=2)


def write_tar_gz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def build_cifar10(directory: Path, per_batch: int = 3):
    rng = np.random.default_rng(0)
    batches = {
        name: rng.integers(0, 256, (per_batch, 32, 32, 3), dtype=np.uint8)
        for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]
    }
    labels = {name: rng.integers(0, 10, per_batch).tolist() for name in batches}
    members = {
        f"cifar-10-batches-py/{name}": pickle_py2_style(
            {
                b"batch_label": name.encode(),
                b"labels": labels[name],
                b"data": cifar_rows(images),
                b"filenames": [f"{name}_{i}.png".encode() for i in range(per_batch)],
            }
        )
        for name, images in batches.items()
    }
    members["cifar-10-batches-py/batches.meta"] = pickle_py2_style(
        {
            b"label_names": [name.encode() for name in CIFAR10_NAMES],
            b"num_cases_per_batch": per_batch,
            b"num_vis": 3072,
        }
    )
    archive = write_tar_gz(directory / "cifar-10-python.tar.gz", members)
    train_names = [f"data_batch_{i}" for i in range(1, 6)]
    expected = {
        "train_images": np.concatenate([batches[name] for name in train_names]),
        "train_labels": np.concatenate([labels[name] for name in train_names]),
        "test_images": batches["test_batch"],
        "test_labels": np.array(labels["test_batch"]),
        "first_row": cifar_rows(batches["data_batch_1"])[0],
    }
    return archive, expected


# ---------------------------------------------------------------- CIFAR-10 over HTTP


@pytest.fixture
def cifar10_served(tmp_path):
    www = tmp_path / "www"
    www.mkdir()
    archive, expected = build_cifar10(www)
    with FileServer(www) as server:
        sources = {"cifar10": {"url": server.url(archive.name), "md5": md5_file(archive)}}
        yield server, sources, expected


def test_cifar10_from_local_server_round_trips_exactly(cifar10_served, tmp_path):
    server, sources, expected = cifar10_served
    meta = prepare("cifar10", tmp_path / "out", tmp_path / "cache", sources, progress=False)
    arrays = read_npz(tmp_path / "out")
    for key in ("train_images", "train_labels", "test_images", "test_labels"):
        np.testing.assert_array_equal(arrays[key], expected[key], err_msg=key)
    assert meta["class_names"] == CIFAR10_NAMES and meta["hflip"] is True
    assert meta["counts"] == {"train": 15, "test": 3} and meta["name"] == "cifar10"
    assert meta["source_files"] == {"cifar-10-python.tar.gz": sources["cifar10"]["md5"]}
    assert (tmp_path / "cache" / "cifar10" / "cifar-10-python.tar.gz").is_file()


def test_cifar10_pixel_layout_matches_official_description(cifar10_served, tmp_path):
    """Row = 1024 red, 1024 green, 1024 blue values, each plane row-major (cifar.html)."""
    _, sources, expected = cifar10_served
    prepare("cifar10", tmp_path / "out", tmp_path / "cache", sources, progress=False)
    image = read_npz(tmp_path / "out")["train_images"][0]
    row = expected["first_row"]
    assert image[0, 0, 0] == row[0]  # red, pixel (0, 0)
    assert image[0, 1, 1] == row[1024 + 1]  # green, row 0 column 1
    assert image[1, 0, 2] == row[2048 + 32]  # blue, row 1 column 0
    assert image[31, 30, 0] == row[31 * 32 + 30]  # red, last row
    assert image[31, 31, 2] == row[3071]


def test_cifar10_second_prepare_reuses_verified_cache(cifar10_served, tmp_path):
    server, sources, _ = cifar10_served
    first = prepare("cifar10", tmp_path / "a", tmp_path / "cache", sources, progress=False)
    requests = len(server.requests)
    second = prepare("cifar10", tmp_path / "b", tmp_path / "cache", sources, progress=False)
    assert len(server.requests) == requests == 1
    assert first["sha256"] == second["sha256"]


def test_cifar10_checksum_mismatch_leaves_nothing_behind(cifar10_served, tmp_path):
    _, sources, _ = cifar10_served
    bad = {"cifar10": {**sources["cifar10"], "md5": "f" * 32}}
    with pytest.raises(UserError, match=r"expected md5 f{32}, got [0-9a-f]{32}"):
        prepare("cifar10", tmp_path / "out", tmp_path / "cache", bad, progress=False)
    assert list((tmp_path / "cache" / "cifar10").iterdir()) == []
    assert not (tmp_path / "out" / "meta.json").exists()


def test_archive_without_the_batches_is_rejected(tmp_path):
    archive = write_tar_gz(tmp_path / "other.tar.gz", {"something/else": b"x"})
    sources = {"cifar10": {"url": archive.as_uri(), "md5": None}}
    with pytest.raises(UserError, match="lacks cifar-10-batches-py/"):
        prepare("cifar10", tmp_path / "out", tmp_path / "cache", sources, progress=False)


def test_pickle_with_code_is_refused(tmp_path):
    class Sneaky:
        def __reduce__(self):
            return (print, ("ran",))

    members = {
        f"cifar-100-python/{name}": pickle.dumps(Sneaky(), protocol=2) for name in ("train", "test", "meta")
    }
    archive = write_tar_gz(tmp_path / "c100.tar.gz", members)
    with pytest.raises(UserError, match=r"refusing to unpickle \S*builtin\S*\.print"):
        prepare(
            "cifar100", tmp_path / "out", tmp_path / "cache", {"cifar100": {"url": str(archive), "md5": None}}
        )


# ---------------------------------------------------------------- CIFAR-100 and SVHN from file://


def test_cifar100_from_file_url(tmp_path):
    rng = np.random.default_rng(1)
    fine_names = [f"class_{i:02d}" for i in range(100)]
    images = {
        split: rng.integers(0, 256, (n, 32, 32, 3), dtype=np.uint8)
        for split, n in (("train", 6), ("test", 2))
    }
    fine = {split: rng.integers(0, 100, len(images[split])).tolist() for split in images}
    members = {
        f"cifar-100-python/{split}": pickle_py2_style(
            {
                b"data": cifar_rows(images[split]),
                b"fine_labels": fine[split],
                b"coarse_labels": [label // 5 for label in fine[split]],
                b"filenames": [b"x.png"] * len(fine[split]),
            }
        )
        for split in images
    }
    members["cifar-100-python/meta"] = pickle_py2_style(
        {
            b"fine_label_names": [name.encode() for name in fine_names],
            b"coarse_label_names": [f"super_{i}".encode() for i in range(20)],
        }
    )
    archive = write_tar_gz(tmp_path / "cifar-100-python.tar.gz", members)
    sources = {"cifar100": {"url": archive.as_uri(), "md5": md5_file(archive)}}
    meta = prepare("cifar100", tmp_path / "out", tmp_path / "cache", sources, progress=False)
    arrays = read_npz(tmp_path / "out")
    for split in ("train", "test"):
        np.testing.assert_array_equal(arrays[f"{split}_images"], images[split])
        np.testing.assert_array_equal(arrays[f"{split}_labels"], fine[split])
    assert meta["class_names"] == fine_names and meta["num_classes"] == 100
    assert not (tmp_path / "cache" / "cifar100").exists()  # a local copy is read in place


def build_svhn(directory: Path):
    from scipy.io import savemat

    rng = np.random.default_rng(2)
    mats = {}
    for split, count in (("train", 7), ("test", 4)):
        x = rng.integers(0, 256, (32, 32, 3, count), dtype=np.uint8)  # (row, col, channel, image)
        y = np.array([[10], [1], [9], [10], [3], [5], [2]][:count], dtype=np.uint8)
        path = directory / f"{split}_32x32.mat"
        savemat(path, {"X": x, "y": y})
        mats[split] = (path, x, y)
    return mats


def test_svhn_from_file_urls_maps_ten_to_zero(tmp_path):
    mats = build_svhn(tmp_path)
    sources = {
        "svhn": {split: {"url": path.as_uri(), "md5": md5_file(path)} for split, (path, _, _) in mats.items()}
    }
    meta = prepare("svhn", tmp_path / "out", tmp_path / "cache", sources, progress=False)
    arrays = read_npz(tmp_path / "out")
    for split, (_, x, y) in mats.items():
        images = arrays[f"{split}_images"]
        assert images.shape == (x.shape[3], 32, 32, 3)
        assert images[1, 4, 7, 2] == x[4, 7, 2, 1]  # image 1, row 4, column 7, blue
        np.testing.assert_array_equal(images, np.moveaxis(x, 3, 0))
        np.testing.assert_array_equal(arrays[f"{split}_labels"], np.where(y[:, 0] == 10, 0, y[:, 0]))
    assert arrays["train_labels"][0] == 0
    assert meta["hflip"] is False and meta["class_names"] == [str(d) for d in range(10)]


def test_svhn_override_without_md5_checks_the_official_one(tmp_path):
    mats = build_svhn(tmp_path)
    sources = {"svhn": {split: {"url": str(path)} for split, (path, _, _) in mats.items()}}
    official = REMOTE_FILES["svhn"]["train"].md5
    with pytest.raises(UserError, match=f"expected md5 {official}"):
        prepare("svhn", tmp_path / "out", tmp_path / "cache", sources, progress=False)


@pytest.mark.parametrize(
    "sources, complaint",
    [
        ({"svhn": {"url": "file:///x.mat"}}, "must map train and test"),
        ({"cifar10": {"url": "file:///x", "sha": "abc"}}, "url and/or md5"),
        ({"cifar10": {"md5": "xyz"}}, "32 hex digits"),
        ({"cifar10": {"url": ""}}, "non-empty string"),
        ({"url": "file:///x.tar.gz", "md5": None}, "keyed by data set name"),
    ],
)
def test_malformed_overrides_are_rejected(tmp_path, sources, complaint):
    with pytest.raises(UserError, match=complaint):
        prepare("cifar10", tmp_path / "out", tmp_path / "cache", sources, progress=False)


# ---------------------------------------------------------------- digits


def test_digits_shapes_split_and_determinism(tmp_path):
    first = prepare("digits", tmp_path / "a", tmp_path / "cache")
    second = prepare("digits", tmp_path / "b", tmp_path / "cache")
    assert first["sha256"] == second["sha256"]
    arrays = read_npz(tmp_path / "a")
    train, test = arrays["train_images"], arrays["test_images"]
    assert train.dtype == np.uint8 and train.shape[1:] == (32, 32, 3)
    assert len(train) + len(test) == 1797 and abs(len(test) - 0.2 * 1797) <= 1
    assert first["num_classes"] == 10 and first["hflip"] is False
    assert set(np.unique(arrays["train_labels"])) == set(range(10))
    totals = np.bincount(arrays["train_labels"], minlength=10) + np.bincount(
        arrays["test_labels"], minlength=10
    )
    test_counts = np.bincount(arrays["test_labels"], minlength=10)
    assert np.all(np.abs(test_counts - totals * len(test) / 1797) <= 1)  # stratified
    assert (train[..., 0] == train[..., 1]).all() and (train[..., 1] == train[..., 2]).all()
    assert train.max() == 255 and train.min() == 0


def test_digits_upscale_keeps_the_8x8_content():
    from sklearn.datasets import load_digits

    from advaug.data.readers import digits_splits

    splits = digits_splits()
    originals = load_digits().images * (255 / 16)
    # Find each train image's source by exact match after 4x4 block averaging.
    blocks = splits.train_images[..., 0].astype(float).reshape(-1, 8, 4, 8, 4).mean(axis=(2, 4))
    flat_blocks = blocks.reshape(len(blocks), -1)
    flat_orig = originals.reshape(len(originals), -1)
    corr = np.corrcoef(flat_blocks[:50], flat_orig)[:50, 50:]
    best = corr.max(axis=1)
    assert np.all(best > 0.95)
    assert np.all(load_digits().target[corr.argmax(axis=1)] == splits.train_labels[:50])


def test_bilinear_matrix_matches_torch_interpolate():
    import torch

    from advaug.data.readers import bilinear_matrix

    grid = np.random.default_rng(3).random((2, 8, 8))
    weights = bilinear_matrix(8, 32)
    ours = np.einsum("hi,nij,wj->nhw", weights, grid, weights)
    reference = torch.nn.functional.interpolate(
        torch.from_numpy(grid)[:, None], size=(32, 32), mode="bilinear", align_corners=False
    )[:, 0].numpy()
    np.testing.assert_allclose(ours, reference, atol=1e-12)


# ---------------------------------------------------------------- npz and folder


def write_npz(path: Path, **arrays) -> Path:
    np.savez(path, **arrays)
    return path


def small_arrays(seed: int = 4, channels: int = 3) -> dict:
    rng = np.random.default_rng(seed)
    return {
        "train_images": rng.integers(0, 256, (6, 8, 8, channels), dtype=np.uint8),
        "train_labels": np.array([0, 1, 2, 0, 1, 2]),
        "test_images": rng.integers(0, 256, (3, 8, 8, channels), dtype=np.uint8),
        "test_labels": np.array([2, 1, 0]),
    }


def test_npz_round_trip_and_default_class_names(tmp_path):
    arrays = small_arrays()
    path = write_npz(tmp_path / "my data.v2.npz", **arrays)
    meta = prepare(f"npz:{path}", tmp_path / "out", tmp_path / "cache")
    written = read_npz(tmp_path / "out")
    for key, value in arrays.items():
        np.testing.assert_array_equal(written[key], value)
    assert meta["class_names"] == ["0", "1", "2"] and meta["hflip"] is True
    assert meta["name"] == "npz-my-data-v2" and meta["source"] == f"npz:{path}"
    loaded = load_prepared(tmp_path / "out")
    assert tuple(loaded.train_images.shape) == (6, 3, 8, 8)


def test_npz_class_names_and_hflip_are_read(tmp_path):
    path = write_npz(
        tmp_path / "d.npz", **small_arrays(), class_names=np.array(["a", "b", "c"]), hflip=np.array(False)
    )
    meta = prepare(f"npz:{path}", tmp_path / "out", tmp_path / "cache")
    assert meta["class_names"] == ["a", "b", "c"] and meta["hflip"] is False


def test_npz_missing_key_is_named(tmp_path):
    arrays = small_arrays()
    del arrays["test_labels"]
    path = write_npz(tmp_path / "d.npz", **arrays)
    with pytest.raises(UserError, match="lacks array\\(s\\) test_labels"):
        prepare(f"npz:{path}", tmp_path / "out", tmp_path / "cache")


def test_file_that_is_no_npz_is_a_user_error(tmp_path):
    (tmp_path / "notes.npz").write_text("hello")
    np.save(tmp_path / "single.npy", np.zeros(3))
    with pytest.raises(UserError, match="not a readable .npz"):
        prepare(f"npz:{tmp_path / 'notes.npz'}", tmp_path / "out", tmp_path / "cache")
    with pytest.raises(UserError, match="holds a single array"):
        prepare(f"npz:{tmp_path / 'single.npy'}", tmp_path / "out", tmp_path / "cache")


def write_png_tree(root: Path, arrays: dict, names: list[str]) -> None:
    from PIL import Image

    for split in ("train", "test"):
        for index, (image, label) in enumerate(zip(arrays[f"{split}_images"], arrays[f"{split}_labels"])):
            target = root / split / names[label] / f"{index:03d}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            Image.fromarray(image.squeeze(-1) if image.shape[-1] == 1 else image).save(target)


def sort_by_class(images, labels):
    order = np.argsort(labels, kind="stable")
    return images[order], labels[order]


@pytest.mark.parametrize("channels", [3, 1])
def test_folder_of_pngs_round_trips(tmp_path, channels):
    arrays = small_arrays(channels=channels)
    names = ["cat", "dog", "emu"]
    write_png_tree(tmp_path / "pets", arrays, names)
    meta = prepare(f"folder:{tmp_path / 'pets'}/", tmp_path / "out", tmp_path / "cache")
    written = read_npz(tmp_path / "out")
    assert meta["class_names"] == names and meta["name"] == "folder-pets"
    assert meta["channels"] == channels
    for split in ("train", "test"):
        # Files are read class by class, in file-name order (= original order here).
        images, labels = sort_by_class(arrays[f"{split}_images"], arrays[f"{split}_labels"])
        np.testing.assert_array_equal(written[f"{split}_images"], images)
        np.testing.assert_array_equal(written[f"{split}_labels"], labels)


def test_folder_with_mixed_sizes_is_rejected(tmp_path):
    from PIL import Image

    arrays = small_arrays()
    write_png_tree(tmp_path / "pets", arrays, ["cat", "dog", "emu"])
    Image.new("RGB", (9, 8)).save(tmp_path / "pets" / "test" / "dog" / "odd.png")
    with pytest.raises(UserError, match=r"odd.png is 9x8 but the other images .* are 8x8"):
        prepare(f"folder:{tmp_path / 'pets'}", tmp_path / "out", tmp_path / "cache")


def test_folder_without_test_split_is_rejected(tmp_path):
    from PIL import Image

    (tmp_path / "f" / "train" / "a").mkdir(parents=True)
    Image.new("RGB", (4, 4)).save(tmp_path / "f" / "train" / "a" / "x.png")
    with pytest.raises(UserError, match="test does not exist"):
        prepare(f"folder:{tmp_path / 'f'}", tmp_path / "out", tmp_path / "cache")


# ---------------------------------------------------------------- specs and slugs


@pytest.mark.parametrize(
    "spec, slug",
    [
        ("digits", "digits"),
        ("cifar10", "cifar10"),
        ("cifar100", "cifar100"),
        ("svhn", "svhn"),
        ("npz:/data/cifar10-mini.npz", "npz-cifar10-mini"),
        ("npz:rel/x y.npz", "npz-x-y"),
        ("folder:/data/My Images/", "folder-My-Images"),
        ("folder:/data/{w}*", "folder-w"),
    ],
)
def test_dataset_slug(spec, slug):
    assert dataset_slug(spec) == slug
    assert re.fullmatch(r"[A-Za-z0-9_-]+", slug)


def test_known_datasets_validate():
    for name in KNOWN_DATASETS:
        assert validate_spec(name).kind == name


@pytest.mark.parametrize(
    "spec, complaint",
    [
        ("cifar-10", "unknown data set 'cifar-10'; use one of digits, cifar10"),
        ("imagenet:/x", "unknown data set kind 'imagenet'"),
        ("npz:", "lacks a path"),
        ("npz:/no/such/file.npz", "is not a file"),
        ("folder:/no/such/dir", "is not a directory"),
    ],
)
def test_bad_specs_are_user_errors(spec, complaint):
    with pytest.raises(UserError, match=re.escape(complaint)):
        validate_spec(spec)


# ---------------------------------------------------------------- the shared real slice


@pytest.mark.skipif(not MINI.exists(), reason=f"{MINI} absent (it lives in ../shared beside the repository)")
def test_cifar10_mini_via_npz(tmp_path):
    meta = prepare(f"npz:{MINI}", tmp_path / "out", tmp_path / "cache")
    assert meta["counts"] == {"train": 5085, "test": 1017}
    assert meta["name"] == "npz-cifar10-mini" and meta["num_classes"] == 10
    assert (
        hashlib.sha256(MINI.read_bytes()).hexdigest()
        == "2eba29b0d1ff40a6b9b5c344dd98e8933f600f28e513038e9989915e418a9048"
    )
