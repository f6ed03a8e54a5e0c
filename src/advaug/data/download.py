"""Fetching data files so that a flaky network or a killed job never corrupts the cache.

Three promises hold for every file this module writes:

* nothing ever sits under its final name unless it is complete (and, when a
  checksum is known, verified): bytes go to ``<name>.part`` first and are
  renamed into place;
* an interrupted download is resumed from its ``.part`` file with an HTTP
  ``Range`` request when the server honours it (``206``), and restarted from
  scratch when it does not;
* when the network is unreachable the user gets one line naming the URL and
  the exact path where a copy can be placed by hand, instead of a traceback.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import socket
import ssl
import sys
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from advaug import __version__
from advaug.errors import UserError
from advaug.io import atomic_path

USER_AGENT = f"advaug/{__version__} (python-urllib; benchmark data download)"
CHUNK = 1 << 20
# Client errors that a retry cannot fix; 408 (timeout) and 429 (rate limit) can clear up.
_RETRYABLE_HTTP = {408, 429}


# What reading a socket can raise; other OSErrors (a full disk) are real errors, not retried.
_NETWORK_ERRORS = (
    urllib.error.URLError,
    http.client.HTTPException,
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    ssl.SSLError,
)


class _TransientError(Exception):
    """A failure worth another try: the network, the server or a truncated body."""


class _StalePart(Exception):
    """The server rejects resuming from the kept ``.part``; start over from byte 0."""


def md5_file(path: str | os.PathLike, chunk: int = CHUNK) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def part_path(dest: Path) -> Path:
    """``x.tar.gz`` -> ``x.tar.gz.part`` (``with_suffix`` would drop the ``.gz``)."""
    return dest.with_name(dest.name + ".part")


def download_url(
    url: str,
    dest: str | os.PathLike,
    md5: str | None,
    *,
    timeout: float = 60,
    retries: int = 3,
    backoff: float = 1.0,
    resume: bool = True,
    progress: bool = True,
    hint: str | None = None,
) -> Path:
    """Fetch ``url`` to ``dest`` (http, https, file:// or a plain local path) and return ``dest``.

    A file already at ``dest`` whose md5 matches is reused without touching the
    network. Network failures are retried ``retries`` more times, sleeping
    ``backoff * 2**k`` seconds in between. ``hint`` names the config setting
    that points at a mirror; it is appended to the offline message.
    """
    dest = Path(dest)
    md5 = md5.lower() if md5 else None
    if dest.exists() and (md5 is None or md5_file(dest) == md5):
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    local = local_path(url)
    if local is not None:
        _copy_local(local, dest, md5, progress)
        return dest
    _download_http(url, dest, md5, timeout, retries, backoff, resume, progress, hint)
    return dest


def local_path(url: str) -> Path | None:
    """The file a ``file://`` URL or a bare path names; ``None`` for network URLs."""
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme in ("http", "https"):
        return None
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            raise UserError(f"bad file URL {url!r}: write an absolute path as file:///abs/path")
        return Path(urllib.request.url2pathname(parsed.path))
    if parsed.scheme and len(parsed.scheme) > 1:  # one letter: a Windows drive, i.e. a path
        raise UserError(f"cannot fetch {url!r}: only http, https and file:// URLs are supported")
    return Path(url).expanduser()


def _copy_local(source: Path, dest: Path, md5: str | None, progress: bool) -> None:
    if not source.is_file():
        raise UserError(f"{source} does not exist; fix the file:// URL or put the file at {dest}")
    part = part_path(dest)
    with open(source, "rb") as reader, open(part, "wb") as writer:
        _stream(reader, writer, source.stat().st_size, 0, progress, source.name)
    _verify_and_place(part, dest, md5, str(source))


def _download_http(url, dest, md5, timeout, retries, backoff, resume, progress, hint) -> None:
    part = part_path(dest)
    attempts = retries + 1
    last_error: Exception | None = None
    attempt = 0
    while attempt < attempts:
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        attempt += 1
        start = part.stat().st_size if resume and part.exists() else 0
        try:
            _fetch_once(url, part, start, timeout, progress)
            if start and md5 is not None and md5_file(part) != md5:
                # The kept .part may belong to an older file under the same name:
                # one fresh download decides whether the source itself is wrong.
                raise _StalePart
        except _TransientError as error:
            last_error = error
            continue
        except _StalePart:
            # Not the network's fault, so it costs no try; without resume it cannot recur.
            part.unlink(missing_ok=True)
            attempt -= 1
            resume = False
            continue
        _verify_and_place(part, dest, md5, url)
        return
    raise UserError(_offline_message(url, dest, md5, attempts, last_error, hint))


def _fetch_once(url: str, part: Path, start: int, timeout: float, progress: bool) -> None:
    """One request; appends to ``part`` from ``start`` or rewrites it when the range is refused."""
    headers = {"User-Agent": USER_AGENT}
    if start:
        headers["Range"] = f"bytes={start}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            start = _resume_offset(response, start)
            if start is None:
                raise _StalePart
            length = response.headers.get("Content-Length")
            expected = start + int(length) if length is not None else None
            with open(part, "r+b" if start else "wb") as writer:
                writer.seek(start)
                writer.truncate()
                written = _stream(response, writer, expected, start, progress, part.name)
    except urllib.error.HTTPError as error:
        if error.code == 416 and start:
            raise _StalePart from error  # the kept .part is as long as the file, or longer
        if error.code >= 500 or error.code in _RETRYABLE_HTTP:
            raise _TransientError(f"HTTP {error.code} {error.reason}") from error
        raise UserError(
            f"{url} answered HTTP {error.code} {error.reason}; check the URL "
            "(or the data source override in the config)"
        ) from error
    except _NETWORK_ERRORS as error:
        raise _TransientError(_reason(error)) from error
    if expected is not None and written != expected:
        raise _TransientError(f"connection closed after {written} of {expected} bytes")


def _resume_offset(response, start: int) -> int | None:
    """Where the body goes: ``start`` for a matching 206, 0 for a full body, None for another range."""
    if not start or response.status != 206:
        return 0
    content_range = response.headers.get("Content-Range", "")
    try:
        first = int(content_range.split()[1].split("-")[0])
    except (IndexError, ValueError):
        first = -1
    return start if first == start else None


def _stream(
    reader: BinaryIO, writer: BinaryIO, total: int | None, done: int, progress: bool, label: str
) -> int:
    """Copy in chunks, showing a bar on stderr only when someone is watching it."""
    bar = _progress_bar(total, done, progress, label)
    try:
        while block := reader.read(CHUNK):
            writer.write(block)
            done += len(block)
            if bar is not None:
                bar.update(len(block))
    finally:
        if bar is not None:
            bar.close()
    return done


def _progress_bar(total: int | None, done: int, progress: bool, label: str):
    if not progress or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(
        total=total,
        initial=done,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=label,
        file=sys.stderr,
        leave=False,
    )


def _verify_and_place(part: Path, dest: Path, md5: str | None, origin: str) -> None:
    if md5 is not None:
        got = md5_file(part)
        if got != md5:
            part.unlink(missing_ok=True)
            raise UserError(
                f"checksum mismatch for {origin}: expected md5 {md5}, got {got}; the copy is "
                "corrupt or not the expected file: fetch it again, or fix the url/md5 in the "
                "data source override"
            )
    os.replace(part, dest)


def _reason(error: BaseException) -> str:
    inner = getattr(error, "reason", None)
    text = str(inner if inner is not None else error) or type(error).__name__
    return " ".join(text.split())


def _offline_message(url, dest, md5, attempts, last_error, hint) -> str:
    checksum = f" (md5 {md5})" if md5 else ""
    override = (
        f", or {hint}"
        if hint
        else ", or point the data source override in the config at a mirror or file:// copy"
    )
    return (
        f"could not download {url} after {attempts} {'try' if attempts == 1 else 'tries'} "
        f"({_reason(last_error)}); "
        f"place the file by hand at {os.path.abspath(dest)}{checksum}{override}"
    )


def extract_tar(archive: str | os.PathLike, dest_dir: str | os.PathLike) -> list[Path]:
    """Unpack regular files and directories of ``archive`` under ``dest_dir``; return the files.

    Members already present with the right size are skipped, so re-running after
    an interruption only writes what is missing; every file is written under a
    temporary name first, so a size match means a finished file. Absolute
    paths, ``..`` components and links are refused: a crafted archive must not
    write outside ``dest_dir``.
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    files = []
    with tarfile.open(archive, "r:*") as tar:
        for member in tar:
            target = dest_dir / _safe_member_path(member, archive)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            files.append(target)
            if target.is_file() and target.stat().st_size == member.size:
                continue
            source = tar.extractfile(member)
            with atomic_path(target) as tmp, open(tmp, "wb") as writer:
                shutil.copyfileobj(source, writer, CHUNK)
    return files


def _safe_member_path(member: tarfile.TarInfo, archive) -> PurePosixPath:
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts or member.name.startswith(("/", "\\")):
        raise UserError(f"refusing unsafe path {member.name!r} in {archive}; the archive is not trustworthy")
    if not (member.isfile() or member.isdir()):
        raise UserError(
            f"refusing {member.name!r} in {archive}: only regular files and directories are "
            "extracted (links and devices could write outside the target)"
        )
    return name
