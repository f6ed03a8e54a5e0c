r"""Angular loss (Wang, Zhou, Wen, Liu and Lin, "Deep Metric Learning with Angular
Loss", ICCV 2017) on the L2-normalised embedding, with class-balanced batches.

The N-pair form of the loss (the paper's eq. 8 with the f of eq. 7): for a
batch B of unit embeddings x and labels y,

    f_{a,p,n} = 4 tan^2(alpha) (x_a + x_p)^T x_n - 2 (1 + tan^2(alpha)) x_a^T x_p

    l_ang(B) = mean over pairs (a, p), a != p, y_a = y_p of
               log[1 + sum_{n in B, y_n != y_a} exp(f_{a,p,n})]

Every ordered same-class pair of the batch is an anchor/positive pair and
every sample of another class a negative (the paper builds one pair per class;
with k samples per class this uses all k(k - 1) of them, as
pytorch-metric-learning's AngularLoss does). ``log(1 + sum exp)`` is computed
as a log-sum-exp with a zero logit, which is exact and cannot overflow.

Options:

- ``alpha_deg``: the angle bound alpha in degrees, strictly between 0 and 90
  (45 by default; the paper tunes it per data set).
- ``ce_weight``: > 0 adds that much cross-entropy on the logits (angular loss
  "optionally with cross-entropy"); 0 trains the embedding by the angular
  loss alone.
- ``linear_probe``: with ``ce_weight`` 0 the linear head would get no
  gradient and the logits -- which clean accuracy and the attacks of the
  robustness evaluation read -- would be chance. With the probe the head is
  trained by cross-entropy on the *detached* embedding, so the embedding still
  learns from the angular loss alone while the logits form a usable
  classifier (ignored when ``ce_weight`` > 0, which trains the head). The
  k-NN head of :mod:`advaug.evaluation.knn` is the method's own evaluation
  either way.
- ``l2_reg``: weight of the mean squared norm of the raw (pre-normalisation)
  embedding, the regulariser of N-pair loss (Sohn, NeurIPS 2016; 0.002 in
  TensorFlow's ``npairs_loss``) that the angular-loss paper inherits for its
  unnormalised features. On normalised embeddings it only keeps the raw scale
  from drifting, so it is off by default.
- ``samples_per_class``: k, the samples of every class in a batch; None means
  batch_size // num_classes. A batch then holds k * num_classes samples,
  which is the batch size itself only when it is a multiple of the class
  count (260 = 26 x 10 for ten classes); otherwise the batch is k * num_classes
  (e.g. 128 -> 120 for ten classes). k must be at least 2, or there are no
  positive pairs.

The model needs an embedding; ``model_params: {resnet18: {embed_dim: 128}}``
gives the 128-d one used in the study, but any model's features work.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from advaug.errors import UserError
from advaug.methods.base import METHODS, Method, Option


def angular_loss(embeddings: torch.Tensor, labels: torch.Tensor, alpha_deg: float) -> torch.Tensor:
    """The N-pair angular loss of the module docstring, on L2-normalised ``embeddings``.

    Memory is (pairs x batch), never batch^3. A batch without a same-class pair
    (or without negatives) gives a zero loss that still belongs to the graph.
    """
    unit = F.normalize(embeddings.float(), dim=1)
    tan_sq = math.tan(math.radians(alpha_deg)) ** 2
    similarity = unit @ unit.t()
    same_class = labels[:, None] == labels[None, :]
    eye = torch.eye(len(labels), dtype=torch.bool, device=labels.device)
    anchor, positive = (same_class & ~eye).nonzero(as_tuple=True)
    if anchor.numel() == 0:
        return similarity.sum() * 0.0
    towards_negatives = similarity[anchor] + similarity[positive]  # (x_a + x_p)^T x_n, every n
    anchor_positive = similarity[anchor, positive].unsqueeze(1)  # x_a^T x_p
    logits = 4.0 * tan_sq * towards_negatives - 2.0 * (1.0 + tan_sq) * anchor_positive
    logits = logits.masked_fill(same_class[anchor], float("-inf"))
    with_one = torch.cat([torch.zeros_like(logits[:, :1]), logits], dim=1)  # log(1 + sum exp)
    return torch.logsumexp(with_one, dim=1).mean()


def balanced_batches(
    labels: torch.Tensor, per_class: int, steps: int, rng: torch.Generator, num_classes: int
) -> torch.Tensor:
    """(steps, per_class * classes) indices, exactly ``per_class`` of every present class per batch.

    Each class is drawn without replacement from a random permutation of its
    samples; when it runs out, a fresh permutation follows (so a small class
    repeats only after all of its samples have been used). Classes absent from
    the training set are left out. The loop runs over classes, once per epoch.
    """
    device = labels.device
    columns = []
    for label in range(num_classes):
        members = (labels == label).nonzero().squeeze(1)
        if members.numel() == 0:
            continue
        needed = steps * per_class
        rounds = -(-needed // members.numel())
        order = torch.cat(
            [members[torch.randperm(members.numel(), generator=rng, device=device)] for _ in range(rounds)]
        )
        columns.append(order[:needed].view(steps, per_class))
    if not columns:
        raise UserError("angular: the training set has no labelled samples")
    return torch.cat(columns, dim=1)


@METHODS.register("angular")
class Angular(Method):
    options = {
        "alpha_deg": Option(45.0, "the angle bound alpha in degrees", low=0, high=90, low_open=True, high_open=True),
        "ce_weight": Option(0.0, "weight of cross-entropy on the logits beside the angular loss", low=0),
        "linear_probe": Option(True, "train the head on the detached embedding when ce_weight is 0"),
        "l2_reg": Option(0.0, "weight of the raw embedding's mean squared norm", low=0),
        "samples_per_class": Option(None, "k per class in a batch; null: batch_size // classes", kind=int, low=2),
    }

    def samples_per_class(self, batch_size: int) -> int:
        per_class = self.params["samples_per_class"] or batch_size // self.info.num_classes
        if per_class < 2:
            raise UserError(
                f"angular: batch size {batch_size} gives fewer than 2 samples for each of "
                f"{self.info.num_classes} classes, so no positive pairs; use a batch size of at "
                f"least {2 * self.info.num_classes} or set samples_per_class"
            )
        return per_class

    def batch_order(self, labels, batch_size, steps, rng):
        return balanced_batches(labels, self.samples_per_class(batch_size), steps, rng, self.info.num_classes)

    def loss(self, model, images, labels, ctx):
        logits, embedding = model(images, return_embedding=True)
        loss = angular_loss(embedding, labels, float(self.params["alpha_deg"]))
        if float(self.params["ce_weight"]) > 0:
            loss = loss + float(self.params["ce_weight"]) * ctx.criterion(logits, labels)
        elif self.params["linear_probe"]:
            loss = loss + ctx.criterion(probe_logits(model, embedding), labels)
        if float(self.params["l2_reg"]) > 0:
            loss = loss + float(self.params["l2_reg"]) * embedding.float().pow(2).sum(dim=1).mean()
        return loss


def probe_logits(model, embedding: torch.Tensor) -> torch.Tensor:
    """The head applied to the detached embedding: trains the head, not the features."""
    head = getattr(model, "head", None)  # torch.compile's wrapper forwards attributes
    if not isinstance(head, torch.nn.Module):
        raise UserError("angular: linear_probe needs a model with a `head` layer (advaug's Classifier)")
    return head(embedding.detach())
