"""The common-corruption generator: contract, severity order, and the official formulas."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from advaug.corruptions import (
    CORRUPTIONS,
    EXTRA_CORRUPTIONS,
    chunk_seed,
    corrupt,
    make_corrupted_set,
)
from advaug.corruptions import constants as K
from advaug.corruptions.blur import _shuffle_pixels
from advaug.corruptions.frost_layers import FrostLayers
from advaug.corruptions.spatter import chamfer_distance
from advaug.errors import UserError

from official_cifar_c import hsv2rgb as np_hsv2rgb
from official_cifar_c import rgb2hsv as np_rgb2hsv

ALL = CORRUPTIONS + EXTRA_CORRUPTIONS
# Corruptions whose official method draws no random numbers.
DETERMINISTIC = {
    "defocus_blur",
    "zoom_blur",
    "gaussian_blur",
    "brightness",
    "contrast",
    "saturate",
    "pixelate",
    "jpeg_compression",
}
SHARED_CIFAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "cifar10-mini.npz"


def smooth_images(count: int, seed: int = 0) -> torch.Tensor:
    """Natural-ish stand-ins: smooth colour fields plus finer detail, in [0, 1]."""
    gen = torch.Generator().manual_seed(seed)
    coarse = F.interpolate(
        torch.rand(count, 3, 4, 4, generator=gen), size=32, mode="bicubic", align_corners=False
    )
    fine = F.interpolate(
        torch.rand(count, 3, 8, 8, generator=gen), size=32, mode="bilinear", align_corners=False
    )
    return (0.7 * coarse + 0.3 * fine).clamp(0, 1)


@pytest.fixture(scope="module")
def images() -> torch.Tensor:
    """16 real CIFAR-10 test images when the shared slice is there, else smooth random ones."""
    if SHARED_CIFAR.exists():
        with np.load(SHARED_CIFAR) as data:
            return torch.from_numpy(data["test_images"][:16]).permute(0, 3, 1, 2).float() / 255
    return smooth_images(16)


# Offline and cheap; the official photos are tested in test_corruptions_frost.py.
PROCEDURAL_FROST = FrostLayers.procedural()


def run(x: torch.Tensor, name: str, severity: int, seed: int = 0) -> torch.Tensor:
    return corrupt(x, name, severity, torch.Generator().manual_seed(seed), PROCEDURAL_FROST)


def test_corruption_lists():
    assert len(CORRUPTIONS) == 15 and len(set(CORRUPTIONS)) == 15
    assert CORRUPTIONS[:3] == ["gaussian_noise", "shot_noise", "impulse_noise"]
    assert CORRUPTIONS[-1] == "jpeg_compression"
    assert EXTRA_CORRUPTIONS == ["speckle_noise", "gaussian_blur", "spatter", "saturate"]
    assert not set(CORRUPTIONS) & set(EXTRA_CORRUPTIONS)


@pytest.mark.parametrize("channels", [3, 1])
@pytest.mark.parametrize("name", ALL)
def test_seeded_shape_dtype_range(images, name, channels):
    x = images[:4] if channels == 3 else images[:4].mean(dim=1, keepdim=True)
    before = x.clone()
    for severity in (1, 5):
        first, second = run(x, name, severity), run(x, name, severity)
        assert first.shape == x.shape and first.dtype == x.dtype
        assert torch.isfinite(first).all() and first.min() >= 0 and first.max() <= 1
        assert torch.equal(first, second), "same seed must give the same output"
        other_seed = run(x, name, severity, seed=1)
        assert torch.equal(first, other_seed) == (name in DETERMINISTIC)
    assert torch.equal(x, before), "the input must not be modified"


def test_float64_and_empty_batches_keep_dtype(images):
    x = images[:2].double()
    assert run(x, "fog", 3).dtype == torch.float64
    empty = images[:0]
    assert run(empty, "glass_blur", 2).shape == empty.shape


def one_minus_correlation(clean: torch.Tensor, corrupted: torch.Tensor) -> float:
    a = clean - clean.mean(dim=(1, 2, 3), keepdim=True)
    b = corrupted - corrupted.mean(dim=(1, 2, 3), keepdim=True)
    corr = (a * b).sum((1, 2, 3)) / (a.pow(2).sum((1, 2, 3)).sqrt() * b.pow(2).sum((1, 2, 3)).sqrt())
    return float(1 - corr.mean())


def increasing(values) -> bool:
    return all(a < b for a, b in itertools.pairwise(values))


# Where the official CIFAR constants do not make mean |corrupted - clean| grow
# with severity, this is what they do instead (d = the five distances):
QUIRKS = {
    # blur sigma (0.05, .25, .4, .25, .4) with shuffle passes (1, 1, 1, 2, 2): more
    # blur after the shuffle hides it, so only more passes always move further
    "glass_blur": lambda d: d[3] > d[1] and d[4] > d[2] and max(d[3:]) > max(d[:3]),
    # severities 3 and 4 differ only in radius (6 vs 8 px) at sigma 2, where
    # ImageMagick's one-sided Gaussian taps beyond 6 px weigh < 0.1 %
    "motion_blur": lambda d: increasing(d[:3]) and abs(d[3] - d[2]) < 0.02 * d[2] and d[4] > d[3],
    # jitter of the random affine falls (2.56 -> 0.96 px) faster than the elastic
    # field grows, so the distance falls with severity
    "elastic_transform": lambda d: increasing(d[::-1]),
    # severities 1-3 are water drops, 4-5 mud: each kind grows on its own
    "spatter": lambda d: increasing(d[:3]) and increasing(d[3:]),
    # saturation x0.3, x0.1 (greyer), then x1.5, x2+0.1, x2.5+0.2 (more colourful)
    "saturate": lambda d: increasing(d[:2]) and increasing(d[2:]),
}


@pytest.mark.parametrize("name", ALL)
def test_severity_order(images, name):
    if name == "frost":
        # the image is dimmed (x1 .. x0.75) as the frost grows (0.2 .. 0.45), so the
        # pixel distance stalls; the frost's share, seen as lost correlation, grows
        scores = [one_minus_correlation(images, run(images, name, s)) for s in range(1, 6)]
        assert increasing(scores), scores
        return
    distances = [float((run(images, name, s) - images).abs().mean()) for s in range(1, 6)]
    assert distances[0] > 1e-4, f"{name} severity 1 changed nothing"
    assert QUIRKS.get(name, increasing)(distances), distances


# --- the official formulas, recomputed with NumPy / PIL ------------------------------
@pytest.fixture(scope="module")
def uint8_images(images) -> np.ndarray:
    return (images[:6].permute(0, 2, 3, 1).numpy() * 255).round().astype(np.uint8)


def as_tensor(uint8_nhwc: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(uint8_nhwc).permute(0, 3, 1, 2).float() / 255


def as_numpy(x: torch.Tensor) -> np.ndarray:
    return x.permute(0, 2, 3, 1).double().numpy()


@pytest.mark.parametrize("severity", [1, 3, 5])
def test_brightness_matches_hsv_formula(uint8_images, severity):
    hsv = np_rgb2hsv(uint8_images / 255.0)
    hsv[..., 2] = np.clip(hsv[..., 2] + K.BRIGHTNESS_SHIFT[severity - 1], 0, 1)
    expected = np.clip(np_hsv2rgb(hsv), 0, 1)
    got = as_numpy(corrupt(as_tensor(uint8_images), "brightness", severity, torch.Generator()))
    np.testing.assert_allclose(got, expected, atol=2e-6)


@pytest.mark.parametrize("severity", [1, 2, 3, 5])
def test_saturate_matches_hsv_formula(uint8_images, severity):
    scale, shift = K.SATURATE[severity - 1]
    hsv = np_rgb2hsv(uint8_images / 255.0)
    hsv[..., 1] = np.clip(hsv[..., 1] * scale + shift, 0, 1)
    expected = np.clip(np_hsv2rgb(hsv), 0, 1)
    got = as_numpy(corrupt(as_tensor(uint8_images), "saturate", severity, torch.Generator()))
    np.testing.assert_allclose(got, expected, atol=2e-6)


@pytest.mark.parametrize("severity", [1, 5])
def test_contrast_matches_mean_formula(uint8_images, severity):
    x = uint8_images / 255.0
    means = x.mean(axis=(1, 2), keepdims=True)
    expected = np.clip((x - means) * K.CONTRAST_FACTOR[severity - 1] + means, 0, 1)
    got = as_numpy(corrupt(as_tensor(uint8_images), "contrast", severity, torch.Generator()))
    np.testing.assert_allclose(got, expected, atol=2e-6)


@pytest.mark.parametrize("severity", [1, 2, 3, 4, 5])
def test_pixelate_matches_pil_box_resize(uint8_images, severity):
    small = int(32 * K.PIXELATE_FACTOR[severity - 1])
    expected = np.stack(
        [
            np.asarray(Image.fromarray(image).resize((small, small), Image.BOX).resize((32, 32), Image.BOX))
            for image in uint8_images
        ]
    ).astype(np.float64)
    got = as_numpy(corrupt(as_tensor(uint8_images), "pixelate", severity, torch.Generator())) * 255
    # PIL rounds to 8 bits between its passes; we do not: at most one level apart
    assert np.abs(got - expected).max() <= 1.0 + 1e-3
    # without the rounding (PIL's float mode 'F', per channel) they agree exactly
    unrounded = np.stack(
        [
            np.stack(
                [
                    np.asarray(
                        Image.fromarray(image[..., c].astype(np.float32), mode="F")
                        .resize((small, small), Image.BOX)
                        .resize((32, 32), Image.BOX)
                    )
                    for c in range(3)
                ],
                -1,
            )
            for image in uint8_images
        ]
    )
    np.testing.assert_allclose(got, unrounded, atol=1e-3)


@pytest.mark.parametrize("severity", [1, 5])
def test_jpeg_matches_pil_quality(uint8_images, severity):
    expected = []
    for image in uint8_images:
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, "JPEG", quality=K.JPEG_QUALITY[severity - 1])
        expected.append(np.asarray(Image.open(buffer)))
    got = as_numpy(corrupt(as_tensor(uint8_images), "jpeg_compression", severity, torch.Generator())) * 255
    np.testing.assert_allclose(got, np.stack(expected), atol=1e-3)


def test_grey_brightness_is_a_shift_of_the_grey_level(images):
    grey = images[:4].mean(dim=1, keepdim=True)
    got = corrupt(grey, "brightness", 2, torch.Generator())
    torch.testing.assert_close(got, (grey + K.BRIGHTNESS_SHIFT[1]).clamp(0, 1), atol=1e-6, rtol=0)


# --- reimplemented helpers against direct computations -----------------------------------
def test_glass_shuffle_is_the_official_sweep_as_released(images):
    """Per element against the official loop, run literally on a NumPy array.

    Its "swap" assigns from views, so the second assignment writes back the
    value the first one just copied: the neighbour is copied, never swapped.
    """
    x = images[:3]
    shuffled = _shuffle_pixels(x, 1, 2, torch.Generator().manual_seed(7))
    positions = [(h, w) for h in range(31, 1, -1) for w in range(31, 1, -1)]
    offsets = torch.randint(-1, 1, (2, len(positions), 3, 2), generator=torch.Generator().manual_seed(7))
    swapped_somewhere = False
    for index in range(3):
        image = x[index].permute(1, 2, 0).numpy().copy()
        true_swap = image.copy()
        for sweep in range(2):
            for step, (h, w) in enumerate(positions):
                dx, dy = offsets[sweep, step, index].tolist()
                h_prime, w_prime = h + dy, w + dx
                image[h, w], image[h_prime, w_prime] = image[h_prime, w_prime], image[h, w]  # official
                true_swap[[h, h_prime], [w, w_prime]] = true_swap[[h_prime, h], [w_prime, w]]
        np.testing.assert_array_equal(shuffled[index].permute(1, 2, 0).numpy(), image)
        swapped_somewhere |= not np.array_equal(image, true_swap)
    assert swapped_somewhere, "the test must tell copying from swapping"


def test_glass_shuffle_refuses_offsets_it_cannot_reproduce(images):
    with pytest.raises(ValueError, match="max_delta = 1"):
        _shuffle_pixels(images[:1], 2, 1, torch.Generator())


def test_zoom_blur_zoom_matches_scipy(images):
    from scipy.ndimage import zoom

    from advaug.corruptions._filters import zoom_center

    image = images[0].permute(1, 2, 0).double().numpy()
    for factor in (1.06, 1.25):
        crop = int(np.ceil(32 / factor))
        top = (32 - crop) // 2
        expected = zoom(image[top : top + crop, top : top + crop], (factor, factor, 1), order=1)
        trim = (expected.shape[0] - 32) // 2
        got = zoom_center(images[:1].double(), factor)[0].permute(1, 2, 0).numpy()
        np.testing.assert_allclose(got, expected[trim : trim + 32, trim : trim + 32], atol=1e-9)


def test_gaussian_blur_matches_scipy(images):
    from scipy.ndimage import gaussian_filter

    image = images[:2].double()
    got = corrupt(image, "gaussian_blur", 5, torch.Generator())
    expected = gaussian_filter(image.numpy(), sigma=(0, 0, 1.0, 1.0), mode="nearest", truncate=4.0)
    np.testing.assert_allclose(got.numpy(), np.clip(expected, 0, 1), atol=1e-9)


def test_chamfer_distance_uses_opencv_mask5_weights():
    edges = torch.zeros(1, 1, 9, 9, dtype=torch.bool)
    edges[0, 0, 4, 4] = True
    distance = chamfer_distance(edges)[0, 0]
    assert distance[4, 5] == 1.0 and distance[5, 5] == pytest.approx(1.4)
    assert distance[6, 5] == pytest.approx(2.1969) and distance[4, 6] == 2.0
    assert distance[7, 7] == pytest.approx(3 * 1.4)


# --- data set generation --------------------------------------------------------------------
def test_make_corrupted_set_layout_and_seeding(uint8_images):
    labels = np.arange(len(uint8_images)) % 3
    full = make_corrupted_set(uint8_images, ["fog", "contrast"], [1, 4], seed=3, batch_size=4, labels=labels)
    n = len(uint8_images)
    assert full["images"].dtype == np.uint8 and full["images"].shape == (4 * n, 32, 32, 3)
    assert list(full["corruption"][::n]) == ["fog", "fog", "contrast", "contrast"]
    assert list(full["severity"][::n]) == [1, 4, 1, 4]
    assert np.array_equal(full["index"][:n], np.arange(n))
    assert np.array_equal(full["labels"], labels[full["index"]])
    # one chunk regenerates alone, bit for bit, from NCHW tensor input too
    part = make_corrupted_set(
        torch.from_numpy(uint8_images).permute(0, 3, 1, 2), ["fog"], [4], seed=3, batch_size=4
    )
    assert np.array_equal(part["images"], full["images"][n : 2 * n])
    # contrast is deterministic; its rows are the truncated float result
    expected = np.floor(
        as_numpy(corrupt(as_tensor(uint8_images), "contrast", 4, torch.Generator())) * 255 + 1e-3
    )
    assert np.array_equal(full["images"][3 * n :], expected.astype(np.uint8))
    other = make_corrupted_set(uint8_images, ["fog"], [4], seed=4, batch_size=4)
    assert not np.array_equal(other["images"], part["images"])
    assert chunk_seed(3, "fog", 4) != chunk_seed(3, "fog", 3)


def test_user_mistakes_raise_user_error(images):
    rng = torch.Generator()
    with pytest.raises(UserError, match="unknown corruption"):
        corrupt(images[:1], "rain", 1, rng)
    with pytest.raises(UserError, match="severity"):
        corrupt(images[:1], "fog", 6, rng)
    with pytest.raises(UserError, match="float"):
        corrupt((images[:1] * 255).to(torch.uint8), "fog", 1, rng)
    with pytest.raises(UserError, match="C = 1 or 3"):
        corrupt(images[:1, :2], "fog", 1, rng)
    with pytest.raises(UserError, match="uint8 NHWC"):
        make_corrupted_set(np.zeros((2, 3, 32, 32), dtype=np.uint8), ["fog"], [1])


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("name", ALL)
def test_cuda_runs_on_device_and_is_seeded(images, name):
    x = images[:4].cuda()
    outputs = [
        corrupt(x, name, 4, torch.Generator(device="cuda").manual_seed(0), PROCEDURAL_FROST) for _ in range(2)
    ]
    assert outputs[0].device.type == "cuda" and torch.equal(outputs[0], outputs[1])
    if name in DETERMINISTIC:
        torch.testing.assert_close(outputs[0].cpu(), run(images[:4], name, 4), atol=1e-5, rtol=0)
