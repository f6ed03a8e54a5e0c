"""k-nearest-neighbour classification on the model's embedding, the same for every model.

Angular loss trains an embedding, not a classifier, so its natural accuracy is
a k-NN vote among training embeddings. Running the identical evaluation on
every trained model (cross-entropy ones included, on their penultimate
features or embedding layer) puts all methods on equal terms. Embeddings are
L2-normalised, so Euclidean neighbours are exactly cosine neighbours
(|u - v|^2 = 2 - 2 cos).
"""

from __future__ import annotations

import numpy as np
import torch

from advaug.evaluation.metrics import autocast_for, model_batch

DEFAULT_K = 3


def normalise(embeddings: np.ndarray) -> np.ndarray:
    embeddings = np.asarray(embeddings, dtype=np.float32)
    norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
    return embeddings / np.maximum(norms, 1e-12)


class KNNHead:
    """A k-NN classifier over L2-normalised embeddings: exact Euclidean neighbours, uniform
    vote, ties going to the smallest label (scikit-learn's KNeighborsClassifier, which
    tests/test_knn_angular.py compares it with). Written in numpy because importing
    scikit-learn's neighbours module costs about 1.3 s of every evaluate job."""

    def __init__(self, k: int = DEFAULT_K):
        if not isinstance(k, int) or k < 1:
            raise ValueError(f"k must be a positive integer, got {k!r}")
        self.k = k
        self.train: np.ndarray | None = None
        self.labels: np.ndarray | None = None

    def fit(self, embeddings: np.ndarray, labels) -> "KNNHead":
        self.train = normalise(embeddings).astype(np.float64)
        self.labels = np.asarray(labels)
        return self

    def predict(self, embeddings: np.ndarray, chunk: int = 1024) -> np.ndarray:
        if self.train is None:
            raise RuntimeError("KNNHead.predict called before fit")
        classes, codes = np.unique(self.labels, return_inverse=True)
        k = min(self.k, len(self.train))
        queries = normalise(embeddings).astype(np.float64)
        predicted = np.empty(len(queries), dtype=np.int64)
        for start in range(0, len(queries), chunk):
            part = queries[start : start + chunk]
            # squared distances up to a per-row constant: |t|^2 - 2 q.t (rows of part are unit length)
            distances = (self.train**2).sum(1)[None, :] - 2.0 * part @ self.train.T
            nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
            votes = np.zeros((len(part), len(classes)), dtype=np.int64)
            np.add.at(votes, (np.arange(len(part))[:, None], codes[nearest]), 1)
            predicted[start : start + len(part)] = votes.argmax(1)  # first maximum: the smallest label
        return classes[predicted]

    def accuracy(self, embeddings: np.ndarray, labels) -> float:
        return float(np.mean(self.predict(embeddings) == np.asarray(labels)))


@torch.inference_mode()
def embed_dataset(
    model: torch.nn.Module, images_u8: torch.Tensor, batch_size: int = 512, precision: str = "fp32"
) -> np.ndarray:
    """(N, D) float32 embeddings of uint8 NCHW images, in eval mode, batch by batch on the model's device."""
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    chunks = []
    try:
        for start in range(0, len(images_u8), batch_size):
            batch = model_batch(model, images_u8[start : start + batch_size])
            with autocast_for(device, precision):
                _, embedding = model(batch, return_embedding=True)
            chunks.append(embedding.float().cpu())
    finally:
        model.train(was_training)
    if not chunks:
        return np.empty((0, getattr(model, "embedding_dim", 0)), dtype=np.float32)
    return torch.cat(chunks).numpy().astype(np.float32, copy=False)


def fit_knn_head(
    model: torch.nn.Module, train_u8: torch.Tensor, train_labels, k: int = DEFAULT_K,
    batch_size: int = 512, precision: str = "fp32",
) -> KNNHead:
    """A k-NN head on the training images' embeddings; pass exactly the images the model
    trained on (``training.train_fraction``'s subset), so that it sees no other label."""
    return KNNHead(k).fit(embed_dataset(model, train_u8, batch_size, precision), _numpy(train_labels))


def head_accuracy(
    head: KNNHead, model: torch.nn.Module, test_u8: torch.Tensor, test_labels,
    batch_size: int = 512, precision: str = "fp32",
) -> float:
    """Accuracy of a fitted head on test images embedded by ``model``."""
    return head.accuracy(embed_dataset(model, test_u8, batch_size, precision), _numpy(test_labels))


def knn_accuracy(
    model: torch.nn.Module,
    train_u8: torch.Tensor,
    train_labels,
    test_u8: torch.Tensor,
    test_labels,
    k: int = DEFAULT_K,
    batch_size: int = 512,
    precision: str = "fp32",
) -> float:
    """Test accuracy of a k-NN vote among the training set's embeddings."""
    head = fit_knn_head(model, train_u8, train_labels, k, batch_size, precision)
    return head_accuracy(head, model, test_u8, test_labels, batch_size, precision)


def _numpy(labels) -> np.ndarray:
    return labels.cpu().numpy() if isinstance(labels, torch.Tensor) else np.asarray(labels)
