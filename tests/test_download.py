"""download_url, md5_file and extract_tar against a local server: resume, retries, checksums, offline."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import time

import pytest
from _http import FileServer, unused_port

from advaug.data.download import download_url, extract_tar, md5_file, part_path
from advaug.errors import UserError

PAYLOAD = bytes(range(256)) * 700 + b"tail"  # ~180 kB: several chunks would not matter, one is fine
PAYLOAD_MD5 = hashlib.md5(PAYLOAD).hexdigest()


@pytest.fixture
def served(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    (root / "blob.bin").write_bytes(PAYLOAD)
    return root


def fetch(url, dest, md5=PAYLOAD_MD5, **kwargs):
    kwargs.setdefault("backoff", 0.01)
    kwargs.setdefault("progress", False)
    return download_url(url, dest, md5, **kwargs)


def test_md5_file_matches_hashlib(tmp_path):
    path = tmp_path / "x"
    path.write_bytes(PAYLOAD)
    assert md5_file(path, chunk=1000) == PAYLOAD_MD5


def test_http_download_is_verified_and_named_finally(served, tmp_path):
    dest = tmp_path / "cache" / "blob.tar.gz"
    with FileServer(served) as server:
        assert fetch(server.url("blob.bin"), dest) == dest
    assert dest.read_bytes() == PAYLOAD
    assert not part_path(dest).exists()
    assert part_path(dest).name == "blob.tar.gz.part"
    assert server.requests[0]["user_agent"].startswith("advaug/")


def test_verified_file_in_place_is_reused_without_network(served, tmp_path):
    dest = tmp_path / "blob.bin"
    dest.write_bytes(PAYLOAD)
    url = f"http://127.0.0.1:{unused_port()}/blob.bin"  # would fail if contacted
    assert fetch(url, dest, retries=0) == dest


def test_corrupt_file_in_place_is_replaced(served, tmp_path):
    dest = tmp_path / "blob.bin"
    dest.write_bytes(b"not it")
    with FileServer(served) as server:
        fetch(server.url("blob.bin"), dest)
    assert dest.read_bytes() == PAYLOAD


def test_checksum_mismatch_leaves_no_file_and_says_what_to_do(served, tmp_path):
    dest = tmp_path / "blob.bin"
    with FileServer(served) as server, pytest.raises(UserError) as caught:
        fetch(server.url("blob.bin"), dest, md5="0" * 32)
    message = str(caught.value)
    assert "0" * 32 in message and PAYLOAD_MD5 in message
    assert "expected" in message and "got" in message and "override" in message
    assert not dest.exists() and not part_path(dest).exists()


def test_offline_fails_after_retries_with_one_line_naming_url_and_dest(tmp_path):
    url = f"http://127.0.0.1:{unused_port()}/cifar-10-python.tar.gz"
    dest = tmp_path / "cache" / "cifar10" / "cifar-10-python.tar.gz"
    started = time.monotonic()
    with pytest.raises(UserError) as caught:
        fetch(url, dest, retries=2, backoff=0.05)
    elapsed = time.monotonic() - started
    message = str(caught.value)
    assert "\n" not in message
    assert url in message and str(dest) in message
    assert "3 tries" in message and PAYLOAD_MD5 in message
    assert elapsed >= 0.05 + 0.1  # slept backoff and 2 * backoff between the tries
    assert not dest.exists()


def test_offline_message_carries_the_override_hint(tmp_path):
    url = f"http://127.0.0.1:{unused_port()}/x"
    with pytest.raises(UserError, match="set the cifar10 url"):
        fetch(url, tmp_path / "x", retries=0, hint="set the cifar10 url")


def test_resume_from_part_file_uses_range_request(served, tmp_path):
    dest = tmp_path / "blob.bin"
    kept = 100_000
    part_path(dest).write_bytes(PAYLOAD[:kept])
    with FileServer(served) as server:
        fetch(server.url("blob.bin"), dest)
    assert dest.read_bytes() == PAYLOAD
    assert [(r["range"], r["status"], r["sent"]) for r in server.requests] == [
        (f"bytes={kept}-", 206, len(PAYLOAD) - kept)
    ]


def test_server_without_range_support_restarts_cleanly(served, tmp_path):
    dest = tmp_path / "blob.bin"
    part_path(dest).write_bytes(b"stale bytes of some older file")
    with FileServer(served, ranges=False) as server:
        fetch(server.url("blob.bin"), dest)
    assert dest.read_bytes() == PAYLOAD
    assert server.requests[0]["status"] == 200


def test_stale_part_file_with_range_support_is_redone_once(served, tmp_path):
    """A .part from another file resumes into garbage; one fresh download must fix it."""
    dest = tmp_path / "blob.bin"
    part_path(dest).write_bytes(b"X" * 1000)
    with FileServer(served) as server:
        fetch(server.url("blob.bin"), dest, retries=0)  # the redo is not a network retry
    assert dest.read_bytes() == PAYLOAD
    assert [r["range"] for r in server.requests] == ["bytes=1000-", None]


def test_complete_part_file_answered_416_is_redone(served, tmp_path):
    dest = tmp_path / "blob.bin"
    part_path(dest).write_bytes(PAYLOAD + b"extra")
    with FileServer(served) as server:
        fetch(server.url("blob.bin"), dest, retries=0)
    assert dest.read_bytes() == PAYLOAD
    assert [r["status"] for r in server.requests] == [416, 200]


@pytest.mark.parametrize("failure", ["500", "drop"])
def test_failed_first_request_is_retried(served, tmp_path, failure):
    dest = tmp_path / "blob.bin"
    with FileServer(served, fail_first=1, failure=failure) as server:
        fetch(server.url("blob.bin"), dest, retries=1)
    assert dest.read_bytes() == PAYLOAD
    assert len(server.requests) == 2


def test_truncated_transfer_is_resumed_not_restarted(served, tmp_path):
    dest = tmp_path / "blob.bin"
    with FileServer(served, fail_first=1, failure="truncate") as server:
        fetch(server.url("blob.bin"), dest, retries=1)
    assert dest.read_bytes() == PAYLOAD
    half = len(PAYLOAD) // 2
    assert [(r["range"], r["sent"]) for r in server.requests] == [
        (None, half),
        (f"bytes={half}-", len(PAYLOAD) - half),
    ]


def test_persistent_server_errors_exhaust_retries(served, tmp_path):
    with FileServer(served, fail_first=10) as server, pytest.raises(UserError, match="HTTP 500"):
        fetch(server.url("blob.bin"), tmp_path / "blob.bin", retries=2)
    assert len(server.requests) == 3


def test_missing_file_on_server_is_not_retried(served, tmp_path):
    with FileServer(served) as server, pytest.raises(UserError, match="HTTP 404"):
        fetch(server.url("nope.bin"), tmp_path / "nope.bin", retries=3)
    assert len(server.requests) == 1


def test_file_url_and_plain_path_are_copied_and_verified(tmp_path):
    source = tmp_path / "mine.bin"
    source.write_bytes(PAYLOAD)
    assert fetch(source.as_uri(), tmp_path / "a" / "blob.bin").read_bytes() == PAYLOAD
    assert fetch(str(source), tmp_path / "b" / "blob.bin").read_bytes() == PAYLOAD
    with pytest.raises(UserError, match="does not exist"):
        fetch((tmp_path / "absent.bin").as_uri(), tmp_path / "c" / "blob.bin")
    with pytest.raises(UserError, match="checksum mismatch"):
        fetch(source.as_uri(), tmp_path / "d" / "blob.bin", md5="1" * 32)
    assert not (tmp_path / "d" / "blob.bin").exists()


def _tar(path, members: dict[str, bytes]):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_extract_tar_writes_files_and_skips_complete_ones(tmp_path):
    archive = tmp_path / "a.tar.gz"
    _tar(archive, {"CIFAR-10-C/fog.npy": b"f" * 10, "CIFAR-10-C/labels.npy": b"l" * 5})
    out = tmp_path / "out"
    files = extract_tar(archive, out)
    assert sorted(p.relative_to(out).as_posix() for p in files) == [
        "CIFAR-10-C/fog.npy",
        "CIFAR-10-C/labels.npy",
    ]
    assert (out / "CIFAR-10-C/fog.npy").read_bytes() == b"f" * 10
    # Same size: taken as already extracted and left alone; wrong size: rewritten.
    (out / "CIFAR-10-C/fog.npy").write_bytes(b"g" * 10)
    (out / "CIFAR-10-C/labels.npy").write_bytes(b"l")
    extract_tar(archive, out)
    assert (out / "CIFAR-10-C/fog.npy").read_bytes() == b"g" * 10
    assert (out / "CIFAR-10-C/labels.npy").read_bytes() == b"l" * 5
    assert sorted(os.listdir(out / "CIFAR-10-C")) == ["fog.npy", "labels.npy"]  # no temp files left


@pytest.mark.parametrize("name", ["../escape.txt", "/abs/escape.txt", "ok/../../escape.txt"])
def test_extract_tar_refuses_unsafe_paths(tmp_path, name):
    archive = tmp_path / "evil.tar.gz"
    _tar(archive, {name: b"x"})
    out = tmp_path / "deep" / "out"
    with pytest.raises(UserError, match="unsafe path"):
        extract_tar(archive, out)
    assert not (tmp_path / "deep" / "escape.txt").exists() and not (tmp_path / "escape.txt").exists()


def test_extract_tar_refuses_links(tmp_path):
    archive = tmp_path / "link.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("link")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        tar.addfile(info)
    with pytest.raises(UserError, match="only regular files"):
        extract_tar(archive, tmp_path / "out")
