"""CIFAR-style ResNet-18 and its pre-activation variant.

The CIFAR variant (3x3 stem, no max-pool) keeps 32x32 inputs at full
resolution in the first stage; the ImageNet stem would shrink them to 8x8
before any residual block and cost several points of accuracy. Both networks
end in global average pooling, so any input of at least 16x16 works.
"""

from __future__ import annotations

import torch
from torch import nn

from advaug.errors import UserError
from advaug.models.base import BACKBONES

# Stage widths and blocks per stage of ResNet-18 (He et al. 2016, "Deep Residual
# Learning for Image Recognition", Table 1); 11.17M parameters with a 10-class head.
RESNET18_WIDTHS = (64, 128, 256, 512)
RESNET18_BLOCKS = (2, 2, 2, 2)


def init_weights(module: nn.Module) -> None:
    """He-normal convolutions (fan-out) and unit BatchNorm, as in the reference code.

    torchvision's ResNet, the official WRN code (szagoruyko/wide-residual-networks)
    and the Lua DenseNet all draw conv weights from N(0, 2 / (k * k * out_channels)).
    """
    for layer in module.modules():
        if isinstance(layer, nn.Conv2d):
            nn.init.kaiming_normal_(layer.weight, mode="fan_out", nonlinearity="relu")
            if layer.bias is not None:
                nn.init.zeros_(layer.bias)
        elif isinstance(layer, (nn.BatchNorm2d, nn.BatchNorm1d)):
            nn.init.ones_(layer.weight)
            nn.init.zeros_(layer.bias)


def conv3x3(in_channels: int, out_channels: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)


class BasicBlock(nn.Module):
    """conv-BN-ReLU-conv-BN plus a shortcut, ReLU after the addition (post-activation)."""

    def __init__(self, in_channels: int, out_channels: int, stride: int):
        super().__init__()
        self.conv1 = conv3x3(in_channels, out_channels, stride)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = conv3x3(out_channels, out_channels)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.relu = nn.ReLU(inplace=True)
        self.shortcut = nn.Identity()
        if stride != 1 or in_channels != out_channels:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + self.shortcut(x))


class PreActBlock(nn.Module):
    """BN-ReLU-conv twice with a clean identity path (He et al. 2016, "Identity Mappings").

    A projection shortcut, when needed, reads the pre-activated input, so the
    first BN-ReLU is shared by both paths as in the paper's Fig. 4(e) design.
    """

    def __init__(self, in_channels: int, out_channels: int, stride: int):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.conv1 = conv3x3(in_channels, out_channels, stride)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.conv2 = conv3x3(out_channels, out_channels)
        self.relu = nn.ReLU(inplace=False)
        self.projection = None
        if stride != 1 or in_channels != out_channels:
            self.projection = nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        activated = self.relu(self.bn1(x))
        shortcut = x if self.projection is None else self.projection(activated)
        out = self.conv1(activated)
        out = self.conv2(self.relu(self.bn2(out)))
        return out + shortcut


class ResNet(nn.Module):
    """Four stages of residual blocks on a 3x3 stem, then global average pooling."""

    def __init__(
        self,
        block: type[nn.Module],
        blocks_per_stage: tuple[int, ...],
        widths: tuple[int, ...],
        in_channels: int,
        preact: bool,
    ):
        super().__init__()
        stem = [conv3x3(in_channels, widths[0])]
        if not preact:  # pre-activation blocks normalise their own input
            stem += [nn.BatchNorm2d(widths[0]), nn.ReLU(inplace=True)]
        self.stem = nn.Sequential(*stem)
        stages, channels = [], widths[0]
        for index, (width, count) in enumerate(zip(widths, blocks_per_stage)):
            stride = 1 if index == 0 else 2
            layers = []
            for block_index in range(count):
                layers.append(block(channels, width, stride if block_index == 0 else 1))
                channels = width
            stages.append(nn.Sequential(*layers))
        self.stages = nn.Sequential(*stages)
        # The identity-mapping paper ends with BN-ReLU after the last addition.
        self.final = (
            nn.Sequential(nn.BatchNorm2d(channels), nn.ReLU(inplace=True)) if preact else nn.Identity()
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.feature_dim = channels
        init_weights(self)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        return self.pool(self.final(self.stages(self.stem(x)))).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.embed(x)


def _widths(base_width: int) -> tuple[int, ...]:
    if base_width < 1:
        raise UserError(f"resnet base_width must be a positive integer, got {base_width}")
    return tuple(base_width * RESNET18_WIDTHS[i] // RESNET18_WIDTHS[0] for i in range(4))


@BACKBONES.register("resnet18")
def resnet18(in_channels: int, base_width: int = 64) -> ResNet:
    return ResNet(BasicBlock, RESNET18_BLOCKS, _widths(base_width), in_channels, preact=False)


@BACKBONES.register("preact_resnet18")
def preact_resnet18(in_channels: int, base_width: int = 64) -> ResNet:
    return ResNet(PreActBlock, RESNET18_BLOCKS, _widths(base_width), in_channels, preact=True)
