"""Wide residual networks (Zagoruyko & Komodakis 2016, "Wide Residual Networks").

WRN-d-k has three stages of (d - 4) / 6 pre-activation blocks with widths
16k, 32k and 64k. WRN-28-10 is the usual large CIFAR model of the augmentation
literature (AutoAugment, RandAugment, TrivialAugment report on it); WRN-40-2 is
the small one (AugMix, Fast AutoAugment).
"""

from __future__ import annotations

import torch
from torch import nn

from advaug.errors import UserError
from advaug.models.base import BACKBONES
from advaug.models.resnet import conv3x3, init_weights

# Stem width and the per-stage widths before widening (paper, Table 1).
STEM_WIDTH = 16
STAGE_WIDTHS = (16, 32, 64)


class WideBlock(nn.Module):
    """BN-ReLU-conv, BN-ReLU-dropout-conv, with a 1x1 projection when the shape changes.

    Dropout sits between the two convolutions, as in the paper's Section 2.4.
    """

    def __init__(self, in_channels: int, out_channels: int, stride: int, dropout: float):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.conv1 = conv3x3(in_channels, out_channels, stride)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.conv2 = conv3x3(out_channels, out_channels)
        self.relu = nn.ReLU(inplace=False)
        self.projection = None
        if stride != 1 or in_channels != out_channels:
            self.projection = nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        activated = self.relu(self.bn1(x))
        shortcut = x if self.projection is None else self.projection(activated)
        out = self.conv1(activated)
        out = self.conv2(self.dropout(self.relu(self.bn2(out))))
        return out + shortcut


class WideResNet(nn.Module):
    def __init__(self, depth: int, widen_factor: int, in_channels: int, dropout: float = 0.0):
        super().__init__()
        blocks_per_stage = check_wrn_options(depth, widen_factor, dropout)
        self.stem = conv3x3(in_channels, STEM_WIDTH)
        stages, channels = [], STEM_WIDTH
        for index, base in enumerate(STAGE_WIDTHS):
            width = base * widen_factor
            layers = []
            for block_index in range(blocks_per_stage):
                stride = 2 if index > 0 and block_index == 0 else 1
                layers.append(WideBlock(channels, width, stride, dropout))
                channels = width
            stages.append(nn.Sequential(*layers))
        self.stages = nn.Sequential(*stages)
        self.final = nn.Sequential(nn.BatchNorm2d(channels), nn.ReLU(inplace=True))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.feature_dim = channels
        init_weights(self)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        return self.pool(self.final(self.stages(self.stem(x)))).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.embed(x)


def check_wrn_options(depth: int, widen_factor: int, dropout: float) -> int:
    """Return blocks per stage, rejecting depths the 6n + 4 layout cannot build."""
    if not isinstance(depth, int) or depth < 10 or (depth - 4) % 6:
        raise UserError(f"wide resnet depth must be 6n + 4 with n >= 1 (10, 16, 28, 40...), got {depth}")
    if not isinstance(widen_factor, int) or widen_factor < 1:
        raise UserError(f"wide resnet widen_factor must be a positive integer, got {widen_factor}")
    if not 0.0 <= dropout < 1.0:
        raise UserError(f"wide resnet dropout must lie in [0, 1), got {dropout}")
    return (depth - 4) // 6


@BACKBONES.register("wrn")
def wrn(in_channels: int, depth: int = 28, widen_factor: int = 10, dropout: float = 0.0) -> WideResNet:
    return WideResNet(depth, widen_factor, in_channels, dropout)


@BACKBONES.register("wrn28_10")
def wrn28_10(in_channels: int, dropout: float = 0.0) -> WideResNet:
    return WideResNet(28, 10, in_channels, dropout)


@BACKBONES.register("wrn40_2")
def wrn40_2(in_channels: int, dropout: float = 0.0) -> WideResNet:
    return WideResNet(40, 2, in_channels, dropout)
