"""Class-conditional ResNet generator and two-headed critic for the AC-GAN with gradient penalty.

The layout is the CIFAR ResNet of Gulrajani et al. 2017 ("Improved Training of
Wasserstein GANs", github.com/igul222/improved_wgan_training, gan_cifar_resnet.py):
the generator maps z through a linear layer to 4x4 and doubles the resolution
with one residual up-block per octave; the critic halves it with residual
down-blocks until 8x8 and adds two plain blocks. Class information enters the
generator through a learned per-class 4x4 map added to the projected latent
and through conditional batch norm (a per-class gain and bias, de Vries et al.
2017; Miyato & Koyama 2018), and leaves the critic through an auxiliary
classification head (Odena et al. 2017, AC-GAN). The critic has no batch norm:
the gradient penalty is defined per sample, and batch statistics would couple
the samples of a batch.

Widths: ``g_channels``/``d_channels`` are the widths at 8x8. With ``taper``
(default) the width halves per octave above 8x8, DCGAN-style, so 32x32 layers
are a quarter as wide; ``taper=False`` keeps the reference code's constant
width. The embedded digits default uses 32 (minutes on one CPU thread); for
CIFAR-10/100 the CS236 study's size (Nocty-chan/CS236-FinalProject) is 256,
best with ``taper=False`` to match the reference architecture (whose CIFAR-10
runs use 128).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from advaug.errors import UserError
from advaug.io import load_torch


def check_size(size: int) -> int:
    """The generator starts at 4x4 and the critic stops at 8x8, so sizes are 8 * 2**k."""
    if size < 16 or size & (size - 1):
        raise UserError(f"the GAN needs square images of 16, 32, 64, ... pixels, got {size}x{size}")
    return size


def stage_widths(channels: int, blocks: int, taper: bool) -> list[int]:
    """Widths from the coarsest resolution outwards, one more entry than blocks.

    With ``taper`` the width halves per octave above 8x8 (as in DCGAN): at
    constant width the 32x32 convolutions hold most of the arithmetic, and a
    quarter of the width there costs a sixteenth.
    """
    widths = [channels]
    for block in range(blocks):
        halve = taper and block >= 1
        widths.append(max(8, widths[-1] // 2) if halve else widths[-1])
    return widths


def _init_conv(layer: nn.Module, gain: float) -> None:
    # Xavier-uniform with gain sqrt(2) inside residual branches and 1 on shortcuts
    # and heads, as in the SNGAN reference code (pfnet-research/sngan_projection).
    nn.init.xavier_uniform_(layer.weight, gain=gain)
    if layer.bias is not None:
        nn.init.zeros_(layer.bias)


class ConditionalBatchNorm(nn.Module):
    """Batch norm whose gain and bias are looked up per class."""

    def __init__(self, channels: int, num_classes: int):
        super().__init__()
        self.norm = nn.BatchNorm2d(channels, affine=False)
        self.gain = nn.Embedding(num_classes, channels)
        self.bias = nn.Embedding(num_classes, channels)
        nn.init.ones_(self.gain.weight)
        nn.init.zeros_(self.bias.weight)

    def forward(self, x: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        gain = self.gain(labels)[:, :, None, None]
        bias = self.bias(labels)[:, :, None, None]
        return self.norm(x) * gain + bias


class UpBlock(nn.Module):
    """CBN-ReLU-upsample-conv-CBN-ReLU-conv, plus an upsampled 1x1 shortcut."""

    def __init__(self, in_channels: int, out_channels: int, num_classes: int):
        super().__init__()
        self.norm1 = ConditionalBatchNorm(in_channels, num_classes)
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, padding=1)
        self.norm2 = ConditionalBatchNorm(out_channels, num_classes)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1)
        self.shortcut = nn.Conv2d(in_channels, out_channels, 1)
        _init_conv(self.conv1, math.sqrt(2))
        _init_conv(self.conv2, math.sqrt(2))
        _init_conv(self.shortcut, 1.0)

    def forward(self, x: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        h = F.interpolate(F.relu(self.norm1(x, labels)), scale_factor=2, mode="nearest")
        h = self.conv2(F.relu(self.norm2(self.conv1(h), labels)))
        return h + self.shortcut(F.interpolate(x, scale_factor=2, mode="nearest"))


class Generator(nn.Module):
    """G(z, y): images in [0, 1] of the data's channels and size."""

    def __init__(
        self, z_dim: int, num_classes: int, channels: int, size: int, g_channels: int = 64, taper: bool = True
    ):
        super().__init__()
        self.z_dim, self.num_classes, self.channels = z_dim, num_classes, channels
        self.size = check_size(size)
        widths = stage_widths(g_channels, int(math.log2(size // 4)), taper)
        self.width = widths[0]
        self.linear = nn.Linear(z_dim, 4 * 4 * widths[0])
        # A learned per-class 4x4 map added to the projected latent: conditioning from
        # the first layer on, so the class shapes the layout and not only the styles the
        # conditional batch norms modulate (which alone made class control slow to learn).
        self.class_map = nn.Embedding(num_classes, 4 * 4 * widths[0])
        self.blocks = nn.ModuleList(
            UpBlock(widths[i], widths[i + 1], num_classes) for i in range(len(widths) - 1)
        )
        self.out_norm = nn.BatchNorm2d(widths[-1])
        self.out_conv = nn.Conv2d(widths[-1], channels, 3, padding=1)
        _init_conv(self.linear, 1.0)
        _init_conv(self.out_conv, 1.0)

    def forward(self, z: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        h = (self.linear(z) + self.class_map(labels)).view(len(z), self.width, 4, 4)
        for block in self.blocks:
            h = block(h, labels)
        # (tanh + 1) / 2 puts the output in [0, 1], the package's image range.
        return (torch.tanh(self.out_conv(F.relu(self.out_norm(h)))) + 1) / 2


class DownBlock(nn.Module):
    """ReLU-conv-ReLU-conv (then average-pool), plus a 1x1 shortcut when the shape changes."""

    def __init__(self, in_channels: int, out_channels: int, down: bool, first: bool = False):
        super().__init__()
        self.down, self.first = down, first
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, padding=1)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1)
        _init_conv(self.conv1, math.sqrt(2))
        _init_conv(self.conv2, math.sqrt(2))
        self.shortcut = None
        if down or in_channels != out_channels:
            self.shortcut = nn.Conv2d(in_channels, out_channels, 1)
            _init_conv(self.shortcut, 1.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # The first block sees raw pixels: no ReLU before its first convolution
        # (the "optimized block" of the reference code).
        h = self.conv2(F.relu(self.conv1(x if self.first else F.relu(x))))
        shortcut = x
        if self.down:
            # A 1x1 convolution commutes with average pooling; pooling first is cheaper.
            h, shortcut = F.avg_pool2d(h, 2), F.avg_pool2d(shortcut, 2)
        if self.shortcut is not None:
            shortcut = self.shortcut(shortcut)
        return h + shortcut


class Discriminator(nn.Module):
    """D(x) -> (critic score per image, auxiliary class logits); x in [0, 1]."""

    def __init__(self, num_classes: int, channels: int, size: int, d_channels: int = 64, taper: bool = True):
        super().__init__()
        self.num_classes, self.channels, self.size = num_classes, channels, check_size(size)
        # Mirror of the generator: the block that reads 2**k x 2**k pixels is as wide as
        # the generator's block that writes them.
        downs = int(math.log2(size // 8))
        widths = stage_widths(d_channels, downs + 1, taper)[::-1]
        blocks = [DownBlock(channels, widths[0], down=True, first=True)]
        blocks += [DownBlock(widths[i - 1], widths[i], down=True) for i in range(1, downs)]
        blocks += [DownBlock(widths[downs - 1], d_channels, down=False)]
        blocks += [DownBlock(d_channels, d_channels, down=False)]
        self.blocks = nn.Sequential(*blocks)
        self.critic = nn.Linear(d_channels, 1)
        self.classify = nn.Linear(d_channels, num_classes)
        _init_conv(self.critic, 1.0)
        _init_conv(self.classify, 1.0)

    def features(self, images: torch.Tensor) -> torch.Tensor:
        return F.relu(self.blocks(images * 2 - 1)).mean(dim=(2, 3))

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        features = self.features(images)
        return self.critic(features).squeeze(1), self.classify(features)


def build_generator(options: dict) -> Generator:
    """Rebuild from the dict saved in ``generator.pt`` (also the constructor's keywords)."""
    return _channels_last(Generator(
        z_dim=options["z_dim"],
        num_classes=options["num_classes"],
        channels=options["channels"],
        size=options["size"],
        g_channels=options["g_channels"],
        taper=options.get("taper", True),
    ))


def build_discriminator(options: dict) -> Discriminator:
    return _channels_last(Discriminator(
        num_classes=options["num_classes"],
        channels=options["channels"],
        size=options["size"],
        d_channels=options["d_channels"],
        taper=options.get("taper", True),
    ))


def _channels_last(model: nn.Module) -> nn.Module:
    """Convolution weights in channels_last, so that every convolution runs (and returns) NHWC
    whatever its input's layout: the faster layout on GPUs and, for these networks, on CPUs.

    One AMD EPYC thread, the embedded default (batch 32): a critic step 115-135 instead of
    140-180 ms, a generator step 51-60 instead of 84-108 ms, a step of the unrestricted search
    (50 latents) 114 instead of 172 ms. The changed rounding changes which generator training
    ends at; the embedded default's three GAN seeds are judged as well either way (README).
    """
    return model.to(memory_format=torch.channels_last)


def load_generator(path, device: str | torch.device = "cpu") -> tuple[Generator, dict]:
    """Rebuild a generator saved by :func:`advaug.gan.train.train_gan`, in eval mode."""
    return _load(path, device, build_generator)


def load_discriminator(path, device: str | torch.device = "cpu") -> tuple[Discriminator, dict]:
    return _load(path, device, build_discriminator)


def _load(path, device, builder):
    from pathlib import Path

    if not Path(path).exists():
        raise UserError(f"{path} does not exist; train the GAN first (advaug gan-train)")
    saved = load_torch(path, "delete it and run `advaug train-gan` again")
    model = builder(saved["options"])
    model.load_state_dict(saved["state_dict"])
    return model.to(device).eval(), saved
