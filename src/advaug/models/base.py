"""How every model is built and called.

A *backbone* maps images to a feature vector (``embed``) and knows its width
(``feature_dim``). :class:`Classifier` wraps any backbone with the data set's
normalisation (so attacks and augmentations work in [0, 1] image space), an
optional low-dimensional embedding layer (128-d for angular loss and k-NN) and
a linear head. Methods call ``model(x)`` for logits and
``model(x, return_embedding=True)`` for ``(logits, embedding)``.
"""

from __future__ import annotations

from typing import Any, Sequence

import torch
from torch import nn

from advaug.errors import UserError
from advaug.registry import Registry

BACKBONES: Registry[Any] = Registry("model", "advaug.models")


class Classifier(nn.Module):
    def __init__(
        self,
        backbone: nn.Module,
        num_classes: int,
        mean: Sequence[float],
        std: Sequence[float],
        embed_dim: int | None = None,
    ):
        super().__init__()
        channels = len(mean)
        self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, channels, 1, 1))
        self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, channels, 1, 1))
        self.backbone = backbone
        width = backbone.feature_dim
        if embed_dim:
            self.embedding = nn.Sequential(nn.Linear(width, embed_dim), nn.BatchNorm1d(embed_dim))
            width = embed_dim
        else:
            self.embedding = nn.Identity()
        self.embedding_dim = width
        self.head = nn.Linear(width, num_classes)

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """Embedding of images given in [0, 1]; normalisation happens here, once."""
        return self.embedding(self.backbone.embed((images - self.mean) / self.std))

    def forward(self, images: torch.Tensor, return_embedding: bool = False):
        embedding = self.embed(images)
        logits = self.head(embedding)
        return (logits, embedding) if return_embedding else logits


def build_model(
    name: str,
    in_channels: int,
    num_classes: int,
    mean: Sequence[float] | None = None,
    std: Sequence[float] | None = None,
    embed_dim: int | None = None,
    **kwargs: Any,
) -> Classifier:
    """Build any registered model by name, sized for the data (timm's create_model, small)."""
    builder = BACKBONES.get(name)
    try:
        backbone = builder(in_channels=in_channels, **kwargs)
    except TypeError as exc:
        raise UserError(f"model {name!r}: bad option(s) {sorted(kwargs)}: {exc}") from None
    mean = tuple(mean) if mean is not None else (0.5,) * in_channels
    std = tuple(std) if std is not None else (0.25,) * in_channels
    if len(mean) != in_channels or len(std) != in_channels:
        raise UserError(f"model {name!r}: mean/std need {in_channels} channel values")
    return Classifier(backbone, num_classes, mean, std, embed_dim)
