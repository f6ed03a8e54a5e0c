"""AC-GAN with gradient penalty: the penalty's value, shapes, determinism, resume, sampling,
unrestricted examples. Everything is tiny (16x16 images, 8-channel networks)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from advaug.data.canonical import PreparedData, load_prepared
from advaug.errors import UserError
from advaug.gan import train as gan_train
from advaug.gan.models import Discriminator, Generator, load_discriminator, load_generator
from advaug.gan.sample import TEST_SEED_OFFSET, sample_gan, write_generated_set
from advaug.gan.train import EMBEDDED_SETTINGS, gradient_penalty, interpolate, resolve_settings, train_gan
from advaug.gan.unrestricted import margin_loss, unrestricted_examples, write_unrestricted
from advaug.io import torch_save
from advaug.models import build_model

TINY = {"z_dim": 8, "g_channels": 8, "d_channels": 8, "batch_size": 8, "n_critic": 2, "epochs": 2,
        "grid_latents": 2, "lr_g": 1e-3, "lr_d": 1e-3}


def tiny_data(channels: int = 1, size: int = 16, count: int = 32, classes: int = 3) -> PreparedData:
    rng = torch.Generator().manual_seed(0)
    images = torch.randint(0, 256, (count, channels, size, size), generator=rng, dtype=torch.uint8)
    labels = torch.arange(count) % classes
    return PreparedData(
        name="tiny", train_images=images, train_labels=labels, test_images=images[:4], test_labels=labels[:4],
        class_names=[f"c{i}" for i in range(classes)], mean=(0.5,) * channels, std=(0.25,) * channels,
        hflip=False, meta={},
    )


@pytest.fixture(scope="module")
def trained_gan(tmp_path_factory):
    out = tmp_path_factory.mktemp("gan")
    meta = train_gan(tiny_data(), TINY, out, "cpu", seed=3)
    return out, meta


def test_gradient_penalty_of_a_linear_critic_is_exact():
    # f(x) = w . x has gradient w everywhere, so the penalty is (||w|| - 1)^2 at any interpolate,
    # and (being built with create_graph) its gradient in w is 2 (||w|| - 1) w / ||w||.
    rng = torch.Generator().manual_seed(0)
    weight = torch.randn(3 * 4 * 4, generator=rng).requires_grad_(True)
    real, fake = torch.rand(5, 3, 4, 4, generator=rng), torch.rand(5, 3, 4, 4, generator=rng)
    mixed = interpolate(real, fake, rng).requires_grad_(True)
    assert ((mixed >= torch.minimum(real, fake) - 1e-6) & (mixed <= torch.maximum(real, fake) + 1e-6)).all()
    penalty = gradient_penalty(mixed.flatten(1) @ weight, mixed)
    norm = weight.norm().item()
    assert penalty.item() == pytest.approx((norm - 1) ** 2, rel=1e-5)
    penalty.backward()
    assert torch.allclose(weight.grad, 2 * (norm - 1) * weight.detach() / norm, rtol=1e-4)


@pytest.mark.parametrize("channels,size", [(1, 16), (3, 32)])
def test_generator_and_discriminator_shapes(channels, size):
    generator = Generator(z_dim=8, num_classes=4, channels=channels, size=size, g_channels=8)
    critic = Discriminator(num_classes=4, channels=channels, size=size, d_channels=8)
    labels = torch.tensor([0, 1, 3])
    images = generator(torch.randn(3, 8), labels)
    assert images.shape == (3, channels, size, size)
    assert images.min() >= 0 and images.max() <= 1
    scores, logits = critic(images)
    assert scores.shape == (3,) and logits.shape == (3, 4)


def test_unsupported_size_and_unknown_settings_are_user_errors():
    with pytest.raises(UserError, match="16, 32, 64"):
        Generator(8, 3, 1, 28)
    with pytest.raises(UserError, match="unknown GAN setting"):
        resolve_settings({"n_critics": 5})
    with pytest.raises(UserError, match="n_critic"):
        resolve_settings({"n_critic": 0})
    assert resolve_settings(EMBEDDED_SETTINGS)["n_critic"] == 1


def test_training_writes_outputs_and_is_deterministic(trained_gan, tmp_path):
    out, meta = trained_gan
    history = pd.read_csv(out / "gan_history.csv")
    assert list(history.columns[:7]) == ["epoch", "d_loss", "g_loss", "gp", "aux_acc_real", "aux_acc_fake",
                                         "wasserstein"]
    assert len(history) == 2 and np.isfinite(history.iloc[:, 1:7].to_numpy()).all()
    assert (out / "grids" / "epoch_002.png").exists() and not (out / gan_train.CHECKPOINT).exists()
    assert meta["generator_steps"] == 2 * (32 // 8 // 2)
    train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    first = torch.load(out / "generator.pt", weights_only=False)["state_dict"]
    again = torch.load(tmp_path / "generator.pt", weights_only=False)["state_dict"]
    assert all(torch.equal(first[key], again[key]) for key in first)
    generator, saved = load_generator(out / "generator.pt")
    assert saved["options"]["z_dim"] == 8 and generator.num_classes == 3
    assert load_discriminator(out / "discriminator.pt")[0].num_classes == 3


def test_resume_equals_an_uninterrupted_run(trained_gan, tmp_path, monkeypatch):
    out, _ = trained_gan
    real_report = gan_train._report_epoch

    def stop_after_first_epoch(progress, row, epochs, seconds_left):
        real_report(progress, row, epochs, seconds_left)
        raise KeyboardInterrupt  # as if the job were killed once epoch 1's checkpoint was written

    monkeypatch.setattr(gan_train, "_report_epoch", stop_after_first_epoch)
    with pytest.raises(KeyboardInterrupt):
        train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    assert (tmp_path / gan_train.CHECKPOINT).exists() and not (tmp_path / "generator.pt").exists()
    monkeypatch.setattr(gan_train, "_report_epoch", real_report)
    train_gan(tiny_data(), TINY, tmp_path, "cpu", seed=3)
    for name in ("generator.pt", "discriminator.pt"):
        uninterrupted = torch.load(out / name, weights_only=False)["state_dict"]
        resumed = torch.load(tmp_path / name, weights_only=False)["state_dict"]
        assert all(torch.equal(uninterrupted[key], resumed[key]) for key in uninterrupted)
    columns = ["d_loss", "g_loss", "gp", "wasserstein"]
    pd.testing.assert_frame_equal(pd.read_csv(out / "gan_history.csv")[columns],
                                  pd.read_csv(tmp_path / "gan_history.csv")[columns])


def test_sampling_is_class_balanced_and_canonical(trained_gan, tmp_path):
    out, _ = trained_gan
    generated = sample_gan(out / "generator.pt", n_per_class=5, seed=0, batch_size=4)
    assert generated.images.dtype == np.uint8 and generated.images.shape == (15, 16, 16, 1)
    assert np.bincount(generated.labels).tolist() == [5, 5, 5] and generated.labels.dtype == np.int64
    again = sample_gan(out / "generator.pt", n_per_class=5, seed=0, batch_size=7)
    # Batching does not change samples (up to a rounding level from batch-size-dependent kernels).
    assert np.abs(generated.images.astype(int) - again.images.astype(int)).max() <= 1
    meta = write_generated_set(out / "generator.pt", tmp_path, n_per_class=4, seed=0, test_per_class=2)
    data = load_prepared(tmp_path)
    assert meta["class_counts"] == {"train": [4, 4, 4], "test": [2, 2, 2]}
    assert meta["generated_by"]["test_seed"] == TEST_SEED_OFFSET and data.in_channels == 1
    assert not torch.equal(data.train_images[:2], data.test_images[:2])


def test_margin_loss_is_the_true_class_lead():
    logits = torch.tensor([[3.0, 1.0, 0.0], [0.0, 5.0, 1.0]])
    assert margin_loss(logits, torch.tensor([0, 0]), kappa=10).tolist() == [2.0, -5.0]
    assert margin_loss(logits, torch.tensor([0, 0]), kappa=1).tolist() == [2.0, -1.0]


def classifier_for(generator: Generator, steps: int = 80):
    """A one-block small_cnn trained briefly to tell the generator's classes apart: confident on G(z0, y)."""
    torch.manual_seed(0)
    model = build_model("small_cnn", in_channels=3, num_classes=generator.num_classes, widths=(16,))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    rng = torch.Generator().manual_seed(1)
    for _ in range(steps):
        labels = torch.randint(generator.num_classes, (32,), generator=rng)
        with torch.no_grad():
            images = generator(torch.randn(32, generator.z_dim, generator=rng), labels)
        loss = torch.nn.functional.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.eval()


def test_unrestricted_search_lowers_confidence_in_the_true_class(tmp_path):
    torch.manual_seed(0)
    generator = Generator(z_dim=16, num_classes=10, channels=3, size=16, g_channels=16).eval()
    classifier = classifier_for(generator)
    critic = Discriminator(num_classes=10, channels=3, size=16, d_channels=8).eval()
    labels = torch.arange(10).repeat(2)
    result = unrestricted_examples(generator, classifier, labels, steps=20, lr=0.1, aux_weight=0.0,
                                   z_init_seed=0, discriminator=critic, batch_size=8)
    assert result["images_adv"].shape == (20, 3, 16, 16)
    assert result["images_adv"].min() >= 0 and result["images_adv"].max() <= 1
    assert (result["pred_clean"] == labels).float().mean() >= 0.7  # it does know the clean images
    assert result["confidence_adv"].mean() < result["confidence_clean"].mean() - 0.1
    assert (result["pred_adv"] != labels).float().mean() > (result["pred_clean"] != labels).float().mean()
    expected = (result["pred_adv"] != labels) & (result["aux_pred_adv"] == labels)
    assert torch.equal(result["success"], expected)
    assert all(p.requires_grad for p in classifier.parameters())  # networks handed back as they came

    # The writer: canonical set + JSON + figure, from saved models.
    torch_save(tmp_path / "model.pt", {
        "model": "small_cnn", "model_params": {"widths": [16]}, "in_channels": 3, "num_classes": 10,
        "mean": [0.5] * 3, "std": [0.25] * 3, "state_dict": classifier.state_dict(), "meta": {},
    })
    options = {"z_dim": 16, "num_classes": 10, "channels": 3, "size": 16, "g_channels": 16, "d_channels": 8,
               "taper": True}
    for name, net in (("generator.pt", generator), ("discriminator.pt", critic)):
        torch_save(tmp_path / name, {"options": options, "class_names": [str(i) for i in range(10)],
                                     "data": {"name": "digits", "hflip": False},
                                     "state_dict": net.state_dict()})
    out = tmp_path / "uae"
    report = write_unrestricted(tmp_path / "generator.pt", tmp_path / "model.pt", out, n_per_class=1, seed=0,
                                discriminator_path=tmp_path / "discriminator.pt", test_per_class=1,
                                settings={"steps": 3}, grid_per_class=1, grid_classes=3)
    assert set(report["train"]) >= {"success_rate", "mean_aux_confidence", "classifier_accuracy_clean",
                                     "classifier_accuracy_adv"}
    assert load_prepared(out).train_labels.tolist() == list(range(10))
    assert (out / "unrestricted_grid.png").exists() and (out / "unrestricted_grid.pdf").exists()
