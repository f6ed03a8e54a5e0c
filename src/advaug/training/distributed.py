"""Data-parallel training under ``torchrun --nproc_per_node N``.

Every rank draws the same global batch order (one generator, same seed) and
trains on its own slice of each batch; after ``backward`` the gradients are
averaged with a single all-reduce of one flat buffer. Averaging by hand rather
than wrapping the model in DistributedDataParallel keeps every method working
unchanged, including those that run several forward passes per step (the
adversarial ascent of dr/dpg, the M policies of advaa). Only rank 0 writes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class World:
    rank: int = 0
    size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.size > 1


def init_world(device_type: str) -> World:
    """Join the process group torchrun set up; a plain run is a world of one."""
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size <= 1:
        return World()
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device_type == "cuda" else "gloo")
    world = World(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")))
    if device_type == "cuda":
        torch.cuda.set_device(world.local_rank)
    return world


def shard(batch_index: torch.Tensor, world: World) -> torch.Tensor:
    """This rank's contiguous slice of a global batch."""
    if not world.distributed:
        return batch_index
    per_rank = len(batch_index) // world.size
    return batch_index[world.rank * per_rank : (world.rank + 1) * per_rank]


def broadcast_parameters(model: torch.nn.Module, world: World) -> None:
    if world.distributed:
        for tensor in list(model.parameters()) + list(model.buffers()):
            dist.broadcast(tensor.data, src=0)


def average_gradients(model: torch.nn.Module, world: World) -> None:
    if not world.distributed:
        return
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    flat = torch.cat([g.reshape(-1) for g in grads])
    dist.all_reduce(flat)
    flat /= world.size
    offset = 0
    for grad in grads:
        grad.copy_(flat[offset : offset + grad.numel()].view_as(grad))
        offset += grad.numel()


def barrier(world: World) -> None:
    if world.distributed:
        dist.barrier()


def shutdown(world: World) -> None:
    if world.distributed and dist.is_initialized():
        dist.destroy_process_group()
