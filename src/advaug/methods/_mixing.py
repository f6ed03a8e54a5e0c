"""Shared by gan_aug and uae_aug: replace part of each batch with images from an extra set."""

from __future__ import annotations

import torch

from advaug.errors import UserError
from advaug.methods.base import Method, Option


class ExtraSetMixing(Method):
    """Each step, a fraction ``ratio`` of the batch is drawn (uniformly, from the step's
    generator) from the extra image set instead of the real data."""

    options = {"ratio": Option(0.5, "fraction of each batch drawn from the extra image set", low=0, high=1)}

    def __init__(self, params, info):
        super().__init__(params, info)
        self.extra_images: torch.Tensor | None = None
        self.extra_labels: torch.Tensor | None = None

    def use_extra(self, images_u8: torch.Tensor, labels: torch.Tensor) -> None:
        if len(labels) == 0:
            raise UserError(f"{self.name}: the extra image set is empty")
        if images_u8.shape[1:] != (self.info.in_channels, self.info.image_size, self.info.image_size):
            raise UserError(f"{self.name}: extra images of shape {tuple(images_u8.shape[1:])} do not match the data")
        self.extra_images, self.extra_labels = images_u8, labels

    def loss(self, model, images, labels, ctx):
        count = int(round(float(self.params["ratio"]) * len(labels)))
        if count:
            index = torch.randint(0, len(self.extra_labels), (count,), generator=ctx.rng, device=images.device)
            extra = self.extra_images[index].float().div_(255.0).to(memory_format=torch.contiguous_format)
            images = torch.cat([images[: len(labels) - count].contiguous(), extra])
            labels = torch.cat([labels[: len(labels) - count], self.extra_labels[index]])
        return ctx.criterion(model(images), labels)
