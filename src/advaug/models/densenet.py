"""DenseNet-BC (Huang et al. 2017, "Densely Connected Convolutional Networks").

Three dense blocks of (depth - 4) / 6 bottleneck layers, each adding
``growth_rate`` channels; transitions between blocks halve both the channels
(compression 0.5) and the resolution. DenseNet-BC-100 with k = 12 (0.8M
parameters) is a common small CIFAR baseline in the augmentation literature.
"""

from __future__ import annotations

import torch
from torch import nn

from advaug.errors import UserError
from advaug.models.base import BACKBONES
from advaug.models.resnet import init_weights

# Paper, Section 3: the 1x1 bottleneck produces 4k maps, transitions keep
# half the channels (theta = 0.5) and the stem has 2k output channels.
BOTTLENECK_FACTOR = 4
COMPRESSION = 0.5
STEM_GROWTH_FACTOR = 2
NUM_DENSE_BLOCKS = 3


class BottleneckLayer(nn.Module):
    """BN-ReLU-conv1x1(4k)-BN-ReLU-conv3x3(k), concatenated onto its input."""

    def __init__(self, in_channels: int, growth_rate: int):
        super().__init__()
        inner = BOTTLENECK_FACTOR * growth_rate
        self.layers = nn.Sequential(
            nn.BatchNorm2d(in_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(in_channels, inner, 1, bias=False),
            nn.BatchNorm2d(inner),
            nn.ReLU(inplace=True),
            nn.Conv2d(inner, growth_rate, 3, padding=1, bias=False),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([x, self.layers(x)], dim=1)


def transition(in_channels: int, out_channels: int) -> nn.Sequential:
    return nn.Sequential(
        nn.BatchNorm2d(in_channels),
        nn.ReLU(inplace=True),
        nn.Conv2d(in_channels, out_channels, 1, bias=False),
        nn.AvgPool2d(2),
    )


class DenseNetBC(nn.Module):
    def __init__(self, in_channels: int, depth: int = 100, growth_rate: int = 12):
        super().__init__()
        layers_per_block = check_densenet_options(depth, growth_rate)
        channels = STEM_GROWTH_FACTOR * growth_rate
        modules: list[nn.Module] = [nn.Conv2d(in_channels, channels, 3, padding=1, bias=False)]
        for block_index in range(NUM_DENSE_BLOCKS):
            for _ in range(layers_per_block):
                modules.append(BottleneckLayer(channels, growth_rate))
                channels += growth_rate
            if block_index < NUM_DENSE_BLOCKS - 1:
                compressed = int(channels * COMPRESSION)
                modules.append(transition(channels, compressed))
                channels = compressed
        modules += [nn.BatchNorm2d(channels), nn.ReLU(inplace=True), nn.AdaptiveAvgPool2d(1)]
        self.features = nn.Sequential(*modules)
        self.feature_dim = channels
        init_weights(self)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        return self.features(x).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.embed(x)


def check_densenet_options(depth: int, growth_rate: int) -> int:
    """Return bottleneck layers per block; each has two convs, hence depth = 6n + 4."""
    if not isinstance(depth, int) or depth < 10 or (depth - 4) % 6:
        raise UserError(f"densenet_bc depth must be 6n + 4 with n >= 1 (40, 100, 190...), got {depth}")
    if not isinstance(growth_rate, int) or growth_rate < 1:
        raise UserError(f"densenet_bc growth_rate must be a positive integer, got {growth_rate}")
    return (depth - 4) // 6


@BACKBONES.register("densenet_bc")
def densenet_bc(in_channels: int, depth: int = 100, growth_rate: int = 12) -> DenseNetBC:
    return DenseNetBC(in_channels, depth, growth_rate)
