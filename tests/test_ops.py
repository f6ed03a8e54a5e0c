"""Batched ops against torchvision applied image by image, plus their own contracts."""

from __future__ import annotations

import math

import pytest
import torch
import torchvision.transforms.v2.functional as TF
from torchvision.transforms import InterpolationMode

from advaug import ops
from advaug.ops.policy import OP_INDEX, apply_per_sample


def _uint8_images(batch=4, channels=3, size=12, seed=0):
    """Random images whose values are exactly representable in uint8 (k / 255)."""
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(0, 256, (batch, channels, size, size), generator=generator).float() / 255.0


def _per_image(reference, images, values):
    return torch.stack([reference(image, float(value)) for image, value in zip(images, values)])


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize(
    "batched, reference, values",
    [
        (ops.brightness, TF.adjust_brightness, [0.1, 0.7, 1.0, 1.9]),
        (ops.color, TF.adjust_saturation, [0.0, 0.4, 1.0, 1.8]),
        (ops.contrast, TF.adjust_contrast, [0.05, 0.5, 1.0, 1.95]),
        (ops.sharpness, TF.adjust_sharpness, [0.0, 0.3, 1.0, 1.9]),
        (ops.solarize, TF.solarize, [0.0, 0.3, 0.62, 1.0]),
    ],
)
def test_factor_ops_match_torchvision(batched, reference, values, channels):
    images = _uint8_images(channels=channels)
    expected = _per_image(reference, images, values)
    torch.testing.assert_close(batched(images, torch.tensor(values)), expected, atol=1e-5, rtol=0)


@pytest.mark.parametrize("channels", [1, 3])
def test_posterize_matches_torchvision_per_sample_bits(channels):
    images = _uint8_images(channels=channels)
    bits = torch.tensor([1, 3, 5, 8])
    expected = torch.stack([TF.posterize(image, int(b)) for image, b in zip(images, bits)])
    torch.testing.assert_close(ops.posterize(images, bits), expected, atol=0, rtol=0)


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize(
    "batched, reference",
    [(ops.autocontrast, TF.autocontrast), (ops.equalize, TF.equalize), (ops.invert, TF.invert)],
)
def test_parameterless_ops_match_torchvision(batched, reference, channels):
    # 24x24 = 576 pixels: PIL's equalize does nothing below 256 pixels per channel
    images = _uint8_images(channels=channels, size=24, seed=3)
    images[1] = images[1] * 0.3 + 0.2  # a low-contrast sample, so autocontrast/equalize do work
    images[2, 0] = 0.5  # a flat channel: both must leave it alone
    images = torch.round(images * 255) / 255
    expected = torch.stack([reference(image) for image in images])
    out = batched(images)
    torch.testing.assert_close(out, expected, atol=1e-6, rtol=0)
    assert (out[1] - images[1]).abs().max() > 0.1  # the op really changed the low-contrast sample
    assert torch.equal(out[2, 0], expected[2, 0])


@pytest.mark.parametrize("mode", ["bilinear", "nearest"])
def test_rotate_matches_torchvision(mode):
    images = _uint8_images(size=11)
    angles = [-37.0, -5.5, 12.0, 71.0]
    interpolation = InterpolationMode(mode)
    expected = torch.stack(
        [TF.rotate(image, angle, interpolation=interpolation) for image, angle in zip(images, angles)]
    )
    torch.testing.assert_close(
        ops.rotate(images, torch.tensor(angles), mode=mode), expected, atol=1e-4, rtol=0
    )


def test_rotate_with_fill_matches_torchvision():
    images = _uint8_images()
    angles = [-30.0, 10.0, 25.0, 44.0]
    expected = torch.stack(
        [
            TF.rotate(image, angle, interpolation=InterpolationMode.BILINEAR, fill=0.5)
            for image, angle in zip(images, angles)
        ]
    )
    torch.testing.assert_close(
        ops.rotate(images, torch.tensor(angles), fill=0.5), expected, atol=1e-4, rtol=0
    )


@pytest.mark.parametrize("axis", [0, 1])
def test_shear_matches_torchvision_autoaugment_definition(axis):
    """torchvision's AutoAugment shears by atan(m) degrees about the top-left corner."""
    images = _uint8_images(size=10)
    factors = [-0.3, -0.1, 0.15, 0.3]
    batched = ops.shear_x if axis == 0 else ops.shear_y
    expected = []
    for image, factor in zip(images, factors):
        shear = [0.0, 0.0]
        shear[axis] = math.degrees(math.atan(factor))
        expected.append(
            TF.affine(
                image,
                angle=0.0,
                translate=[0, 0],
                scale=1.0,
                shear=shear,
                interpolation=InterpolationMode.BILINEAR,
                center=[0, 0],
            )
        )
    torch.testing.assert_close(
        batched(images, torch.tensor(factors)), torch.stack(expected), atol=1e-4, rtol=0
    )


@pytest.mark.parametrize("axis", [0, 1])
def test_translate_matches_torchvision(axis):
    images = _uint8_images(size=10)
    shifts = [-4.0, -1.0, 2.0, 5.0]
    batched = ops.translate_x if axis == 0 else ops.translate_y
    expected = []
    for image, shift in zip(images, shifts):
        translate = [0, 0]
        translate[axis] = int(shift)
        expected.append(
            TF.affine(
                image,
                angle=0.0,
                translate=translate,
                scale=1.0,
                shear=[0.0, 0.0],
                interpolation=InterpolationMode.BILINEAR,
            )
        )
    torch.testing.assert_close(
        batched(images, torch.tensor(shifts)), torch.stack(expected), atol=1e-5, rtol=0
    )


def test_rotate_is_differentiable_in_angle():
    images = _uint8_images()
    angles = torch.tensor([5.0, -10.0, 20.0, 0.0], requires_grad=True)
    ops.rotate(images, angles).sum().backward()
    assert angles.grad is not None
    assert torch.all(angles.grad.abs() > 0)


def test_non_square_images_rotate_like_torchvision():
    images = torch.rand(2, 3, 8, 13)
    angles = [15.0, -40.0]
    expected = torch.stack(
        [TF.rotate(image, a, interpolation=InterpolationMode.BILINEAR) for image, a in zip(images, angles)]
    )
    torch.testing.assert_close(ops.rotate(images, torch.tensor(angles)), expected, atol=1e-4, rtol=0)


def _crop_offset(padded, output):
    """The (top, left) where ``output`` occurs in ``padded``, or None."""
    size = output.shape[-1]
    span = padded.shape[-1] - size + 1
    for top in range(span):
        for left in range(span):
            if torch.equal(padded[:, top : top + size, left : left + size], output):
                return top, left
    return None


@pytest.mark.parametrize("hflip", [False, True])
def test_random_crop_flip_returns_shifted_copies(hflip):
    images = torch.rand(32, 3, 8, 8) + 0.01  # strictly positive, so padding zeros are recognisable
    generator = torch.Generator().manual_seed(0)
    out = ops.random_crop_flip(images, padding=2, hflip=hflip, rng=generator)
    padded = torch.nn.functional.pad(images, (2, 2, 2, 2))
    flipped = 0
    offsets = set()
    for image, crop in zip(padded, out):
        offset = _crop_offset(image, crop)
        if offset is None:
            assert hflip, "without hflip every output must be a plain crop"
            offset = _crop_offset(image.flip(-1), crop)
            flipped += 1
        assert offset is not None
        offsets.add(offset)
    assert len(offsets) > 3  # offsets vary per sample
    if hflip:
        assert 4 <= flipped <= 28  # about half mirrored


def test_random_crop_flip_is_deterministic_per_seed():
    images = torch.rand(6, 1, 8, 8)
    first = ops.random_crop_flip(images, 4, True, torch.Generator().manual_seed(3))
    second = ops.random_crop_flip(images, 4, True, torch.Generator().manual_seed(3))
    other = ops.random_crop_flip(images, 4, True, torch.Generator().manual_seed(4))
    assert torch.equal(first, second)
    assert not torch.equal(first, other)


def test_gaussian_patch_respects_location_and_sigma():
    images = torch.full((3, 3, 64, 64), 0.5)
    centres = torch.tensor([[20, 30], [40, 10], [0, 0]])
    sizes = torch.tensor([24, 16, 10])
    sigmas = torch.tensor([0.05, 0.1, 0.08])
    out = ops.gaussian_patch(images, centres, sizes, sigmas, rng=torch.Generator().manual_seed(0))
    for i in range(3):
        x0, y0 = int(centres[i, 0] - sizes[i] // 2), int(centres[i, 1] - sizes[i] // 2)
        inside = torch.zeros(64, 64, dtype=torch.bool)
        inside[max(y0, 0) : y0 + sizes[i], max(x0, 0) : x0 + sizes[i]] = True
        assert torch.equal(out[i][:, ~inside], images[i][:, ~inside])
        noise = out[i][:, inside] - 0.5
        assert abs(noise.std().item() - sigmas[i].item()) < 0.15 * sigmas[i].item()
    assert int((out[2] != 0.5).any(0).sum()) <= 25  # clipped at the corner: a 5x5 quarter at most


def test_gaussian_patch_clips_to_unit_range():
    images = torch.full((2, 1, 16, 16), 0.5)
    out = ops.gaussian_patch(
        images, torch.tensor([[8, 8], [8, 8]]), 16, 2.0, rng=torch.Generator().manual_seed(0)
    )
    assert out.min() == 0.0 and out.max() == 1.0


def test_cutout_fills_one_square_per_sample():
    images = torch.rand(8, 3, 16, 16) + 1.0
    out = ops.cutout(images, 6, torch.Generator().manual_seed(0))
    holes = (out == 0).all(dim=1)
    areas = holes.flatten(1).sum(1)
    assert torch.all(areas <= 36) and torch.all(areas >= 9)  # a 6x6 square, clipped to >= 3x3
    assert len({tuple(h.nonzero()[0].tolist()) for h in holes}) > 1  # different places
    assert torch.equal(out[~holes.unsqueeze(1).expand_as(out)], images[~holes.unsqueeze(1).expand_as(images)])


def test_apply_per_sample_matches_ops_applied_one_by_one():
    images = _uint8_images(batch=6)
    names = ["Rotate", "Identity", "Solarize", "Rotate", "Posterize", "Equalize"]
    op_index = torch.tensor([OP_INDEX[name] for name in names])
    magnitude = torch.tensor([20.0, 0.0, 0.4, -15.0, 3.0, 0.0])
    out = apply_per_sample(images, op_index, magnitude, interpolation="bilinear")
    expected = torch.cat(
        [
            ops.rotate(images[0:1], 20.0),
            images[1:2],
            ops.solarize(images[2:3], 0.4),
            ops.rotate(images[3:4], -15.0),
            ops.posterize(images[4:5], 3),
            ops.equalize(images[5:6]),
        ]
    )
    torch.testing.assert_close(out, expected)


def test_apply_per_sample_passes_gradients_to_magnitudes():
    images = _uint8_images(batch=4)
    op_index = torch.tensor(
        [OP_INDEX["Rotate"], OP_INDEX["Brightness"], OP_INDEX["Rotate"], OP_INDEX["Identity"]]
    )
    magnitude = torch.tensor([10.0, -0.2, 30.0, 0.0], requires_grad=True)
    apply_per_sample(images, op_index, magnitude, interpolation="bilinear").sum().backward()
    assert torch.all(magnitude.grad[:3].abs() > 0)
    assert magnitude.grad[3] == 0


@pytest.mark.parametrize("per_op", [1, 2])
def test_every_policy_op_takes_a_channels_last_batch(per_op):
    """On CUDA batches are channels_last; each op then gets its images as a slice of one
    (a single image included) and must give what it gives on a contiguous batch."""
    from advaug.ops.policy import OP_NAMES

    generator = torch.Generator().manual_seed(0)
    count = len(OP_NAMES) * per_op
    images = torch.rand(count, 3, 16, 16, generator=generator)
    op_index = torch.arange(len(OP_NAMES)).repeat_interleave(per_op)
    magnitude = torch.rand(count, generator=generator)
    expected = apply_per_sample(images, op_index, magnitude)
    got = apply_per_sample(images.contiguous(memory_format=torch.channels_last), op_index, magnitude)
    torch.testing.assert_close(got, expected)


@pytest.mark.parametrize("interpolation", ["nearest", "bilinear"])
def test_geometric_ops_in_one_batch_resample_once_as_each_op_alone(interpolation, monkeypatch):
    """apply_per_sample warps the samples of all five geometric ops in one grid_sample call; every
    sample (and the gradient of its magnitude) must be what its own op gives it alone."""
    from advaug.ops.policy import OP_NAMES, build_ops

    generator = torch.Generator().manual_seed(3)
    names = ["ShearX", "ShearY", "TranslateX", "TranslateY", "Rotate", "Identity", "Solarize"]
    order = torch.randperm(42, generator=generator)
    op_index = torch.tensor([OP_INDEX[names[i % len(names)]] for i in order.tolist()])
    scale = torch.tensor([{"ShearX": 0.3, "ShearY": 0.3, "Rotate": 30.0}.get(OP_NAMES[k], 9.0) for k in op_index])
    magnitude = ((torch.rand(42, generator=generator) * 2 - 1) * scale).requires_grad_(True)
    magnitude_alone = magnitude.detach().clone().requires_grad_(True)
    images = torch.rand(42, 3, 16, 16, generator=generator).contiguous(memory_format=torch.channels_last)

    calls = []
    grid_sample = torch.nn.functional.grid_sample
    monkeypatch.setattr(torch.nn.functional, "grid_sample", lambda *a, **k: calls.append(1) or grid_sample(*a, **k))
    out = apply_per_sample(images, op_index, magnitude, interpolation)
    assert len(calls) == 1

    ops = build_ops(interpolation)
    alone = torch.cat(
        [ops[OP_NAMES[k]](images[i : i + 1], magnitude_alone[i : i + 1]) for i, k in enumerate(op_index.tolist())]
    )
    assert torch.equal(out, alone)
    weights = torch.rand(out.shape, generator=generator)
    (out * weights).sum().backward()
    (alone * weights).sum().backward()
    torch.testing.assert_close(magnitude.grad, magnitude_alone.grad, rtol=1e-5, atol=1e-6)
    if interpolation == "bilinear":  # nearest sampling is piecewise constant in the magnitude
        assert magnitude.grad.abs().sum() > 0
