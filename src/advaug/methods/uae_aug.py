"""Adversarial training with unrestricted adversarial examples (the CS236 study's
``train_unrestricted.py``; examples as in Song et al. 2018).

Every ``regenerate_every`` training steps, ``pool`` latents (random classes)
are searched against the model being trained (:func:`advaug.gan.unrestricted.
unrestricted_examples`, with the ``search`` options, the AC-GAN's auxiliary
classifier keeping the class); only the successful searches -- the model is
fooled and the image is still of its class -- enter the pool, the failed ones
are dropped rather than trained on under a label they may have lost. Each step
adds images drawn from the pool to the batch with their base augmentation
(:mod:`advaug.methods._mixing`: how many, and their weight).

The study regenerates for every batch with 500 search iterations; the
defaults here (every 20 steps, 64 latents, 20 search steps at a larger Adam
step) keep the embedded CPU study cheap -- ``regenerate_every: 1`` and
``search: {steps: 500}`` are the study's.
"""

from __future__ import annotations

import math

import torch

from advaug.errors import UserError
from advaug.methods._mixing import GeneratedMixing
from advaug.methods.base import METHODS, Option


@METHODS.register("uae_aug")
class UaeAug(GeneratedMixing):
    gan_inputs = ("generator", "discriminator")
    # search: the latent search's options (advaug.gan.unrestricted.UNRESTRICTED_DEFAULTS)
    options = {
        "regenerate_every": Option(20, "training steps between two searches of a fresh pool (the study: 1)", low=1),
        "pool": Option(64, "latents searched each time (random classes)", low=1),
        "search": Option({"steps": 20, "lr": 0.05}, "the latent search's options (advaug.gan.unrestricted)"),
    }

    @classmethod
    def check(cls, params):
        from advaug.gan.unrestricted import resolve_search

        try:
            resolve_search(params["search"])
        except UserError as error:
            return "search", str(error)
        return None

    def __init__(self, params, info):
        from advaug.gan.unrestricted import resolve_search

        super().__init__(params, info)
        self.search = resolve_search(self.params["search"])
        self.pool_images: torch.Tensor | None = None
        self.pool_labels: torch.Tensor | None = None
        self.searched = self.succeeded = 0

    def generated(self, model, count, ctx):
        step = ctx.epoch * ctx.steps_per_epoch + ctx.step
        if self.pool_images is None or step % self.params["regenerate_every"] == 0:
            self.regenerate(model, ctx.rng)
        if len(self.pool_labels) == 0:
            return None
        index = torch.randint(len(self.pool_labels), (count,), generator=ctx.rng, device=ctx.rng.device)
        return self.pool_images[index], self.pool_labels[index]

    def regenerate(self, model, rng: torch.Generator) -> None:
        """Search a fresh pool against ``model`` as it is now; keep the successes."""
        from advaug.gan.unrestricted import unrestricted_examples

        device = rng.device
        labels = torch.randint(self.generator.num_classes, (self.params["pool"],), generator=rng, device=device)
        seed = int(torch.randint(2**31 - 1, (1,), generator=rng, device=device))
        with torch.autocast(device.type, enabled=False):
            result = unrestricted_examples(
                self.generator, model, labels, z_init_seed=seed, device=device,
                discriminator=self.discriminator, batch_size=len(labels), **self.search,
            )
        kept = result["success"]
        self.pool_images = result["images_adv"][kept].float().to(device)
        self.pool_labels = result["labels"][kept].to(device)
        self.searched += len(kept)
        self.succeeded += int(kept.sum())

    def epoch_end(self, epoch):
        rate = self.succeeded / self.searched if self.searched else math.nan
        self.searched = self.succeeded = 0
        return {"uae_success_rate": rate, "uae_pool": 0 if self.pool_labels is None else len(self.pool_labels)}

    def state_dict(self):
        if self.pool_images is None:
            return {}
        return {"pool_images": self.pool_images.cpu(), "pool_labels": self.pool_labels.cpu()}

    def load_state_dict(self, state):
        if state:
            device = next(self.generator.parameters()).device
            self.pool_images = state["pool_images"].to(device)
            self.pool_labels = state["pool_labels"].to(device)
