"""The pure augmentation methods: parameters, pixels, determinism, and a loss that trains."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torchvision.transforms import InterpolationMode
from torchvision.transforms.v2 import RandAugment as TorchvisionRandAugment

from advaug import ops
from advaug.methods import METHODS, DataInfo, StepContext, build_method
from advaug.methods.augmix import jensen_shannon
from advaug.methods.autoaugment import CIFAR10_POLICY
from advaug.ops.policy import IDENTITY, OP_INDEX, OP_NAMES

MINE = ["baseline", "rr", "rpg", "randaugment", "autoaugment", "trivialaugment", "augmix"]
SIZE = 16


def _info(channels=3):
    return DataInfo(num_classes=5, in_channels=channels, image_size=SIZE, hflip=True)


def _images(batch=8, channels=3, seed=0):
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(0, 256, (batch, channels, SIZE, SIZE), generator=generator).float() / 255.0


def _rng(seed=0):
    return torch.Generator().manual_seed(seed)


class TinyNet(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, 4, 3, padding=1)
        self.head = nn.Linear(4, 5)

    def forward(self, images):
        return self.head(F.relu(self.conv(images)).mean(dim=(2, 3)))


def test_all_methods_are_registered():
    assert set(MINE) <= set(METHODS.names())


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize("name", MINE)
def test_augment_keeps_shape_dtype_range_and_is_deterministic(name, channels):
    method = build_method(name, None, _info(channels))
    images = _images(channels=channels)
    out = method.augment(images, _rng(1))
    assert out.shape == images.shape and out.dtype == images.dtype
    assert out.min() >= 0.0 and out.max() <= 1.0
    assert torch.equal(out, method.augment(images, _rng(1)))
    if name != "baseline":
        assert not torch.equal(out, images)
        assert not torch.equal(out, method.augment(images, _rng(2)))


@pytest.mark.parametrize("name", MINE)
def test_loss_backpropagates_through_a_tiny_model(name):
    torch.manual_seed(0)
    model = TinyNet(3)
    method = build_method(name, {"jsd": True} if name == "augmix" else None, _info())
    method.setup(model, torch.device("cpu"))
    ctx = StepContext(
        rng=_rng(), criterion=F.cross_entropy, epoch=0, total_epochs=1, step=0, steps_per_epoch=1
    )
    loss = method.loss(model, _images(), torch.arange(8) % 5, ctx)
    assert loss.ndim == 0 and torch.isfinite(loss)
    loss.backward()
    assert model.conv.weight.grad is not None and model.conv.weight.grad.abs().sum() > 0


def test_unknown_parameter_is_a_user_error():
    from advaug.errors import UserError

    with pytest.raises(UserError, match="max_angel"):
        build_method("rr", {"max_angel": 10}, _info())


def test_rr_angles_within_bounds_differ_per_sample_and_drive_rotation():
    method = build_method("rr", {"max_angle": 20}, _info())
    params = method.sample_params(256, _rng(), torch.device("cpu"))
    angle = params["angle"]
    assert angle.shape == (256,)
    assert angle.abs().max() <= 20.0 and angle.abs().max() > 18.0
    assert angle.min() < -18.0 and len(set(angle.tolist())) == 256
    images = _images(batch=4)
    few = {"angle": angle[:4]}
    torch.testing.assert_close(method.apply(images, few), ops.rotate(images, angle[:4]))


def test_rpg_patches_respect_sampled_size_sigma_and_location():
    method = build_method("rpg", {"patch_size": 10, "sigma": 0.2}, _info())
    params = method.sample_params(512, _rng(), torch.device("cpu"))
    assert params["size"].min() >= 0 and params["size"].max() == 10
    assert 0 <= params["sigma"].min() and params["sigma"].max() <= 0.2
    assert len(set(params["sigma"].tolist())) == 512
    images = torch.full((512, 3, SIZE, SIZE), 0.5)
    out = method.apply(images, params)
    mask = ops.square_mask(params["centre"], params["size"], SIZE, SIZE, images).expand_as(images)
    assert torch.equal(out[~mask], images[~mask])
    changed = (out != images).any(dim=1, keepdim=True).expand_as(images)
    assert not (changed & ~mask).any()
    # noise std inside the patch tracks each sample's sigma (large patches, low clipping)
    big = (params["size"] >= 8) & (params["sigma"] > 0.05)
    measured = torch.stack([(out[i][mask[i]] - 0.5).std() for i in big.nonzero().squeeze(1)])
    expected = params["sigma"][big]
    assert ((measured - expected).abs() / expected).median() < 0.1


def _torchvision_reference(images, op, magnitude, interpolation):
    """Apply the sampled ops one image at a time with torchvision's own op definitions."""
    transform = TorchvisionRandAugment()
    mode = InterpolationMode(interpolation)
    out = []
    for image, ops_row, magnitudes_row in zip(images, op, magnitude):
        for index, value in zip(ops_row.tolist(), magnitudes_row.tolist()):
            image = transform._apply_image_or_video_transform(
                image, OP_NAMES[index], value, interpolation=mode, fill=transform._fill
            )
        out.append(image)
    return torch.stack(out)


@pytest.mark.parametrize("interpolation", ["nearest", "bilinear"])
@pytest.mark.parametrize("name", ["randaugment", "autoaugment", "trivialaugment"])
def test_policies_apply_what_torchvision_applies_for_the_sampled_ops(name, interpolation):
    method = build_method(name, {"interpolation": interpolation}, _info())
    images = _images(batch=32)
    params = method.sample_params(32, _rng(5), torch.device("cpu"))
    out = method.apply(images, params)
    expected = _torchvision_reference(images, params["op"], params["magnitude"], interpolation)
    # thresholds (solarize, posterize, equalize) after warps could flip on float noise: allow a few
    mismatched = ((out - expected).abs() > 1e-3).float().mean()
    assert mismatched < 0.002


def test_randaugment_samples_torchvision_ops_at_magnitude_m():
    method = build_method("randaugment", None, _info())
    params = method.sample_params(2000, _rng(), torch.device("cpu"))
    op, magnitude = params["op"], params["magnitude"]
    assert op.shape == (2000, 2)
    expected_ops = {
        "Identity",
        "ShearX",
        "ShearY",
        "TranslateX",
        "TranslateY",
        "Rotate",
        "Brightness",
        "Color",
        "Contrast",
        "Sharpness",
        "Posterize",
        "Solarize",
        "AutoContrast",
        "Equalize",
    }
    assert {OP_NAMES[i] for i in op.unique().tolist()} == expected_ops
    rotate = op == OP_INDEX["Rotate"]
    # bin 9 of linspace(0, 30, 31) = 9 degrees, either sign
    assert set(magnitude[rotate].tolist()) == {9.0, -9.0}
    posterize = op == OP_INDEX["Posterize"]
    assert set(magnitude[posterize].tolist()) == {7.0}  # round(8 - 9 * 4 / 30)


def test_trivialaugment_draws_one_op_at_a_random_wide_magnitude():
    method = build_method("trivialaugment", None, _info())
    params = method.sample_params(3000, _rng(), torch.device("cpu"))
    op, magnitude = params["op"][:, 0], params["magnitude"][:, 0]
    rotation = magnitude[op == OP_INDEX["Rotate"]]
    assert rotation.abs().max() == 135.0 and len(rotation.unique()) > 40
    bits = magnitude[op == OP_INDEX["Posterize"]]
    assert bits.min() == 2.0 and bits.max() == 8.0
    assert len(op.unique()) == 14


def test_autoaugment_follows_the_cifar10_policy():
    method = build_method("autoaugment", None, _info())
    params = method.sample_params(4000, _rng(), torch.device("cpu"))
    sub_policy, op = params["sub_policy"], params["op"]
    assert len(sub_policy.unique()) == 25
    for step in range(2):
        listed = torch.tensor([OP_INDEX[CIFAR10_POLICY[s][step][0]] for s in sub_policy.tolist()])
        applied = op[:, step] != IDENTITY
        assert torch.equal(op[applied, step], listed[applied])
        probability = torch.tensor([CIFAR10_POLICY[s][step][1] for s in sub_policy.tolist()])
        assert abs(applied.float().mean() - probability.mean()) < 0.03
    # sub-policy 1 step 0 is ("Rotate", 0.7, 2): bin 2 of linspace(0, 30, 10)
    rotated = (sub_policy == 1) & (op[:, 0] == OP_INDEX["Rotate"])
    assert torch.allclose(params["magnitude"][rotated, 0].abs(), torch.tensor(30.0 * 2 / 9))


def test_augmix_parameters_and_mixture():
    method = build_method("augmix", None, _info())
    params = method.sample_params(1000, _rng(), torch.device("cpu"))
    assert params["op"].shape == (1000, 3, 3)
    torch.testing.assert_close(params["chain_weights"].sum(1), torch.ones(1000))
    assert 0 <= params["mix"].min() and params["mix"].max() <= 1
    # Dirichlet(1, 1, 1) marginals have mean 1/3; Beta(1, 1) has mean 1/2 and variance 1/12
    assert abs(params["chain_weights"].mean() - 1 / 3) < 0.02
    assert abs(params["mix"].mean() - 0.5) < 0.03 and abs(params["mix"].var() - 1 / 12) < 0.01
    depth = (params["op"] != IDENTITY).sum(-1)
    assert set(depth.unique().tolist()) == {1, 2, 3}
    # the default op set leaves out the CIFAR-C-like enhancements
    used = {OP_NAMES[i] for i in params["op"].unique().tolist()} - {"Identity"}
    assert used == {
        "AutoContrast",
        "Equalize",
        "Posterize",
        "Rotate",
        "Solarize",
        "ShearX",
        "ShearY",
        "TranslateX",
        "TranslateY",
    }
    rotation = params["magnitude"][params["op"] == OP_INDEX["Rotate"]]
    assert rotation.abs().max() <= 8.0  # int(3 * 30 / 10) = 9 is excluded since level < 3


def test_augmix_with_zero_mix_weight_returns_the_image():
    method = build_method("augmix", None, _info())
    images = _images(batch=4)
    params = method.sample_params(4, _rng(), torch.device("cpu"))
    params["mix"] = torch.zeros(4)
    torch.testing.assert_close(method.apply(images, params), images)
    params["mix"] = torch.ones(4)
    assert not torch.allclose(method.apply(images, params), images)


def test_augmix_jsd_loss_adds_twelve_times_the_divergence():
    torch.manual_seed(0)
    model = TinyNet(3)
    images, labels = _images(), torch.arange(8) % 5
    method = build_method("augmix", {"jsd": True}, _info())
    ctx = StepContext(
        rng=_rng(3), criterion=F.cross_entropy, epoch=0, total_epochs=1, step=0, steps_per_epoch=1
    )
    loss = method.loss(model, images, labels, ctx)
    rng = _rng(3)
    first, second = method.augment(images, rng), method.augment(images, rng)
    clean = model(images)
    expected = F.cross_entropy(clean, labels) + 12.0 * jensen_shannon(clean, model(first), model(second))
    torch.testing.assert_close(loss, expected)
    assert loss > F.cross_entropy(clean, labels)


def test_jensen_shannon_is_zero_for_identical_predictions():
    logits = torch.randn(4, 5)
    assert jensen_shannon(logits, logits, logits).abs() < 1e-6
    assert jensen_shannon(logits, -logits, logits) > 0.01


def test_augmix_trains_with_its_consistency_loss_by_default():
    model = TinyNet(3)
    seen = []
    model.register_forward_hook(lambda module, args, out: seen.append(args[0].shape[0]))
    ctx = StepContext(_rng(), F.cross_entropy, 0, 1, 0, 1)
    build_method("augmix", None, _info()).loss(model, _images(8), torch.arange(8) % 5, ctx)
    assert seen == [24]  # clean + two AugMix views, as the official default (--no-jsd turns it off)


@pytest.mark.parametrize("name", ["randaugment", "autoaugment", "trivialaugment"])
def test_cutout_after_the_policy_masks_one_mean_coloured_square(name):
    info = DataInfo(num_classes=5, in_channels=3, image_size=SIZE, hflip=True, mean=(0.25, 0.5, 0.75))
    images = _images(64)
    plain = build_method(name, None, info).augment(images, _rng(3))
    cut = build_method(name, {"cutout": 6}, info).augment(images, _rng(3))
    fill = torch.tensor([0.25, 0.5, 0.75]).view(1, 3, 1, 1)
    masked = (cut == fill).all(dim=1)  # (N, H, W): pixels holding exactly the mean colour
    changed = (cut != plain).any(dim=1)
    assert torch.equal(changed & ~masked, torch.zeros_like(changed))  # only the square changed
    areas = masked.flatten(1).sum(1)
    assert areas.max() == 36 and (areas > 0).all()  # a 6 x 6 square, cut at the border
    # the policy's own draws come first, so cutout 0 gives exactly the method without it
    assert torch.equal(build_method(name, {"cutout": 0}, info).augment(images, _rng(3)), plain)
