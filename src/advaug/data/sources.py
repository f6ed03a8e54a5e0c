"""Data sets named by a spec string, and :func:`prepare`, which writes one in the canonical format.

Spec strings
------------
``digits``
    scikit-learn's bundled handwritten digits as 32x32 RGB; no download, so it is
    the default that runs anywhere.
``cifar10`` / ``cifar100``
    The official python-version tarballs from https://www.cs.toronto.edu/~kriz/cifar.html.
``svhn``
    The official cropped-digit files ``train_32x32.mat`` and ``test_32x32.mat``
    (``extra`` is not used) from http://ufldl.stanford.edu/housenumbers/.
``npz:<path>``
    An .npz holding ``train_images``, ``train_labels``, ``test_images``,
    ``test_labels`` (uint8 NHWC), optionally ``class_names`` and ``hflip``.
``folder:<path>``
    An ImageFolder tree ``<path>/train/<class>/*.png|jpg`` and ``<path>/test/<class>/...``.

Source overrides
----------------
``prepare(..., sources=...)`` takes a mapping (the config's data-source section)
that replaces where the downloadable sets come from, e.g. a mirror or a copy the
user already has::

    {"cifar10":  {"url": "file:///data/cifar-10-python.tar.gz", "md5": "c58f..."},
     "cifar100": {"url": "https://mirror.example/cifar-100-python.tar.gz"},
     "svhn": {"train": {"url": "...", "md5": "..."}, "test": {"url": "..."}}}

``svhn`` has two files, so its override holds one entry per file (``train``,
``test``). Every field is optional and falls back to the official value, so an
entry with only ``url`` still checks the official md5; ``"md5": null`` turns the
check off (better: give the md5 of your copy). ``url`` may be ``http(s)://``,
``file:///abs/path`` or a plain path; a local file is verified and read in
place instead of being copied into the cache. Entries for other names (e.g.
corruption sets that share the section) are left to their own readers.

Downloads land in ``<cache_dir>/<name>/<official file name>``; a verified file
there is reused, and placing one there by hand is the offline fallback.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from advaug.data import readers
from advaug.data.canonical import RawSplits, write_prepared
from advaug.data.download import download_url, local_path, md5_file
from advaug.errors import UserError

DEFAULT_DATASET = "digits"
KNOWN_DATASETS = ("digits", "cifar10", "cifar100", "svhn")
FILE_KINDS = ("npz", "folder")
_MD5 = re.compile(r"^[0-9a-fA-F]{32}$")


@dataclass(frozen=True)
class RemoteFile:
    filename: str
    url: str
    md5: str | None


# URLs and md5s as in torchvision 0.29 (torchvision/datasets/cifar.py: CIFAR10.url /
# tgz_md5, CIFAR100.url / tgz_md5; torchvision/datasets/svhn.py: SVHN.split_list).
REMOTE_FILES: dict[str, dict[str, RemoteFile]] = {
    "cifar10": {
        "archive": RemoteFile(
            "cifar-10-python.tar.gz",
            "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
            "c58f30108f718f92721af3b95e74349a",
        )
    },
    "cifar100": {
        "archive": RemoteFile(
            "cifar-100-python.tar.gz",
            "https://www.cs.toronto.edu/~kriz/cifar-100-python.tar.gz",
            "eb9058c3a382ffc7106e4002c42a8d85",
        )
    },
    "svhn": {
        "train": RemoteFile(
            "train_32x32.mat",
            "http://ufldl.stanford.edu/housenumbers/train_32x32.mat",
            "e26dedcc434d2e4c54c9b2d4a06d8373",
        ),
        "test": RemoteFile(
            "test_32x32.mat",
            "http://ufldl.stanford.edu/housenumbers/test_32x32.mat",
            "eb5a983be6a315427106f1b164d9cef3",
        ),
    },
}


@dataclass(frozen=True)
class DatasetSpec:
    """A parsed spec: ``kind`` is a built-in name or ``npz``/``folder`` (then ``path`` is set)."""

    text: str
    kind: str
    path: Path | None = None


def parse_spec(spec: str) -> DatasetSpec:
    """Check the spec's syntax only; :func:`validate_spec` also checks that paths exist."""
    text = str(spec).strip()
    kind, sep, rest = text.partition(":")
    if not sep:
        if text in KNOWN_DATASETS:
            return DatasetSpec(text, text)
        raise UserError(
            f"unknown data set {text!r}; use one of {', '.join(KNOWN_DATASETS)}, "
            "npz:<path to .npz> or folder:<path to image folder>"
        )
    if kind not in FILE_KINDS:
        raise UserError(
            f"unknown data set kind {kind!r} in {text!r}; only npz:<path> and folder:<path> take a path"
        )
    if not rest.strip():
        raise UserError(f"data set spec {text!r} lacks a path; write {kind}:<path>")
    return DatasetSpec(text, kind, Path(os.path.expanduser(rest.strip())))


def validate_spec(spec: str) -> DatasetSpec:
    parsed = parse_spec(spec)
    if parsed.kind == "npz" and not parsed.path.is_file():
        raise UserError(f"{parsed.text}: {parsed.path} is not a file; give the path of an existing .npz")
    if parsed.kind == "folder" and not parsed.path.is_dir():
        raise UserError(
            f"{parsed.text}: {parsed.path} is not a directory; give a folder holding train/ and test/"
        )
    return parsed


def dataset_slug(spec: str) -> str:
    """A name safe as a directory and a Snakemake wildcard value: only ``[A-Za-z0-9_-]``."""
    parsed = parse_spec(spec)
    if parsed.kind in KNOWN_DATASETS:
        return parsed.kind
    if parsed.kind == "npz":
        stem = parsed.path.stem
    else:
        stem = Path(os.path.abspath(parsed.path)).name
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "data"
    return f"{parsed.kind}-{cleaned}"


def check_sources(sources: dict | None) -> None:
    """Reject malformed overrides for the downloadable sets before any download starts."""
    if sources is not None and not isinstance(sources, dict):
        raise UserError(f"data source overrides must be a mapping of data set names, got {sources!r}")
    misplaced = sorted(set(sources or {}) & {"url", "md5", "train", "test"})
    if misplaced:
        # One entry passed without its data set name would otherwise be ignored silently.
        raise UserError(
            f"data source overrides are keyed by data set name, e.g. {{cifar10: {{url: ..., md5: ...}}}}; "
            f"got {', '.join(misplaced)} at the top level"
        )
    for name, files in REMOTE_FILES.items():
        entry = (sources or {}).get(name)
        if entry is None:
            continue
        if set(files) == {"archive"}:
            _check_entry(entry, name)
            continue
        if not isinstance(entry, dict) or not set(entry) <= set(files):
            raise UserError(
                f"data source override for {name} must map {' and '.join(files)} to "
                f"{{url, md5}} entries, got {entry!r}"
            )
        for part, sub_entry in entry.items():
            _check_entry(sub_entry or {}, f"{name}.{part}")


def _check_entry(entry, where: str) -> None:
    if not isinstance(entry, dict) or not set(entry) <= {"url", "md5"}:
        raise UserError(
            f"data source override for {where} must be a mapping with url and/or md5, got {entry!r}"
        )
    url = entry.get("url")
    if "url" in entry and (not isinstance(url, str) or not url.strip()):
        raise UserError(f"data source override for {where}: url must be a non-empty string, got {url!r}")
    md5 = entry.get("md5")
    if md5 is not None and (not isinstance(md5, str) or not _MD5.match(md5)):
        raise UserError(f"data source override for {where}: md5 must be 32 hex digits or null, got {md5!r}")


def remote_files(name: str, sources: dict | None = None) -> dict[str, RemoteFile]:
    """The official files of ``name`` with the user's overrides applied."""
    check_sources(sources)
    entry = (sources or {}).get(name) or {}
    files = REMOTE_FILES[name]
    per_file = {"archive": entry} if set(files) == {"archive"} else entry
    return {part: replace(remote, **(per_file.get(part) or {})) for part, remote in files.items()}


def prepare(
    spec: str,
    out_dir: str | os.PathLike,
    cache_dir: str | os.PathLike,
    sources: dict | None = None,
    *,
    progress: bool = True,
) -> dict:
    """Fetch, parse and write ``spec`` to ``out_dir`` (``data.npz`` + ``meta.json``); return the meta."""
    parsed = validate_spec(spec)
    check_sources(sources)
    splits = load_raw(parsed, Path(cache_dir), sources, progress=progress)
    return write_prepared(splits, out_dir, name=dataset_slug(parsed.text), source=parsed.text)


def load_raw(
    spec: str | DatasetSpec,
    cache_dir: str | os.PathLike,
    sources: dict | None = None,
    *,
    progress: bool = True,
) -> RawSplits:
    parsed = spec if isinstance(spec, DatasetSpec) else validate_spec(spec)
    if parsed.kind == "digits":
        return readers.digits_splits()
    if parsed.kind == "npz":
        return readers.npz_splits(parsed.path)
    if parsed.kind == "folder":
        return readers.folder_splits(parsed.path)
    files = {
        part: fetch(parsed.kind, part, remote, Path(cache_dir), progress)
        for part, remote in remote_files(parsed.kind, sources).items()
    }
    if parsed.kind == "svhn":
        splits = readers.svhn_splits(files["train"][0], files["test"][0])
    else:
        splits = readers.cifar_splits(files["archive"][0], parsed.kind)
    # md5s (not URLs, which are machine-specific) record exactly which bytes were read.
    splits.extra_meta["source_files"] = {path.name: md5 for path, md5 in files.values()}
    return splits


def _override_example(name: str, part: str) -> str:
    url = "{url: ..., md5: ...}"
    return f"sources: {{{name}: {url}}}" if part == "archive" else f"sources: {{{name}: {{{part}: {url}}}}}"


def fetch(
    name: str, part: str, remote: RemoteFile, cache_dir: Path, progress: bool = True
) -> tuple[Path, str]:
    """A verified local copy of ``remote`` and its md5: read in place if local, else cached."""
    where = name if part == "archive" else f"{name}.{part}"
    local = local_path(remote.url)
    if local is None:
        path = download_url(
            remote.url,
            cache_dir / name / remote.filename,
            remote.md5,
            progress=progress,
            hint=f"set a mirror or file:// copy in the config as {_override_example(name, part)}",
        )
        return path, remote.md5 or md5_file(path)
    if not local.is_file():
        raise UserError(
            f"{local} (data source for {where}) does not exist; fix the url in the config override"
        )
    got = md5_file(local)
    if remote.md5 is not None and got != remote.md5.lower():
        raise UserError(
            f"checksum mismatch for {local}: expected md5 {remote.md5}, got {got}; use an intact copy "
            f"of {remote.filename} or set the md5 of the {where} data source override"
        )
    return local, got
