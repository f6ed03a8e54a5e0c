"""The training loop every method shares, with every step in plain sight.

The data set lives on the training device as uint8 tensors. Each step gathers a
batch by index, converts it to [0, 1] floats, applies the baseline random crop
(and flip where the data allows it) per sample, and asks the method for the
loss. All randomness comes from one generator on the device, whose state is
checkpointed with the model each epoch, so a resumed run continues exactly as
an uninterrupted one would.
"""

from __future__ import annotations

import math
import platform
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch
import torch.nn.functional as F

from advaug.data.canonical import PreparedData
from advaug.errors import UserError
from advaug.evaluation.metrics import autocast_for, classification_metrics, predict_logits
from advaug.io import load_torch, torch_save, write_csv, write_json
from advaug.methods import METHODS, DataInfo, Method, StepContext, build_method
from advaug.models import build_model
from advaug.models.fold import fold_batchnorm
from advaug.ops import random_crop_flip
from advaug.runtime import deterministic_kernels
from advaug.training.distributed import (
    World,
    average_gradients,
    barrier,
    broadcast_parameters,
    init_world,
    shard,
    shutdown,
)
from advaug.training.optim import SGD

CHECKPOINT = "checkpoint.pt"


@dataclass
class RunSpec:
    """What identifies a training run."""

    method: str
    model: str
    seed: int
    settings: dict  # the slice of the config from advaug.config.train_settings
    device: str  # resolved: "cpu" or "cuda"


def data_info(data: PreparedData) -> DataInfo:
    return DataInfo(
        num_classes=data.num_classes,
        in_channels=data.in_channels,
        image_size=data.image_size,
        hflip=data.hflip,
        mean=data.mean,
        std=data.std,
    )


def precision_for(training: dict, device: str) -> str:
    if training["precision"] == "auto":
        return "bf16" if device == "cuda" else "fp32"
    return training["precision"]


def channels_last_for(training: dict) -> bool:
    """``auto`` is channels_last on every device: the same arithmetic in another memory
    layout, and faster on the CPU too (oneDNN's NHWC kernels; the embedded default's
    small CNN on one thread: a training epoch 1.4x, inference 1.3x, PGD 1.2x)."""
    value = training["channels_last"]
    return True if value == "auto" else bool(value)


def make_scheduler(optimizer, training: dict, total_steps: int, steps_per_epoch: int):
    """Per-step schedule: linear warm-up then cosine to zero, or PyTorch's one-cycle."""
    if training["schedule"] == "onecycle":
        return torch.optim.lr_scheduler.OneCycleLR(
            optimizer, max_lr=training["lr"], total_steps=total_steps
        )
    warmup = int(training["warmup_epochs"] * steps_per_epoch)

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total_steps - warmup)
        return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def stratified_subset(labels: torch.Tensor, fraction: float) -> torch.Tensor:
    """Indices of the same fixed, class-stratified fraction for every seed and method,
    so runs on a reduced training set stay comparable."""
    if fraction >= 1.0:
        return torch.arange(len(labels))
    generator = torch.Generator().manual_seed(20240229)
    chosen = []
    for cls in torch.unique(labels):
        members = torch.nonzero(labels == cls).flatten()
        keep = max(1, round(len(members) * fraction))
        chosen.append(members[torch.randperm(len(members), generator=generator)[:keep]])
    return torch.sort(torch.cat(chosen)).values


def build_classifier(data: PreparedData | DataInfo, model_name: str, model_params: dict):
    """The model of a run; ``data`` gives the channels, classes and normalisation."""
    params = dict(model_params)
    embed_dim = params.pop("embed_dim", None)
    return build_model(
        model_name,
        in_channels=data.in_channels,
        num_classes=data.num_classes,
        mean=data.mean,
        std=data.std,
        embed_dim=embed_dim,
        **params,
    )


@dataclass
class TrainStep:
    """One optimisation step, exactly as training runs it: the loop calls it for every
    batch and ``advaug bench`` times this very object, so the benchmark's figures
    describe the step the pipeline runs."""

    model: torch.nn.Module  # the parameters the optimiser updates
    forward_model: Callable  # ``model``, or its torch.compile wrapper
    method: Method
    optimizer: torch.optim.Optimizer
    scheduler: torch.optim.lr_scheduler.LRScheduler
    criterion: Callable
    rng: torch.Generator  # augmentation draws, on the training device
    device: torch.device
    precision: str
    channels_last: bool
    crop_padding: int
    hflip: bool
    world: World

    def __call__(self, images: torch.Tensor, labels: torch.Tensor, index: torch.Tensor, epoch: int, epochs: int,
                 step: int, steps_per_epoch: int) -> torch.Tensor:
        """Train on ``images[index]`` (uint8 NCHW on the device); returns the detached loss."""
        batch = images[index].float().div_(255.0)
        batch = self.base_augment(batch)
        if self.channels_last:
            batch = batch.contiguous(memory_format=torch.channels_last)
        ctx = StepContext(self.rng, self.criterion, epoch, epochs, step, steps_per_epoch,
                          base_augment=self.base_augment)
        with autocast_for(self.device, self.precision):
            loss = self.method.loss(self.forward_model, batch, labels[index], ctx)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        average_gradients(self.model, self.world)
        self.optimizer.step()
        self.scheduler.step()
        return loss.detach()

    def base_augment(self, batch: torch.Tensor) -> torch.Tensor:
        """The loop's pad-crop and flip; methods apply it to the images they add (generated ones)."""
        return random_crop_flip(batch, self.crop_padding, self.hflip, self.rng)


def build_train_step(
    info: DataInfo,
    method_name: str,
    model_name: str,
    settings: dict,
    device: torch.device,
    world: World,
    seed: int,
    steps_per_epoch: int,
    gan_networks: list | None = None,
) -> TrainStep:
    """Model, method, optimiser, schedule and generator of a run, from its settings
    (the slice :func:`advaug.config.train_settings` makes); the caller seeds torch first.

    ``gan_networks`` are the AC-GAN networks named by the method's ``gan_inputs``
    (:func:`load_gan_inputs`), for the methods that draw from one while training.
    """
    training = settings["training"]
    precision = precision_for(training, device.type)
    channels_last = channels_last_for(training)
    model = build_classifier(info, model_name, settings.get("model_params", {})).to(device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    broadcast_parameters(model, world)
    method = build_method(method_name, settings.get("method_params", {}), info)
    if method.gan_inputs:
        method.use_gan(*gan_networks)
    method.setup(model, device)
    forward_model = torch.compile(model) if training["compile"] else model
    optimizer = SGD(
        model.parameters(),
        lr=training["lr"],
        momentum=training["momentum"],
        nesterov=training["nesterov"] and training["momentum"] > 0,
        weight_decay=training["weight_decay"],
    )
    scheduler = make_scheduler(optimizer, training, training["epochs"] * steps_per_epoch, steps_per_epoch)
    return TrainStep(
        model=model,
        forward_model=forward_model,
        method=method,
        optimizer=optimizer,
        scheduler=scheduler,
        criterion=_criterion(training["label_smoothing"]),
        rng=torch.Generator(device=device).manual_seed(seed + 7919 * world.rank),
        device=device,
        precision=precision,
        channels_last=channels_last,
        crop_padding=training["crop_padding"],
        hflip=info.hflip,
        world=world,
    )


def batch_size_for(training: dict, examples: int, world: World) -> tuple[int, int]:
    """The batch size (equal slices for every rank) and the steps per epoch (ragged last batch dropped)."""
    batch_size = min(training["batch_size"], examples)
    batch_size -= batch_size % world.size
    return batch_size, max(1, examples // batch_size)


class Progress:
    """A tqdm bar on a terminal; one line per epoch in logs (Snakemake, SLURM)."""

    def __init__(self, total_steps: int, initial: int, desc: str, enabled: bool = True):
        self.enabled = enabled
        self.interactive = enabled and sys.stderr.isatty()
        self.desc = desc
        self.bar = None
        if self.interactive:
            from tqdm import tqdm

            self.bar = tqdm(total=total_steps, initial=initial, desc=desc, unit="step", dynamic_ncols=True)

    def step(self, images_per_s: float, loss: float) -> None:
        if self.bar is not None:
            self.bar.set_postfix(loss=f"{loss:.3f}", img_s=f"{images_per_s:,.0f}", refresh=False)
            self.bar.update(1)

    def epoch(self, row: dict, epochs: int, seconds_left: float) -> None:
        if self.enabled and self.bar is None:
            acc = row.get("test_top1")
            acc_text = f" test_top1 {acc:.4f}" if acc is not None else ""
            print(
                f"{self.desc}: epoch {row['epoch']}/{epochs} loss {row['train_loss']:.4f}{acc_text} "
                f"{row['images_per_s']:,.0f} img/s ETA {seconds_left / 60:.1f} min",
                file=sys.stderr,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def train(data: PreparedData, spec: RunSpec, out_dir: str | Path, gan_paths: dict | None = None) -> dict:
    """Train one (data, method, model, seed) run into ``out_dir``; resume from its checkpoint.

    ``gan_paths`` maps "generator" / "discriminator" to the trained AC-GAN's files,
    for the methods that draw from it while training (gan_aug, uae_aug).
    """
    out_dir = Path(out_dir)
    training = spec.settings["training"]
    world = init_world(spec.device)
    device = torch.device(f"cuda:{world.local_rank}" if spec.device == "cuda" else "cpu")
    torch.manual_seed(spec.seed)
    if device.type == "cpu":
        deterministic_kernels(compiled=training["compile"])
    subset = stratified_subset(data.train_labels, training.get("train_fraction", 1.0))
    images = data.train_images[subset].to(device)
    labels = data.train_labels[subset].to(device)
    batch_size, steps_per_epoch = batch_size_for(training, len(labels), world)
    epochs = training["epochs"]
    train_step = build_train_step(
        data_info(data), spec.method, spec.model, spec.settings, device, world, spec.seed, steps_per_epoch,
        load_gan_inputs(METHODS.get(spec.method), gan_paths or {}, device),
    )
    model, method, optimizer, scheduler, rng = (
        train_step.model, train_step.method, train_step.optimizer, train_step.scheduler, train_step.rng
    )
    precision, channels_last = train_step.precision, train_step.channels_last
    # The batch order is the same on every rank; augmentation draws differ per rank.
    order_rng = torch.Generator(device=device).manual_seed(spec.seed)

    history: list[dict] = []
    start_epoch = 0
    checkpoint_path = out_dir / CHECKPOINT
    shaping = training_identity(spec, data, gan_paths, world.size)
    state = _resumable_checkpoint(checkpoint_path, shaping, device, world.is_main)
    if state is not None:
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        method.load_state_dict(state["method"])
        order_rng.set_state(state["order_rng"].cpu())
        rng.set_state(state["rng"][world.rank].cpu() if world.distributed else state["rng"].cpu())
        torch.set_rng_state(state["torch_rng"].cpu())
        if device.type == "cuda" and state.get("cuda_rng") is not None:
            torch.cuda.set_rng_state(state["cuda_rng"].cpu())
        history = state["history"]
        start_epoch = state["epoch"]
        if world.is_main:
            print(f"advaug: resuming {out_dir} from epoch {start_epoch}", file=sys.stderr)

    desc = f"{spec.method}/{spec.model}/seed{spec.seed}"
    progress = Progress(epochs * steps_per_epoch, start_epoch * steps_per_epoch, desc, enabled=world.is_main)
    train_started = time.perf_counter()
    for epoch in range(start_epoch, epochs):
        model.train()
        epoch_started = time.perf_counter()
        batches = method.batch_order(labels, batch_size, steps_per_epoch, order_rng)
        if batches is None:
            order = torch.randperm(len(labels), generator=order_rng, device=device)
            batches = order[: steps_per_epoch * batch_size].view(steps_per_epoch, batch_size)
        loss_sum = torch.zeros((), device=device)
        for step in range(steps_per_epoch):
            index = shard(batches[step], world)
            loss = train_step(images, labels, index, epoch, epochs, step, steps_per_epoch)
            loss_sum += loss.float()
            if progress.interactive:
                elapsed = time.perf_counter() - epoch_started
                progress.step((step + 1) * batch_size / max(elapsed, 1e-9), float(loss))
        if device.type == "cuda":
            torch.cuda.synchronize()
        seconds = time.perf_counter() - epoch_started
        row = {
            "epoch": epoch + 1,
            "lr": optimizer.param_groups[0]["lr"],
            "train_loss": float(loss_sum) / steps_per_epoch,
            "images_per_s": steps_per_epoch * batch_size / seconds,
            "epoch_seconds": seconds,
        }
        if (epoch + 1) % training["eval_every"] == 0 or epoch + 1 == epochs:
            logits = predict_logits(model, data.test_images, training["eval_batch_size"], precision, channels_last)
            metrics = classification_metrics(logits, data.test_labels)
            row.update(test_top1=metrics["top1"], test_loss=metrics["loss"])
        row.update({f"method_{key}": value for key, value in method.epoch_end(epoch).items()})
        history.append(row)
        rng_states = gather_states(rng, world)
        if world.is_main:
            _save_checkpoint(
                checkpoint_path, model, optimizer, scheduler, method, order_rng, rng_states, history, epoch + 1, device,
                shaping,
            )
        barrier(world)
        progress.epoch(row, epochs, seconds * (epochs - epoch - 1))
    progress.close()

    meta = _run_meta(spec, data, precision, channels_last, batch_size, steps_per_epoch)
    meta["world_size"] = world.size
    meta["train_seconds_this_process"] = time.perf_counter() - train_started
    meta["method_artifacts"] = method.artifacts()
    if world.is_main:
        _write_outputs(out_dir, model, spec, data, history, meta)
        checkpoint_path.unlink(missing_ok=True)
    barrier(world)
    shutdown(world)
    return meta


def gather_states(rng: torch.Generator, world: World):
    """Every rank's augmentation generator state, so a resumed run continues each stream."""
    state = rng.get_state()
    if not world.distributed:
        return state
    import torch.distributed as dist

    comm_device = torch.device("cuda", torch.cuda.current_device()) if rng.device.type == "cuda" else "cpu"
    state = state.to(comm_device)
    states = [torch.empty_like(state) for _ in range(world.size)]
    dist.all_gather(states, state)
    return [s.cpu() for s in states]


def _criterion(label_smoothing: float):
    def criterion(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return F.cross_entropy(logits.float(), targets, label_smoothing=label_smoothing)

    return criterion


def load_gan_inputs(method: type[Method], gan_paths: dict, device) -> list:
    """The AC-GAN networks a method class draws from (its ``gan_inputs``), loaded on ``device``;
    a network passed to a method that does not draw from it is an error, not silently unused."""
    from advaug.gan.models import load_discriminator, load_generator

    unused = sorted(name for name, path in gan_paths.items() if path and name not in method.gan_inputs)
    if unused:
        flags = " ".join(f"--{name}" for name in unused)
        raise UserError(f"method {method.name!r} draws from no AC-GAN {' or '.join(unused)}; drop {flags}")
    missing = [name for name in method.gan_inputs if not gan_paths.get(name)]
    if missing:
        flags = " ".join(f"--{name}" for name in missing)
        raise UserError(f"method {method.name!r} draws from the trained AC-GAN; pass {flags} (advaug train-gan)")
    loaders = {"generator": load_generator, "discriminator": load_discriminator}
    return [loaders[name](gan_paths[name], device)[0] for name in method.gan_inputs]


def training_identity(spec: RunSpec, data: PreparedData, gan_paths: dict | None, world_size: int) -> dict:
    """Everything that shapes a run's training: a checkpoint resumes only a run that had all of it.

    The settings (training, method and model parameters, the device asked
    for), the device it resolved to (``auto`` or ``--device`` decide precision
    and memory format per machine), the run's identity, the data and the
    AC-GAN networks a method draws from (by checksum), and the process count.
    """
    return json.loads(json.dumps({
        "device": spec.device,
        "method": spec.method,
        "model": spec.model,
        "seed": spec.seed,
        "settings": spec.settings,
        "data": _data_checksum(data),
        "gan": {name: _file_checksum(path) for name, path in sorted((gan_paths or {}).items()) if path},
        "world_size": world_size,
    }, sort_keys=True, default=str))


def _data_checksum(data: PreparedData) -> str | dict | None:
    return data.meta.get("file_sha256") or data.meta.get("sha256")


def _file_checksum(path: str | Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _changed_keys(old: dict, new: dict, prefix: str = "") -> list[str]:
    """Dotted keys whose values differ, for the log line that says why a run starts over."""
    changed = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            changed += _changed_keys(a, b, f"{prefix}{key}.")
        elif a != b:
            changed.append(f"{prefix}{key}")
    return changed


def _resumable_checkpoint(path: Path, shaping: dict, device, announce: bool) -> dict | None:
    """The checkpoint's state when it was written by a run with the same ``shaping``;
    otherwise None (the log says which settings changed; the next epoch overwrites it)."""
    if not path.exists():
        return None
    state = load_torch(path, "delete it to train the run from the start", map_location=device)
    recorded = state.get("identity")
    if recorded == shaping:
        return state
    changed = _changed_keys(recorded, shaping) if isinstance(recorded, dict) else ["(checkpoint records no settings)"]
    if announce:
        print(f"advaug: {path} was written with other settings ({', '.join(changed)} changed); "
              "starting over from epoch 0", file=sys.stderr)
    return None


def _save_checkpoint(path, model, optimizer, scheduler, method, order_rng, rng_states, history, epoch, device,
                     identity):
    torch_save(
        path,
        {
            "identity": identity,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "method": method.state_dict(),
            "order_rng": order_rng.get_state(),
            "rng": rng_states,
            "torch_rng": torch.get_rng_state(),
            "cuda_rng": torch.cuda.get_rng_state() if device.type == "cuda" else None,
            "history": history,
            "epoch": epoch,
        },
    )


def _run_meta(spec: RunSpec, data: PreparedData, precision, channels_last, batch_size, steps) -> dict:
    device_name = torch.cuda.get_device_name() if spec.device == "cuda" else platform.processor() or "cpu"
    return {
        "method": spec.method,
        "model": spec.model,
        "seed": spec.seed,
        "dataset": data.name,
        "settings": spec.settings,
        "device": spec.device,
        "device_name": device_name,
        "torch_version": torch.__version__,
        "precision": precision,
        "channels_last": channels_last,
        "batch_size": batch_size,
        "steps_per_epoch": steps,
        "threads": torch.get_num_threads(),
        # CPU runs repeat bit for bit; on CUDA, grid_sample's backward (the
        # differentiable rotation of dr, and other warps) has no deterministic kernel.
        "deterministic": spec.device == "cpu",
        "determinism_note": (
            "bitwise reproducible on CPU for the same seed and thread count"
            if spec.device == "cpu"
            else "CUDA: grid_sample backward (rotations, dr) and atomics are nondeterministic; "
            "repeat runs agree up to floating-point noise"
        ),
    }


def _write_outputs(out_dir: Path, model, spec: RunSpec, data: PreparedData, history, meta) -> None:
    model_params = dict(spec.settings.get("model_params", {}))
    torch_save(
        out_dir / "model.pt",
        {
            "model": spec.model,
            "model_params": model_params,
            "in_channels": data.in_channels,
            "num_classes": data.num_classes,
            "mean": list(data.mean),
            "std": list(data.std),
            "state_dict": {k: v.detach().cpu() for k, v in model.state_dict().items()},
            "meta": meta,
        },
    )
    write_csv(out_dir / "history.csv", history)
    write_json(out_dir / "train_meta.json", meta)


def load_trained(path: str | Path, device: str | torch.device = "cpu", fold: bool = True):
    """Rebuild a model saved by :func:`train` for what follows training: evaluation, attacks,
    reports. With ``fold`` (the default) its batch norms are folded into the layers before
    them (:func:`advaug.models.fold.fold_batchnorm`): the same function, a quarter faster
    on a CPU, eval mode only; ``fold=False`` gives the module as it trained."""
    if not Path(path).exists():
        raise UserError(f"{path} does not exist; train the run first (advaug train)")
    saved = load_torch(path, "delete it and train the run again (advaug train)")
    params = dict(saved["model_params"])
    embed_dim = params.pop("embed_dim", None)
    model = build_model(
        saved["model"],
        in_channels=saved["in_channels"],
        num_classes=saved["num_classes"],
        mean=saved["mean"],
        std=saved["std"],
        embed_dim=embed_dim,
        **params,
    )
    model.load_state_dict(saved["state_dict"])
    model = model.to(device).eval()
    # In the memory layout it trained in: the same arithmetic, and the faster one (channels_last_for).
    if saved["meta"].get("channels_last"):
        model = model.to(memory_format=torch.channels_last)
    return (fold_batchnorm(model) if fold else model), saved["meta"]
