"""Every backbone builds from its name, takes 1 or 3 channels and small inputs, and matches its paper."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from advaug.errors import UserError
from advaug.models import BACKBONES, build_model

# Parameter counts with a 10-class head on 3-channel input, as published
# (ResNet-18 / PreAct: kuangliu/pytorch-cifar README ~11.2M; WRN: Zagoruyko &
# Komodakis 2016 Table 1, 36.5M and 2.2M; DenseNet-BC-100 k=12: Huang et al.
# 2017 Table 2, 0.8M, 0.769M exactly in the reference implementations).
PUBLISHED_PARAMS = {
    "resnet18": 11.17e6,
    "preact_resnet18": 11.17e6,
    "wrn28_10": 36.48e6,
    "wrn40_2": 2.24e6,
    "densenet_bc": 0.769e6,
}
# Small option sets so that real forward and backward passes stay fast on a CPU.
SMALL_OPTIONS = {
    "resnet18": {"base_width": 8},
    "preact_resnet18": {"base_width": 8},
    "wrn": {"depth": 10, "widen_factor": 1},
    "wrn28_10": {},  # only checked on the meta device
    "wrn40_2": {},
    "densenet_bc": {"depth": 16, "growth_rate": 4},
    "small_cnn": {"widths": (8, 16, 16)},
}
FAST_MODELS = ["resnet18", "preact_resnet18", "wrn", "densenet_bc", "small_cnn"]


def parameter_count(model: torch.nn.Module) -> int:
    return sum(parameter.numel() for parameter in model.parameters())


def test_registry_lists_every_model():
    assert set(SMALL_OPTIONS) <= set(BACKBONES.names())


@pytest.mark.parametrize("name", sorted(PUBLISHED_PARAMS))
def test_parameter_count_matches_paper(name):
    with torch.device("meta"):  # no memory, no initialisation cost
        model = build_model(name, in_channels=3, num_classes=10)
    assert parameter_count(model) == pytest.approx(PUBLISHED_PARAMS[name], rel=0.01)


def test_small_cnn_is_small():
    model = build_model("small_cnn", in_channels=1, num_classes=10)
    assert 0.1e6 <= parameter_count(model) <= 0.35e6


@pytest.mark.parametrize("name", sorted(SMALL_OPTIONS))
@pytest.mark.parametrize("in_channels", [1, 3])
def test_shapes_with_and_without_embedding_layer(name, in_channels):
    """On the meta device: shapes for the real, full-size default models at no compute cost."""
    with torch.device("meta"):
        plain = build_model(name, in_channels, num_classes=7)
        embedded = build_model(name, in_channels, num_classes=7, embed_dim=128)
        images = torch.empty(2, in_channels, 16, 16)
        assert plain(images).shape == (2, 7)
        logits, features = plain(images, return_embedding=True)
        assert logits.shape == (2, 7) and features.shape == (2, plain.backbone.feature_dim)
        logits, embedding = embedded(images, return_embedding=True)
        assert logits.shape == (2, 7) and embedding.shape == (2, 128)


@pytest.mark.parametrize("name", FAST_MODELS)
@pytest.mark.parametrize("in_channels,size", [(1, 16), (3, 20)])
def test_forward_backward_reaches_every_parameter(name, in_channels, size):
    torch.manual_seed(0)
    model = build_model(name, in_channels, num_classes=5, embed_dim=128, **SMALL_OPTIONS[name])
    images = torch.rand(4, in_channels, size, size)
    logits, embedding = model(images, return_embedding=True)
    assert logits.shape == (4, 5) and embedding.shape == (4, 128)
    F.cross_entropy(logits, torch.arange(4)).backward()
    for parameter_name, parameter in model.named_parameters():
        assert parameter.grad is not None, parameter_name
        assert torch.isfinite(parameter.grad).all(), parameter_name
        assert parameter.grad.abs().sum() > 0, parameter_name


def test_eval_mode_is_deterministic_and_batch_independent():
    torch.manual_seed(0)
    model = build_model("small_cnn", 3, num_classes=4, **SMALL_OPTIONS["small_cnn"]).eval()
    images = torch.rand(3, 3, 16, 16)
    with torch.no_grad():
        together = model(images)
        alone = model(images[:1])
    torch.testing.assert_close(together[:1], alone, rtol=1e-4, atol=1e-5)


def test_small_cnn_activation_is_the_one_asked_for():
    """params.yaml trains the embedded default with ReLU; GELU (airbench's) stays the default."""
    relu = build_model("small_cnn", 3, num_classes=4, widths=[4, 8], activation="relu")
    gelu = build_model("small_cnn", 3, num_classes=4, widths=[4, 8])
    assert {type(m) for m in relu.modules()} & {nn.ReLU, nn.GELU} == {nn.ReLU}
    assert {type(m) for m in gelu.modules()} & {nn.ReLU, nn.GELU} == {nn.GELU}
    gelu.load_state_dict(relu.state_dict())  # same parameters: only the non-linearity differs
    images = torch.rand(2, 3, 16, 16)
    assert not torch.allclose(relu.eval()(images), gelu.eval()(images))
    before = images.clone()
    relu.train()(images).sum().backward()  # in-place ReLU: autograd accepts it, the input is untouched
    assert torch.equal(images, before)


def test_wrn_dropout_is_active_only_in_training():
    torch.manual_seed(0)
    model = build_model("wrn", 3, num_classes=4, depth=10, widen_factor=1, dropout=0.5)
    images = torch.rand(2, 3, 16, 16)
    model.train()
    assert not torch.equal(model(images), model(images))
    model.eval()
    assert torch.equal(model(images), model(images))


def test_unknown_model_name_is_a_user_error():
    with pytest.raises(UserError, match="unknown model 'resnet1000'"):
        build_model("resnet1000", 3, 10)


@pytest.mark.parametrize(
    "name,options,message",
    [
        ("resnet18", {"depth": 50}, "bad option"),
        ("wrn", {"depth": 27}, "6n \\+ 4"),
        ("wrn", {"widen_factor": 0}, "widen_factor"),
        ("wrn40_2", {"dropout": 1.5}, "dropout"),
        ("densenet_bc", {"depth": 99}, "6n \\+ 4"),
        ("small_cnn", {"widths": (8, 8, 8, 8, 8)}, "widths"),
        ("small_cnn", {"activation": "swish"}, "activation must be one of \\['gelu', 'relu'\\]"),
        ("resnet18", {"base_width": 0}, "base_width"),
    ],
)
def test_bad_options_are_user_errors(name, options, message):
    with pytest.raises(UserError, match=message):
        with torch.device("meta"):
            build_model(name, 3, 10, **options)


# --- batch norm folded for inference (advaug.models.fold) ----------------------------


def _with_trained_statistics(model: nn.Module, negative_gain_in: nn.Module | None = None) -> nn.Module:
    """Random running statistics and affine parameters, as after training (fresh ones are the
    identity map, which would fold trivially); ``negative_gain_in`` gets a negative gain."""
    generator = torch.Generator().manual_seed(0)
    for module in model.modules():
        if isinstance(module, nn.modules.batchnorm._BatchNorm):
            size = module.num_features
            module.running_mean.copy_(torch.randn(size, generator=generator) * 0.3)
            module.running_var.copy_(torch.rand(size, generator=generator) * 2 + 0.2)
            module.weight.data.copy_(torch.rand(size, generator=generator) + 0.5)
            module.bias.data.copy_(torch.randn(size, generator=generator) * 0.2)
    if negative_gain_in is not None:
        negative_gain_in.weight.data[0] = -1.0
    return model.eval()


@pytest.mark.parametrize("channels_last", [False, True])
@pytest.mark.parametrize("name", ["small_cnn", "resnet18"])
def test_folded_batchnorm_computes_the_same_function(name, channels_last):
    """Logits, embeddings and input gradients of the folded copy against the model with its
    batch norms, to float rounding; every batch norm after a convolution (directly, or through
    the small CNN's max-pool) and the embedding layer's after its linear map is folded."""
    from advaug.models.fold import fold_batchnorm

    torch.manual_seed(0)
    model = _with_trained_statistics(build_model(name, 3, 10, embed_dim=16, **SMALL_OPTIONS[name]))
    images = torch.rand(8, 3, 32, 32)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        images = images.contiguous(memory_format=torch.channels_last)
    folded = fold_batchnorm(model)
    norms = [m for m in folded.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    if name == "small_cnn":
        assert norms == []
    else:  # the shortcut's conv -> BN folds; the blocks' BNs are attributes, not a sequence
        assert 0 < len(norms) < sum(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model.modules())
    first_conv = next(m for m in folded.modules() if isinstance(m, nn.Conv2d))
    if channels_last:  # folding keeps the layout the model runs in
        assert first_conv.weight.is_contiguous(memory_format=torch.channels_last)
    inputs = [images.clone().requires_grad_(True) for _ in range(2)]
    outputs = [net(x, return_embedding=True) for net, x in zip((model, folded), inputs)]
    for expected, got in zip(*outputs):
        torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5)
    labels = torch.arange(8) % 10
    grads = [torch.autograd.grad(F.cross_entropy(out[0], labels), x)[0] for out, x in zip(outputs, inputs)]
    torch.testing.assert_close(grads[1], grads[0], rtol=1e-4, atol=1e-6)


def test_a_norm_with_a_negative_gain_behind_a_max_pool_is_not_folded():
    """max(s x) = s max(x) only for s > 0: that norm stays, the others fold, the function is kept."""
    from advaug.models.fold import fold_batchnorm

    torch.manual_seed(0)
    model = build_model("small_cnn", 3, 10, widths=(8, 16))
    layers = list(model.backbone.features)
    pooled = next(i for i, m in enumerate(layers) if isinstance(m, nn.MaxPool2d))
    _with_trained_statistics(model, negative_gain_in=layers[pooled + 1])
    folded = fold_batchnorm(model)
    kept = [i for i, m in enumerate(folded.backbone.features) if isinstance(m, nn.BatchNorm2d)]
    assert kept == [pooled + 1]
    images = torch.rand(8, 3, 32, 32)
    torch.testing.assert_close(folded(images), model(images), rtol=1e-5, atol=1e-5)


def test_a_folded_model_refuses_training_mode_and_leaves_the_original_alone():
    from advaug.models.fold import fold_batchnorm

    model = _with_trained_statistics(build_model("small_cnn", 3, 10, widths=(8,)))
    before = {k: v.clone() for k, v in model.state_dict().items()}
    folded = fold_batchnorm(model)
    assert not folded.training
    folded.eval()  # eval stays allowed (predict_logits and the attacks switch to it)
    with pytest.raises(RuntimeError, match="inference only"):
        folded.train()
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    model.train()  # the original still trains
