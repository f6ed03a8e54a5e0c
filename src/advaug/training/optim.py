"""torch.optim's SGD and Adam, without the torch._dynamo import.

``torch.optim.Optimizer`` wraps ``add_param_group`` (called by its constructor),
``zero_grad``, ``state_dict`` and ``load_state_dict`` in ``torch._disable_dynamo``,
and every ``step`` in ``_use_grad_for_differentiable``; both import torch._dynamo
on their first call (2.9 s per process on the AMD 2-core VM, 1.1-1.5 s on the
Intel one), only to keep torch.compile from tracing into the optimiser. advaug
never compiles an optimiser (``training.compile`` compiles the model alone), so
the classes here call the functions those wrappers wrap, which ``functools.wraps``
keeps as ``__wrapped__``: the same code, the same updates and the same state
dicts (tests/test_optim.py checks both against torch.optim, step by step), and
still ``torch.optim.Optimizer`` instances, so the LR schedulers accept them.
Same weights, byte for byte. One baseline train job, A/B on the loaded AMD VM: 3.5
CPU-seconds less; over `make run`'s 32 train jobs on the idle VM: 1.4 s a job less,
within that VM's run-to-run spread (README "Measured so far").
Importing torchvision also imports torch._dynamo (``torchvision.ops``), so the
jobs that draw image grids with it (the AC-GAN's) still pay it.
"""

from __future__ import annotations

import torch
from torch.optim import Optimizer


def _unwrapped(function):
    """The function a torch.optim decorator wraps; an error names the torch change if it is gone."""
    inner = getattr(function, "__wrapped__", None)
    if inner is None:
        raise RuntimeError(f"{function.__qualname__} is no longer a wrapper in torch {torch.__version__}: "
                           "update advaug.training.optim")
    return inner


def _eager(optimizer_class: type[Optimizer]) -> type[Optimizer]:
    members = {name: _unwrapped(getattr(Optimizer, name))
               for name in ("add_param_group", "zero_grad", "state_dict", "load_state_dict")}
    # _use_grad_for_differentiable runs the step with grad mode = defaults["differentiable"]
    # (False here: neither class is built differentiable), so no_grad is the same thing.
    members["step"] = torch.no_grad()(_unwrapped(optimizer_class.step))
    members["__doc__"] = f"torch.optim.{optimizer_class.__name__} without importing torch._dynamo."
    return type(optimizer_class.__name__, (optimizer_class,), members)


SGD = _eager(torch.optim.SGD)
Adam = _eager(torch.optim.Adam)
