"""Train the class-conditional GAN: WGAN-GP loss plus the AC-GAN auxiliary classification loss.

The critic minimises ``D(fake) - D(real) + gp_weight * GP + aux_weight * (CE_real + CE_fake)``
and the generator ``-D(G(z, y)) + aux_weight * CE(aux(G(z, y)), y)`` — the
gradient penalty of Gulrajani et al. 2017 ("Improved Training of Wasserstein
GANs", Algorithm 1) on random interpolates between real and fake images, and
the auxiliary-classifier terms of Odena et al. 2017 ("Conditional Image
Synthesis with Auxiliary Classifier GANs", Eqs. 2-3: the discriminator learns
the class of real and fake images, the generator makes fakes of its class).

An *epoch* is one pass of the real training images through the critic, i.e.
``len(train) // batch_size`` critic steps rounded down to a multiple of
``n_critic``; the generator takes one step after every ``n_critic`` critic
steps. All randomness comes from one generator on the device, checkpointed
each epoch, so a resumed run equals an uninterrupted one (bit for bit on CPU).
"""

from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from advaug.data.canonical import PreparedData
from advaug.errors import UserError
from advaug.gan.grids import save_grid_png
from advaug.gan.models import Discriminator, Generator, build_discriminator, build_generator, check_size
from advaug.io import load_torch, torch_save, write_csv, write_json
from advaug.runtime import deterministic_kernels
from advaug.training.loop import Progress
from advaug.training.optim import Adam

CHECKPOINT = "gan_checkpoint.pt"
HISTORY_COLUMNS = ("d_loss", "g_loss", "gp", "aux_acc_real", "aux_acc_fake", "wasserstein")

GAN_DEFAULTS: dict = {
    "z_dim": 128,
    "g_channels": 64,  # width at 8x8 (models.stage_widths); the study's CIFAR size is 256
    "d_channels": 64,
    "taper": True,  # halve the width per octave above 8x8; False = the reference's constant width
    "epochs": 100,  # passes of the real training images through the critic
    "batch_size": 64,
    # Adam with lr 2e-4, beta1 = 0, beta2 = 0.9, n_critic = 5, lambda = 10: Gulrajani
    # et al. 2017, Algorithm 1 defaults (also their CIFAR ResNet runs).
    "lr_g": 2e-4,
    "lr_d": 2e-4,
    "betas": [0.0, 0.9],
    "n_critic": 5,
    "gp_weight": 10.0,
    # Weight of the auxiliary cross-entropy in both players' losses (AC-GAN uses 1).
    "aux_weight": 1.0,
    # The generator's auxiliary weight; None: aux_weight. The CS236 reference
    # (Nocty-chan/CS236-FinalProject, train_acgan.py) uses acgan_scale_G = 0.1.
    "aux_weight_g": None,
    # Whether the critic also learns the class of fakes (Odena et al. 2017, Eq. 2-3); the
    # CS236 reference (trainers/gan_trainer.py) trains its auxiliary head on real images only.
    "aux_on_fake": True,
    # "linear": both learning rates fall linearly to 0 over the generator steps, as the
    # CS236 reference's (and Gulrajani et al.'s CIFAR ResNet) `decay = 1 - iteration / max_iters`.
    "lr_decay": "none",
    "grid_latents": 10,  # columns of the per-epoch sample grid
}

# For the embedded default (digits on one CPU thread): the paper's n_critic = 5 at
# lr 2e-4 buys too few generator steps in minutes, so one critic step per generator
# step at lr 1e-3 (both stay Adam(0, 0.9) with the penalty). Measured in `make run`
# (b75b25f, one AMD EPYC thread): 880 generator steps in 192 s; the two baseline
# small_cnns recognise 100.0 and 99.7 % of its class-balanced test samples (seed 0;
# the generators of seeds 1 and 2 are recognised 91 and 79 % of the time, README).
EMBEDDED_SETTINGS: dict = {
    "g_channels": 32,
    "d_channels": 32,
    "epochs": 20,
    "batch_size": 32,
    "n_critic": 1,
    "lr_g": 1e-3,
    "lr_d": 1e-3,
}


def resolve_settings(settings: dict | None) -> dict:
    """Defaults overlaid with the user's settings; unknown keys are typos, not options."""
    settings = dict(settings or {})
    unknown = sorted(set(settings) - set(GAN_DEFAULTS))
    if unknown:
        raise UserError(f"unknown GAN setting(s) {unknown}; known: {sorted(GAN_DEFAULTS)}")
    resolved = {**GAN_DEFAULTS, **settings}
    for key in ("z_dim", "g_channels", "d_channels", "epochs", "batch_size", "n_critic", "grid_latents"):
        if not isinstance(resolved[key], int) or isinstance(resolved[key], bool) or resolved[key] < 1:
            raise UserError(f"GAN setting {key} must be a positive integer, got {resolved[key]!r}")
    betas = resolved["betas"]
    if not (isinstance(betas, (list, tuple)) and len(betas) == 2 and all(0 <= b < 1 for b in betas)):
        raise UserError(f"GAN setting betas must be two numbers in [0, 1), got {betas!r}")
    for key in ("lr_g", "lr_d", "gp_weight", "aux_weight"):
        if not isinstance(resolved[key], (int, float)) or resolved[key] < 0:
            raise UserError(f"GAN setting {key} must be a non-negative number, got {resolved[key]!r}")
    resolved["betas"] = [float(b) for b in betas]
    weight_g = resolved["aux_weight_g"]
    if weight_g is not None and (not isinstance(weight_g, (int, float)) or weight_g < 0):
        raise UserError(f"GAN setting aux_weight_g must be null or a non-negative number, got {weight_g!r}")
    if not isinstance(resolved["aux_on_fake"], bool):
        raise UserError(f"GAN setting aux_on_fake must be true or false, got {resolved['aux_on_fake']!r}")
    if resolved["lr_decay"] not in ("none", "linear"):
        raise UserError(f"GAN setting lr_decay must be none or linear, got {resolved['lr_decay']!r}")
    return resolved


def model_options(data: PreparedData, settings: dict) -> dict:
    """Everything needed to rebuild both networks, saved with their weights."""
    return {
        "z_dim": settings["z_dim"],
        "num_classes": data.num_classes,
        "channels": data.in_channels,
        "size": check_size(data.image_size),
        "g_channels": settings["g_channels"],
        "d_channels": settings["d_channels"],
        "taper": bool(settings["taper"]),
    }


def interpolate(real: torch.Tensor, fake: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Points on straight lines between real and fake samples, one uniform mixing weight each."""
    mix = torch.rand(len(real), 1, 1, 1, generator=rng, device=real.device)
    return mix * real + (1 - mix) * fake


def gradient_penalty(scores: torch.Tensor, inputs: torch.Tensor) -> torch.Tensor:
    """Mean of (||grad_x D(x)||_2 - 1)^2 over the batch (unweighted), differentiable.

    ``scores`` must come from ``inputs`` (which requires grad) through a critic
    without cross-sample coupling, so the gradient of their sum holds each
    sample's own input gradient.
    """
    (grads,) = torch.autograd.grad(scores.sum(), inputs, create_graph=True)
    return (grads.flatten(1).norm(dim=1) - 1).pow(2).mean()


def critic_step(
    generator: Generator,
    critic: Discriminator,
    optimizer: torch.optim.Optimizer,
    real: torch.Tensor,
    labels: torch.Tensor,
    rng: torch.Generator,
    settings: dict,
) -> dict[str, torch.Tensor]:
    n = len(real)
    fake_labels = torch.randint(generator.num_classes, (n,), generator=rng, device=real.device)
    z = torch.randn(n, generator.z_dim, generator=rng, device=real.device)
    with torch.no_grad():
        fake = generator(z, fake_labels)
    mixed = interpolate(real, fake, rng).requires_grad_(True)
    # Real and fake share a forward pass (the critic has no batch norm, so samples stay
    # independent); the interpolates get their own, so that the penalty's double backward runs
    # through n images instead of 3n. One AMD thread, the embedded default, NCHW weights: a
    # critic step 140-155 instead of 245-260 ms, and a bit-identical generator after 880 steps.
    scores, logits = critic(torch.cat([real, fake]))
    real_score, fake_score = scores.split(n)
    mixed_score = critic(mixed)[0]
    penalty = gradient_penalty(mixed_score, mixed)
    aux_real = F.cross_entropy(logits[:n], labels)
    aux_fake = F.cross_entropy(logits[n : 2 * n], fake_labels)
    wasserstein = real_score.mean() - fake_score.mean()
    aux = aux_real + aux_fake if settings["aux_on_fake"] else aux_real
    loss = -wasserstein + settings["gp_weight"] * penalty + settings["aux_weight"] * aux
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    return {
        "d_loss": loss.detach(),
        "gp": penalty.detach(),
        "wasserstein": wasserstein.detach(),
        "aux_acc_real": (logits[:n].argmax(1) == labels).float().mean().detach(),
        "aux_acc_fake": (logits[n : 2 * n].argmax(1) == fake_labels).float().mean().detach(),
    }


def generator_step(
    generator: Generator,
    critic: Discriminator,
    optimizer: torch.optim.Optimizer,
    batch_size: int,
    rng: torch.Generator,
    settings: dict,
    device: torch.device,
) -> torch.Tensor:
    labels = torch.randint(generator.num_classes, (batch_size,), generator=rng, device=device)
    z = torch.randn(batch_size, generator.z_dim, generator=rng, device=device)
    critic.requires_grad_(False)  # only input gradients are needed through the critic
    try:
        scores, logits = critic(generator(z, labels))
        weight = settings["aux_weight"] if settings["aux_weight_g"] is None else settings["aux_weight_g"]
        loss = -scores.mean() + weight * F.cross_entropy(logits, labels)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    finally:
        critic.requires_grad_(True)
    return loss.detach()


def fixed_latents(seed: int, count: int, z_dim: int, device: torch.device) -> torch.Tensor:
    """Grid latents drawn once on the CPU from the seed, so grids match across devices and resumes."""
    rng = torch.Generator().manual_seed(seed)
    return torch.randn(count, z_dim, generator=rng).to(device)


@torch.no_grad()
def class_grid(generator: Generator, latents: torch.Tensor) -> torch.Tensor:
    """A row per class, a column per latent: the same z across rows shows what the class changes."""
    was_training = generator.training
    generator.eval()
    classes = generator.num_classes
    z = latents.repeat(classes, 1)
    labels = torch.arange(classes, device=latents.device).repeat_interleave(len(latents))
    images = generator(z, labels)
    generator.train(was_training)
    return images


def critic_steps_per_epoch(num_images: int, batch_size: int, n_critic: int) -> int:
    return max(n_critic, (num_images // batch_size) // n_critic * n_critic)


def train_gan(data: PreparedData, settings: dict, out_dir: str | Path, device: str, seed: int) -> dict:
    """Train G and D into ``out_dir``; resume from its checkpoint if one is there."""
    settings = resolve_settings(settings)
    out_dir = Path(out_dir)
    device = torch.device(device)
    torch.manual_seed(seed)
    if device.type == "cpu":
        deterministic_kernels(compiled=False)
    options = model_options(data, settings)
    generator = build_generator(options).to(device)
    critic = build_discriminator(options).to(device)
    betas = tuple(settings["betas"])
    opt_g = Adam(generator.parameters(), lr=settings["lr_g"], betas=betas)
    opt_d = Adam(critic.parameters(), lr=settings["lr_d"], betas=betas)

    images = data.train_images.to(device)
    labels = data.train_labels.to(device)
    batch_size = min(settings["batch_size"], len(labels))
    n_critic, epochs = settings["n_critic"], settings["epochs"]
    steps = critic_steps_per_epoch(len(labels), batch_size, n_critic)
    rng = torch.Generator(device=device).manual_seed(seed)
    latents = fixed_latents(seed, settings["grid_latents"], settings["z_dim"], device)

    checkpoint_path = out_dir / CHECKPOINT
    history: list[dict] = []
    start_epoch = 0
    if checkpoint_path.exists():
        history, start_epoch = _resume(checkpoint_path, generator, critic, opt_g, opt_d, rng, device)
        print(f"advaug: resuming GAN {out_dir} from epoch {start_epoch}", file=sys.stderr)

    progress = Progress(epochs * steps, start_epoch * steps, f"gan/{data.name}/seed{seed}")
    started = time.perf_counter()
    for epoch in range(start_epoch, epochs):
        row = {"epoch": epoch + 1}
        schedule = (epoch * (steps // n_critic), epochs * (steps // n_critic))
        row.update(_train_epoch(generator, critic, opt_g, opt_d, images, labels, rng, settings, batch_size,
                                steps, progress, schedule))
        history.append(row)
        grid_path = out_dir / "grids" / f"epoch_{epoch + 1:03d}.png"
        save_grid_png(class_grid(generator, latents), grid_path, len(latents))
        _save_checkpoint(checkpoint_path, generator, critic, opt_g, opt_d, rng, history, epoch + 1, device)
        _report_epoch(progress, row, epochs, row["epoch_seconds"] * (epochs - epoch - 1))
    progress.close()

    meta = {
        "dataset": data.name,
        "seed": seed,
        "settings": settings,
        "options": options,
        "device": device.type,
        "device_name": _device_name(device),
        "torch_version": torch.__version__,
        "threads": torch.get_num_threads(),
        "batch_size": batch_size,
        "critic_steps_per_epoch": steps,
        "generator_steps": epochs * (steps // n_critic),
        "train_seconds_this_process": time.perf_counter() - started,
        "deterministic": device.type == "cpu",
        "final": history[-1] if history else {},
    }
    _write_outputs(out_dir, generator, critic, options, data, history, meta)
    checkpoint_path.unlink(missing_ok=True)
    return meta


def decay_learning_rates(optimizers, settings: dict, done: int, total: int) -> None:
    """With lr_decay linear, each optimizer's rate is its base times 1 - done / total generator steps."""
    if settings["lr_decay"] != "linear":
        return
    factor = max(0.0, 1.0 - done / max(1, total))
    for optimizer, key in zip(optimizers, ("lr_g", "lr_d")):
        for group in optimizer.param_groups:
            group["lr"] = settings[key] * factor


def _train_epoch(generator, critic, opt_g, opt_d, images, labels, rng, settings, batch_size, steps, progress,
                 schedule=(0, 1)):
    """One pass of the real images through the critic; the history row's averages.

    ``schedule``: generator steps done before this epoch, and in the whole run (lr decay)."""
    device, n_critic = images.device, settings["n_critic"]
    started = time.perf_counter()
    generator.train()
    order = torch.randperm(len(labels), generator=rng, device=device)
    totals = {key: torch.zeros((), device=device) for key in HISTORY_COLUMNS}
    for step in range(steps):
        index = order[(torch.arange(batch_size, device=device) + step * batch_size) % len(order)]
        real = images[index].float().div_(255.0)
        decay_learning_rates((opt_g, opt_d), settings, schedule[0] + step // n_critic, schedule[1])
        stats = critic_step(generator, critic, opt_d, real, labels[index], rng, settings)
        for key, value in stats.items():
            totals[key] += value
        if (step + 1) % n_critic == 0:
            totals["g_loss"] += generator_step(generator, critic, opt_g, batch_size, rng, settings, device)
        if progress.interactive:
            elapsed = time.perf_counter() - started
            progress.step((step + 1) * batch_size / max(elapsed, 1e-9), float(stats["d_loss"]))
    # Critic statistics average over critic steps, the generator loss over generator steps.
    counts = {key: steps // n_critic if key == "g_loss" else steps for key in HISTORY_COLUMNS}
    row = {key: float(totals[key]) / counts[key] for key in HISTORY_COLUMNS}
    row["epoch_seconds"] = time.perf_counter() - started
    return row


def _device_name(device: torch.device) -> str:
    return torch.cuda.get_device_name() if device.type == "cuda" else platform.processor() or "cpu"


def _report_epoch(progress: Progress, row: dict, epochs: int, seconds_left: float) -> None:
    if progress.interactive:
        progress.bar.set_postfix(d=f"{row['d_loss']:.3f}", w=f"{row['wasserstein']:.3f}", refresh=False)
        return
    print(
        f"{progress.desc}: epoch {row['epoch']}/{epochs} d_loss {row['d_loss']:.3f} "
        f"g_loss {row['g_loss']:.3f} W {row['wasserstein']:.3f} gp {row['gp']:.3f} "
        f"aux real/fake {row['aux_acc_real']:.2f}/{row['aux_acc_fake']:.2f} ETA {seconds_left / 60:.1f} min",
        file=sys.stderr,
        flush=True,
    )


def _save_checkpoint(path, generator, critic, opt_g, opt_d, rng, history, epoch, device) -> None:
    torch_save(
        path,
        {
            "generator": generator.state_dict(),
            "discriminator": critic.state_dict(),
            "opt_g": opt_g.state_dict(),
            "opt_d": opt_d.state_dict(),
            "rng": rng.get_state(),
            "torch_rng": torch.get_rng_state(),
            "cuda_rng": torch.cuda.get_rng_state() if device.type == "cuda" else None,
            "history": history,
            "epoch": epoch,
        },
    )


def _resume(path, generator, critic, opt_g, opt_d, rng, device) -> tuple[list[dict], int]:
    state = load_torch(path, "delete it to train the GAN from the start", map_location=device)
    generator.load_state_dict(state["generator"])
    critic.load_state_dict(state["discriminator"])
    opt_g.load_state_dict(state["opt_g"])
    opt_d.load_state_dict(state["opt_d"])
    rng.set_state(state["rng"].cpu())
    torch.set_rng_state(state["torch_rng"].cpu())
    if device.type == "cuda" and state.get("cuda_rng") is not None:
        torch.cuda.set_rng_state(state["cuda_rng"].cpu())
    return state["history"], state["epoch"]


def _write_outputs(out_dir: Path, generator, critic, options, data: PreparedData, history, meta) -> None:
    for name, model in (("generator.pt", generator), ("discriminator.pt", critic)):
        torch_save(
            out_dir / name,
            {
                "options": options,
                "class_names": list(data.class_names),
                # What a generated set inherits from the data the GAN learnt.
                "data": {"name": data.name, "hflip": bool(data.hflip),
                         "mean": list(data.mean), "std": list(data.std)},
                "state_dict": {k: v.detach().cpu() for k, v in model.state_dict().items()},
                "meta": meta,
            },
        )
    columns = ["epoch", *HISTORY_COLUMNS, "epoch_seconds"]
    write_csv(out_dir / "gan_history.csv", history, columns)
    write_json(out_dir / "gan_meta.json", meta)
