"""Clean accuracy, loss and calibration of a classifier on uint8 images."""

from __future__ import annotations

import contextlib

import torch
import torch.nn.functional as F


def autocast_for(device: torch.device | str, precision: str):
    """bf16 autocast on CUDA when asked; a no-op context otherwise."""
    device_type = torch.device(device).type
    if precision == "bf16":
        return torch.autocast(device_type, dtype=torch.bfloat16)
    return contextlib.nullcontext()


def is_channels_last(model: torch.nn.Module) -> bool:
    """Whether the model's first convolution weight is stored channels_last
    (``model.to(memory_format=torch.channels_last)``), so its inputs should be too."""
    weight = next((p for p in model.parameters() if p.dim() == 4), None)
    return weight is not None and not weight.is_contiguous() and weight.is_contiguous(
        memory_format=torch.channels_last
    )


def model_batch(model: torch.nn.Module, images_u8: torch.Tensor, channels_last: bool | None = None) -> torch.Tensor:
    """uint8 NCHW images as the model's [0, 1] float input, on its device and in its memory
    layout (``channels_last`` None: the model's own, :func:`is_channels_last`)."""
    batch = images_u8.to(next(model.parameters()).device, non_blocking=True).float() / 255.0
    if is_channels_last(model) if channels_last is None else channels_last:
        batch = batch.contiguous(memory_format=torch.channels_last)
    return batch


@torch.inference_mode()  # no autograd bookkeeping at all (cheaper than no_grad)
def predict_logits(
    model: torch.nn.Module,
    images_u8: torch.Tensor,
    batch_size: int = 512,
    precision: str = "fp32",
    channels_last: bool | None = None,
) -> torch.Tensor:
    """Float32 logits for uint8 NCHW images, in eval mode, batch by batch on the model's device
    and in ``channels_last`` (None: in the model's layout)."""
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    outputs = []
    for start in range(0, len(images_u8), batch_size):
        batch = model_batch(model, images_u8[start : start + batch_size], channels_last)
        with autocast_for(device, precision):
            outputs.append(model(batch).float())
    model.train(was_training)
    return torch.cat(outputs) if outputs else torch.empty(0)


def expected_calibration_error(probs: torch.Tensor, labels: torch.Tensor, bins: int = 15) -> float:
    """ECE with equal-width confidence bins (Guo et al., 2017): sum_b |B|/n * |acc(B) - conf(B)|."""
    confidence, predicted = probs.max(dim=1)
    correct = predicted.eq(labels).float()
    edges = torch.linspace(0, 1, bins + 1, device=probs.device)
    # bin b holds confidences in (edges[b], edges[b+1]]; confidence 0 goes to the first bin
    index = torch.clamp(torch.bucketize(confidence, edges, right=False) - 1, 0, bins - 1)
    count = torch.zeros(bins, device=probs.device).scatter_add_(0, index, torch.ones_like(confidence))
    conf_sum = torch.zeros(bins, device=probs.device).scatter_add_(0, index, confidence)
    acc_sum = torch.zeros(bins, device=probs.device).scatter_add_(0, index, correct)
    gap = (acc_sum - conf_sum).abs()
    return float(gap.sum() / max(1, len(labels)))


def classification_metrics(logits: torch.Tensor, labels: torch.Tensor, ece_bins: int = 15) -> dict:
    labels = labels.to(logits.device)
    num_classes = logits.shape[1]
    metrics = {
        "top1": float(logits.argmax(1).eq(labels).float().mean()),
        "loss": float(F.cross_entropy(logits, labels)),
        "ece": expected_calibration_error(logits.softmax(1), labels, ece_bins),
        "n": int(len(labels)),
    }
    if num_classes > 10:
        top5 = logits.topk(5, dim=1).indices.eq(labels[:, None]).any(dim=1)
        metrics["top5"] = float(top5.float().mean())
    return metrics
