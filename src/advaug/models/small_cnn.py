"""A small, fast CNN for the embedded default run on a laptop CPU.

The layout follows Keller Jordan's airbench (github.com/KellerJordan/cifar10-airbench):
a stem convolution, then blocks of conv -> max-pool -> BN -> GELU -> conv ->
BN -> GELU, each halving the resolution. Pooling right after the first
convolution of a block keeps most of the arithmetic at low resolution, which is
what makes it fast; with the default widths it has about 0.3M parameters.

``activation``: airbench's GELU (the default) or ReLU. On one CPU thread GELU's
erf costs 6x a ReLU per element, and with the narrow widths of the embedded
default (8-32-64) the activations were 17 % of a training step; ReLU makes a
step 1.2x faster there (params.yaml, README "Measured").
"""

from __future__ import annotations

from typing import Sequence

import torch
from torch import nn

from advaug.errors import UserError
from advaug.models.base import BACKBONES
from advaug.models.resnet import init_weights

DEFAULT_WIDTHS = (32, 64, 128)
ACTIVATIONS = {"gelu": nn.GELU, "relu": lambda: nn.ReLU(inplace=True)}


def conv_bn_act(in_channels: int, out_channels: int, pool: bool, activation: str) -> list[nn.Module]:
    layers: list[nn.Module] = [nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False)]
    if pool:
        layers.append(nn.MaxPool2d(2))
    return layers + [nn.BatchNorm2d(out_channels), ACTIVATIONS[activation]()]


class SmallCNN(nn.Module):
    def __init__(self, in_channels: int, widths: Sequence[int] = DEFAULT_WIDTHS, activation: str = "gelu"):
        super().__init__()
        widths = check_widths(widths)
        if activation not in ACTIVATIONS:
            raise UserError(f"small_cnn activation must be one of {sorted(ACTIVATIONS)}, got {activation!r}")
        layers = conv_bn_act(in_channels, widths[0], pool=False, activation=activation)
        channels = widths[0]
        for width in widths:
            layers += conv_bn_act(channels, width, pool=True, activation=activation)
            layers += conv_bn_act(width, width, pool=False, activation=activation)
            channels = width
        layers.append(nn.AdaptiveAvgPool2d(1))
        self.features = nn.Sequential(*layers)
        self.feature_dim = channels
        init_weights(self)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        return self.features(x).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.embed(x)


def check_widths(widths: Sequence[int]) -> tuple[int, ...]:
    """Each block halves the resolution, so more than 4 blocks would pool 16x16 to nothing."""
    widths = tuple(widths)
    if not 1 <= len(widths) <= 4 or not all(isinstance(w, int) and w > 0 for w in widths):
        raise UserError(f"small_cnn widths must be 1 to 4 positive integers, got {list(widths)}")
    return widths


@BACKBONES.register("small_cnn")
def small_cnn(in_channels: int, widths: Sequence[int] = DEFAULT_WIDTHS, activation: str = "gelu") -> SmallCNN:
    return SmallCNN(in_channels, widths, activation)
