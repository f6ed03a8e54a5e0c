"""Frost images: the official photos are fetched once (md5-checked, by the data-set download code)
from a pinned commit, here served by a local HTTP server with small images the test makes; the
procedural textures are used only when asked for, and the corrupted set's meta says which."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
import torch
import yaml
from PIL import Image

from advaug.config import load_config, validate_config
from advaug.corruptions import corrupt, make_corrupted_set
from advaug.corruptions import frost_layers as FL
from advaug.corruptions.build import build_corrupted, load_corrupted
from advaug.corruptions.frost_layers import FrostLayers, resize_linear
from advaug.errors import UserError

from _http import FileServer, unused_port
from conftest import REPO

SIZES = {
    "frost1": (230, 260),
    "frost2": (200, 240),
    "frost3": (210, 200),
    "frost4": (190, 250),
    "frost5": (220, 220),
}


def standin_photo(height: int, width: int, seed: int) -> np.ndarray:
    """A bright, streaky stand-in for a frost photo."""
    rng = np.random.default_rng(seed)
    base = rng.integers(60, 200, (height // 10 + 2, width // 10 + 2, 3)).astype(np.uint8)
    image = Image.fromarray(base).resize((width, height), Image.BILINEAR)
    return np.clip(np.asarray(image).astype(int) + rng.integers(0, 50, (height, width, 3)), 0, 255).astype(
        np.uint8
    )


@pytest.fixture
def frost_site(tmp_path, monkeypatch):
    """Five test-made images under the official names, served locally; the pinned list points there."""
    root = tmp_path / "site"
    root.mkdir()
    md5s = {}
    for index, (part, remote) in enumerate(FL.OFFICIAL_FROST_FILES.items()):
        path = root / remote.filename
        Image.fromarray(standin_photo(*SIZES[part], index)).save(path)  # .png or .jpg by the official name
        md5s[part] = hashlib.md5(path.read_bytes()).hexdigest()
    with FileServer(root) as server:
        files = {
            part: FL.RemoteFile(remote.filename, server.url(remote.filename), md5s[part])
            for part, remote in FL.OFFICIAL_FROST_FILES.items()
        }
        monkeypatch.setattr(FL, "OFFICIAL_FROST_FILES", files)
        yield server, root, md5s


def test_pinned_official_files():
    """The five photos the official code draws from (randint(5): frost6.jpg is never used)."""
    names = [remote.filename for remote in FL.OFFICIAL_FROST_FILES.values()]
    assert names == ["frost1.png", "frost2.png", "frost3.png", "frost4.jpg", "frost5.jpg"]
    for remote in FL.OFFICIAL_FROST_FILES.values():
        assert remote.url.startswith(
            f"https://raw.githubusercontent.com/hendrycks/robustness/{FL.FROST_COMMIT}/"
        )
        assert len(remote.md5) == 32


def test_official_photos_download_once_into_the_cache(frost_site, tmp_path):
    server, root, md5s = frost_site
    cache = tmp_path / "cache"
    layers = FrostLayers.official(cache, progress=False)
    assert sorted(path.name for path in (cache / "frost").iterdir()) == sorted(p.name for p in root.iterdir())
    assert len(server.requests) == 5
    assert layers.meta()["files"] == {FL.OFFICIAL_FROST_FILES[p].filename: md5 for p, md5 in md5s.items()}
    FrostLayers.official(cache, progress=False)
    assert len(server.requests) == 5, "verified cached photos must not be fetched again"
    # the photos are what frost overlays: shrunk by 0.2 (as cv2.resize) and cropped
    stack, sizes = layers.stack(32, 32, torch.device("cpu"))
    assert sizes.tolist() == [[round(h * 0.2), round(w * 0.2)] for h, w in SIZES.values()]
    first = np.asarray(Image.open(root / "frost1.png").convert("RGB"))
    np.testing.assert_array_equal(
        (stack[0, :, :46, :52].permute(1, 2, 0) * 255).round().numpy(), resize_linear(first, 0.2)
    )


def test_a_bad_copy_fails_its_checksum_and_is_not_kept(frost_site, tmp_path):
    _, root, _ = frost_site
    (root / "frost3.png").write_bytes(b"not the photo")
    with pytest.raises(UserError, match="checksum mismatch.*corruptions.frost: procedural"):
        FrostLayers.official(tmp_path / "cache", progress=False)
    assert not (tmp_path / "cache" / "frost" / "frost3.png").exists()


def test_offline_is_one_line_saying_what_to_do(tmp_path, monkeypatch):
    port = unused_port()
    files = {
        p: FL.RemoteFile(r.filename, f"http://127.0.0.1:{port}/{r.filename}", r.md5)
        for p, r in FL.OFFICIAL_FROST_FILES.items()
    }
    monkeypatch.setattr(FL, "OFFICIAL_FROST_FILES", files)
    monkeypatch.setattr("advaug.data.download.time.sleep", lambda seconds: None)
    with pytest.raises(UserError) as caught:
        FrostLayers.official(tmp_path / "cache", progress=False)
    message = str(caught.value)
    assert "\n" not in message
    assert str(tmp_path / "cache" / "frost" / "frost1.png") in message  # where to put a copy
    assert "sources: {frost: {frost1:" in message and "corruptions.frost: procedural" in message


def test_a_local_copy_named_in_sources_is_used_in_place(tmp_path):
    copies = tmp_path / "copies"
    copies.mkdir()
    override = {}
    for index, (part, remote) in enumerate(FL.OFFICIAL_FROST_FILES.items()):
        Image.fromarray(standin_photo(*SIZES[part], index)).save(copies / remote.filename)
        override[part] = {"url": (copies / remote.filename).as_uri(), "md5": None}
    layers = FrostLayers.official(tmp_path / "cache", override, progress=False)
    assert len(layers.photos) == 5 and not (tmp_path / "cache" / "frost").exists()
    with pytest.raises(UserError, match="sources.frost must map"):
        FrostLayers.official(tmp_path / "cache", {"frost9": {"url": "x"}})


def test_corrupted_set_records_which_frost(frost_site, digits_dir, tmp_path):
    settings = {
        "cache_dir": str(tmp_path / "cache"),
        "sources": {},
        "corruptions": {
            "source": "generate",
            "names": ["frost"],
            "severities": [3],
            "seed": 0,
            "batch_size": 32,
            "max_images": 24,
            "frost": "official",
        },
    }
    official = build_corrupted(digits_dir, tmp_path / "official", settings, "cpu")
    assert official["frost"]["textures"] == "official" and official["frost"]["commit"] == FL.FROST_COMMIT
    assert load_corrupted(tmp_path / "official")["meta"]["frost"] == official["frost"]
    settings["corruptions"]["frost"] = "procedural"
    procedural = build_corrupted(digits_dir, tmp_path / "procedural", settings, "cpu")
    assert procedural["frost"] == {"textures": "procedural", "seed": FL.FROST_TEXTURE_SEED}
    a, b = load_corrupted(tmp_path / "official"), load_corrupted(tmp_path / "procedural")
    assert not np.array_equal(a["images"], b["images"])


def test_frost_needs_an_explicit_choice():
    x = torch.rand(2, 3, 32, 32)
    with pytest.raises(UserError, match="frost needs its frost images"):
        corrupt(x, "frost", 1, torch.Generator())
    with pytest.raises(UserError, match="frost needs its frost images"):
        make_corrupted_set((x * 255).to(torch.uint8), ["frost"], [1])
    assert corrupt(x, "frost", 1, torch.Generator(), FrostLayers.procedural()).shape == x.shape


def test_config_default_is_official_and_the_embedded_run_says_procedural():
    minimal = validate_config(
        {"datasets": ["digits"], "models": ["small_cnn"], "methods": ["baseline"], "seeds": [0]}
    )
    assert minimal["corruptions"]["frost"] == "official"
    # the embedded default must run offline, so it names the procedural textures explicitly
    assert load_config(REPO / "params.yaml")["corruptions"]["frost"] == "procedural"
    with pytest.raises(UserError, match="corruptions.frost"):
        validate_config({**minimal, "corruptions": {"frost": "photos"}})
    # the paper configs layer over params.yaml, so they must name the official photos themselves
    for config in sorted((REPO / "config").glob("paper*.yaml")):
        assert yaml.safe_load(config.read_text())["corruptions"]["frost"] == "official", config.name
