"""Shared by gan_aug and uae_aug: generated images *added* to every real batch, with an explicit weight.

The loss is the CS236 study's ("Adversarial training with Unrestricted
Adversarial Examples", Nocty-chan/CS236-FinalProject,
trainers/augmented_classifier_trainer.py)::

    L = (n_real * CE_real + weight * n_gen * CE_gen) / (n_real + weight * n_gen)

with ``weight`` 0.3, the study's ``--adv_weight`` default (train_unrestricted.py).
The study *replaced* ``prop`` = 0.5 of each batch with generated images; here
every real image stays and ``n_gen = round(ratio * n_real)`` generated images
are added, so ``ratio`` 0.5 gives the study's one generated image per two real
ones at a batch of 1.5x. Generated images get the loop's base augmentation
(pad-crop, flip where the data allows it) like the real ones.
"""

from __future__ import annotations

import torch

from advaug.errors import UserError
from advaug.methods.base import Method, Option


class GeneratedMixing(Method):
    """Subclasses say where the step's generated images come from (:meth:`generated`)."""

    options = {
        "ratio": Option(0.5, "generated images added per real image of the batch", low=0),
        "weight": Option(0.3, "weight of a generated image in the loss relative to a real one", low=0),
    }
    gan_inputs: tuple[str, ...] = ("generator",)

    def __init__(self, params, info):
        super().__init__(params, info)
        self.generator: torch.nn.Module | None = None
        self.discriminator: torch.nn.Module | None = None

    def use_gan(self, generator, discriminator=None) -> None:
        info = self.info
        if (generator.num_classes, generator.channels, generator.size) != (
            info.num_classes, info.in_channels, info.image_size
        ):
            raise UserError(
                f"{self.name}: the generator makes {generator.num_classes} classes of {generator.channels}x"
                f"{generator.size}px images, the data has {info.num_classes} of {info.in_channels}x"
                f"{info.image_size}px; train the GAN on the same data"
            )
        self.generator = generator.eval().requires_grad_(False)
        self.discriminator = discriminator.eval().requires_grad_(False) if discriminator is not None else None

    def generated(self, model, count: int, ctx) -> tuple[torch.Tensor, torch.Tensor] | None:
        """``count`` generated images in [0, 1] and their labels for this step, or None."""
        raise NotImplementedError

    def loss(self, model, images, labels, ctx):
        count = int(round(float(self.params["ratio"]) * len(labels)))
        extra = self.generated(model, count, ctx) if count else None
        if extra is None or len(extra[1]) == 0:
            return ctx.criterion(model(images), labels)
        extra_images, extra_labels = extra
        if ctx.base_augment is not None:
            extra_images = ctx.base_augment(extra_images)
        logits = model(torch.cat([images, extra_images.to(images.dtype)]))
        n, m, weight = len(labels), len(extra_labels), float(self.params["weight"])
        real = ctx.criterion(logits[:n], labels)
        fake = ctx.criterion(logits[n:], extra_labels)
        return (n * real + weight * m * fake) / (n + weight * m)
