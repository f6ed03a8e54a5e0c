"""The report: statistics against hand-computed values, the claims logic, mCE, and a full
build from synthetic run files (no training)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from advaug import layout
from advaug.errors import UserError
from advaug.report.build import build_report, draw_in_parallel, unique_names
from advaug.report.claims import Claim, Side, claims_table, load_claims, local_claims_table
from advaug.report.figures import augmentation_gallery
from advaug.report.manifest import read_manifest, report_category, rst_escape
from advaug.report.stats import direction_verdict, mean_std, paired_interval, t_interval
from advaug.report.tables import mce_per_run, to_latex, to_markdown

# Student's t quantiles t_{0.975, df} from any printed table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2)
T975 = {2: 4.302652729911275, 3: 3.182446305284263, 4: 2.776445105197793}


# --- statistics ---------------------------------------------------------------------------------


def test_mean_and_sample_std_by_hand():
    mean, std = mean_std([0.90, 0.92, 0.94])
    assert mean == pytest.approx(0.92)
    # deviations -0.02, 0, 0.02: sum of squares 0.0008 / (n - 1 = 2) = 0.0004
    assert std == pytest.approx(0.02)
    assert math.isnan(mean_std([0.5])[1])
    assert mean_std([0.5, None, float("nan"), 0.7]) == pytest.approx((0.6, math.sqrt(0.02)))


def test_t_interval_by_hand():
    interval = t_interval([1.0, 2.0, 3.0])
    half = T975[2] * 1.0 / math.sqrt(3)  # s = 1
    assert (interval.mean, interval.n, interval.std) == (2.0, 3, 1.0)
    assert interval.low == pytest.approx(2.0 - half) and interval.high == pytest.approx(2.0 + half)
    assert interval.low == pytest.approx(-0.48414, abs=1e-5)

    four = t_interval([0.5, 1.5, 1.0, 3.0])  # mean 1.5, s^2 = (1 + 0 + 0.25 + 2.25) / 3
    half = T975[3] * math.sqrt(3.5 / 3) / 2
    assert (four.low, four.high) == pytest.approx((1.5 - half, 1.5 + half))

    single = t_interval([0.7])
    assert single.mean == 0.7 and math.isnan(single.low) and math.isnan(single.high)


def test_paired_interval_pairs_runs_by_seed():
    a = pd.Series({0: 80.0, 1: 82.0, 2: 85.0, 3: 90.0})
    b = pd.Series({2: 82.0, 0: 78.0, 1: 81.0, 5: 10.0})
    interval = paired_interval(a, b)
    # seeds 0, 1, 2 pair up: differences 2, 1, 3 -> mean 2, s = 1
    assert interval.n == 3 and interval.mean == pytest.approx(2.0) and interval.std == pytest.approx(1.0)
    assert interval.high == pytest.approx(2.0 + T975[2] / math.sqrt(3))


def test_direction_verdicts():
    holds = t_interval([1.0, 1.2, 0.9, 1.1])
    assert direction_verdict(holds, "higher") == "holds"
    assert direction_verdict(holds, "lower") == "reversed"
    assert direction_verdict(t_interval([1.0, -1.0, 0.5]), "higher").startswith("inconclusive")
    assert direction_verdict(t_interval([1.0, 1.1]), "higher") == "not enough seeds (2 paired < 3)"
    with pytest.raises(ValueError):
        direction_verdict(holds, "sideways")


# --- claims -------------------------------------------------------------------------------------


def runs_frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["dataset", "model", "method", "seed", "clean_top1"])


DR_VS_RR = Claim(
    id="dr_vs_rr",
    study="s",
    text="dr beats rr",
    datasets=("cifar10",),
    model="any",
    metric="clean_top1",
    kind="difference",
    a=Side("dr", "clean_top1"),
    b=Side("rr", "clean_top1"),
    expect="higher",
    published=1.7,
    protocol="",
    source={"title": "t"},
)
BASE_LEVEL = Claim(
    id="base_level",
    study="s",
    text="baseline reaches 70.93%",
    datasets=("cifar10",),
    model="resnet18",
    metric="clean_top1",
    kind="value",
    a=Side("baseline", "clean_top1"),
    b=None,
    expect=None,
    published=70.93,
    protocol="",
    source={"title": "t"},
)


def _pairs(dataset, model, dr, rr):
    rows = [(dataset, model, "dr", seed, value) for seed, value in enumerate(dr)]
    return rows + [(dataset, model, "rr", seed, value) for seed, value in enumerate(rr)]


def test_claim_direction_holds_reversed_or_lacks_seeds():
    holds = runs_frame(_pairs("cifar10", "resnet18", [0.95, 0.96, 0.955], [0.93, 0.94, 0.94]))
    row = claims_table(holds, [DR_VS_RR]).iloc[0]
    assert row["verdict"] == "direction holds"
    assert row["seeds"] == 3 and row["seeds_agreeing"] == "3/3"
    assert row["ours_mean"] == pytest.approx((2.0 + 2.0 + 1.5) / 3)
    assert row["difference"] == pytest.approx(row["ours_mean"] - 1.7)
    assert row["setting"] == "cifar10 / resnet18"

    reversed_ = runs_frame(_pairs("cifar10", "resnet18", [0.90, 0.91, 0.905], [0.93, 0.94, 0.94]))
    assert claims_table(reversed_, [DR_VS_RR]).iloc[0]["verdict"] == "direction reversed"

    mixed = runs_frame(_pairs("cifar10", "resnet18", [0.95, 0.90, 0.95], [0.93, 0.94, 0.94]))
    assert claims_table(mixed, [DR_VS_RR]).iloc[0]["verdict"].startswith("direction inconclusive")

    two = runs_frame(_pairs("cifar10", "resnet18", [0.95, 0.96, 0.97], [0.93, 0.94]))
    row = claims_table(two, [DR_VS_RR]).iloc[0]
    assert row["verdict"] == "not enough seeds (2 paired < 3)" and row["seeds"] == 2


def test_claim_not_run_at_this_scale_or_not_run():
    digits = runs_frame(_pairs("digits", "small_cnn", [0.95, 0.96, 0.97], [0.93, 0.94, 0.95]))
    table = claims_table(digits, [DR_VS_RR, BASE_LEVEL])
    assert list(table["verdict"]) == ["not run at this scale", "not run at this scale"]

    cifar_without_dr = runs_frame([("cifar10", "resnet18", "rr", s, 0.9) for s in range(3)])
    row = claims_table(cifar_without_dr, [DR_VS_RR]).iloc[0]
    assert row["verdict"] == "not run" and "dr" in row["note"]

    other_model = runs_frame([("cifar10", "wrn28_10", "baseline", s, 0.9) for s in range(3)])
    assert claims_table(other_model, [BASE_LEVEL]).iloc[0]["verdict"] == "not run at this scale"


def test_value_claim_compares_level_with_published():
    inside = runs_frame([("cifar10", "resnet18", "baseline", s, v) for s, v in enumerate([0.70, 0.71, 0.72])])
    row = claims_table(inside, [BASE_LEVEL]).iloc[0]
    assert row["verdict"] == "published value inside our interval"
    assert row["difference"] == pytest.approx(71.0 - 70.93)
    below = runs_frame([("cifar10", "resnet18", "baseline", s, v) for s, v in enumerate([0.60, 0.61, 0.62])])
    assert claims_table(below, [BASE_LEVEL]).iloc[0]["verdict"] == "ours lower than published"


def test_local_table_checks_the_direction_elsewhere_and_says_so():
    frame = runs_frame(
        _pairs("digits", "small_cnn", [0.95, 0.96, 0.97], [0.93, 0.94, 0.95])
        + _pairs("cifar10", "resnet18", [0.95, 0.96, 0.97], [0.93, 0.94, 0.95])
    )
    twin = Claim(**{**DR_VS_RR.__dict__, "id": "dr_vs_rr_100", "datasets": ("cifar100",), "published": 1.2})
    local = local_claims_table(frame, [DR_VS_RR, twin, BASE_LEVEL])
    # cifar10 is dr_vs_rr's published setting (in the main table); digits appears once for the
    # comparison both claims make; value claims do not transfer to other settings
    assert list(local["dataset"]) == ["digits"]
    digits = local[local["dataset"] == "digits"].iloc[0]
    assert digits["verdict"] == "direction holds"
    assert "not the published setting" in digits["setting"]
    assert digits["claim"] == "dr_vs_rr, dr_vs_rr_100"


# --- claims on a declared slice of a published data set (config `slice_of`) ----------------------

SLICE = {"npz-cifar10-mini": "cifar10"}
FGSM_ELSEWHERE = Claim(
    **{**DR_VS_RR.__dict__, "id": "fgsm_lowers", "datasets": ("cifar100",), "model": "densenet_bc",
       "a": Side("fgsm_at", "clean_top1"), "b": Side("baseline", "clean_top1"), "expect": "lower", "published": None}
)


def slice_frame(values: dict[str, list[float]], dataset="npz-cifar10-mini", model="small_cnn") -> pd.DataFrame:
    """Runs of ``dataset`` with the columns the scale of a row comes from (as runs.csv names them)."""
    rows = [
        {"dataset": dataset, "model": model, "method": method, "seed": seed, "clean_top1": value,
         "clean_n": 1017, "knn_train_images": 5085, "epochs": 10, "train_fraction": 1.0}
        for method, per_seed in values.items()
        for seed, value in enumerate(per_seed)
    ]
    return pd.DataFrame(rows)


def test_slice_runs_are_reduced_scale_checks_of_the_published_claims():
    frame = slice_frame({"dr": [0.55, 0.56, 0.555], "rr": [0.53, 0.54, 0.54], "baseline": [0.50, 0.51, 0.52]})
    # undeclared, the slice is just another data set: no claim is in its setting
    assert set(claims_table(frame, [DR_VS_RR, BASE_LEVEL])["verdict"]) == {"not run at this scale"}

    table = claims_table(frame, [DR_VS_RR, BASE_LEVEL], slices=SLICE).set_index("claim")
    scale = "5,085 train / 1,017 test images, 10 epochs"
    difference = table.loc["dr_vs_rr"]
    assert difference["setting"] == "npz-cifar10-mini / small_cnn"
    assert difference["scale"] == f"reduced-scale check of cifar10: {scale}"
    assert (difference["train_images"], difference["test_images"], difference["epochs"]) == (5085, 1017, 10)
    # paired differences 2, 2 and 1.5 points: the direction holds; the published +1.7 is not compared
    assert difference["verdict"] == "direction holds" and difference["seeds"] == 3
    assert difference["ours_mean"] == pytest.approx(5.5 / 3) and difference["seeds_agreeing"] == "3/3"
    assert math.isnan(difference["difference"]) and difference["published_in_ci"] == ""

    # a value claim published with resnet18 is matched on the slice's small_cnn, named in the label,
    # and its level is shown without a verdict against the published 70.93%
    level = table.loc["base_level"]
    assert level["scale"] == f"reduced-scale check of cifar10 with resnet18: {scale}"
    assert level["verdict"] == "reduced scale: not comparable with the published level"
    assert level["ours_mean"] == pytest.approx(51.0) and level["ci_low"] < 51.0 < level["ci_high"]
    assert math.isnan(level["difference"]) and level["published_in_ci"] == ""


@pytest.mark.parametrize(
    "dr,rr,verdict",
    [
        ([0.50, 0.51, 0.505], [0.53, 0.54, 0.54], "direction reversed"),
        ([0.55, 0.50, 0.55], [0.53, 0.54, 0.54], "direction inconclusive"),
        ([0.55, 0.56], [0.53, 0.54], "not enough seeds (2 paired < 3)"),
    ],
)
def test_slice_rows_say_plainly_where_the_direction_does_not_hold(dr, rr, verdict):
    row = claims_table(slice_frame({"dr": dr, "rr": rr}), [DR_VS_RR], slices=SLICE).iloc[0]
    assert row["verdict"].startswith(verdict) and row["scale"].startswith("reduced-scale check of cifar10")


def test_full_scale_rows_stay_as_they_are_beside_the_slice():
    full = slice_frame({"baseline": [0.70, 0.71, 0.72]}, dataset="cifar10", model="resnet18")
    both = pd.concat([full, slice_frame({"baseline": [0.50, 0.51, 0.52]})], ignore_index=True)
    alone = claims_table(full, [BASE_LEVEL])
    table = claims_table(both, [BASE_LEVEL], slices=SLICE)
    assert list(table["setting"]) == ["cifar10 / resnet18", "npz-cifar10-mini / small_cnn"]
    pd.testing.assert_series_equal(table.iloc[0], alone.iloc[0], check_names=False)
    assert table.iloc[0]["verdict"] == "published value inside our interval" and table.iloc[0]["scale"] == ""
    assert table.iloc[1]["verdict"] == "reduced scale: not comparable with the published level"


def test_claims_of_other_data_sets_stay_in_the_local_table_for_a_slice():
    frame = slice_frame({"dr": [0.55, 0.56, 0.555], "rr": [0.53, 0.54, 0.54], "baseline": [0.50, 0.51, 0.52],
                         "fgsm_at": [0.45, 0.46, 0.46]})
    local = local_claims_table(frame, [DR_VS_RR, FGSM_ELSEWHERE], slices=SLICE)
    # dr vs rr is a CIFAR-10 claim (the main table's reduced-scale row); FGSM's is CIFAR-100's
    assert list(local["claim"]) == ["fgsm_lowers"]
    row = local.iloc[0]
    assert row["setting"] == "npz-cifar10-mini / small_cnn (not the published setting)"
    assert row["scale"] == "reduced-scale slice of cifar10: 5,085 train / 1,017 test images, 10 epochs"
    assert row["verdict"] == "direction holds" and row["ours_mean"] == pytest.approx(-16 / 3)  # -5, -5 and -6 points
    main = claims_table(frame, [DR_VS_RR, FGSM_ELSEWHERE], slices=SLICE).set_index("claim")
    assert main.loc["fgsm_lowers", "verdict"] == "not run at this scale"


def test_a_slice_of_an_unknown_data_set_is_a_user_error():
    frame = slice_frame({"dr": [0.55], "rr": [0.53]})
    for build in (claims_table, local_claims_table):
        with pytest.raises(UserError, match="'npz-cifar10-mini' is declared a slice of 'imagenet'") as error:
            build(frame, [DR_VS_RR], slices={"npz-cifar10-mini": "imagenet"})
        assert "\n" not in str(error.value) and "cifar10, cifar100, svhn" in str(error.value)


def test_packaged_claims_load_with_sources():
    claims = load_claims()
    ids = {c.id for c in claims}
    assert {"dr_vs_rr_cifar10", "dpg_vs_rpg_svhn", "advaa_wrn28_10_cifar10", "augmix_wrn40_2_cifar10c"} <= ids
    advaa = next(c for c in claims if c.id == "advaa_wrn28_10_cifar10")
    assert advaa.published == 1.90 and advaa.source["venue"] == "ICLR" and advaa.source["year"] == 2020
    for claim in claims:
        assert claim.source.get("title"), claim.id
        assert claim.kind == "value" or claim.expect in ("higher", "lower"), claim.id
        # a public source a reader can open: a GitHub project, or a paper with authors, venue and year
        source = claim.source
        assert str(source.get("venue")).startswith("GitHub ") or (
            source.get("authors") and source.get("venue") and source.get("year")
        ), claim.id
    by_id = {c.id: c for c in claims}
    advaa = by_id["advaa_vs_autoaugment"]
    assert (advaa.a.method, advaa.b.method, advaa.expect, advaa.published) == ("advaa", "autoaugment", "higher", None)
    assert "cifar10" in advaa.datasets and advaa.source["authors"].startswith("Xinyu Zhang")


def quoted_number_in(number: str, text: str) -> bool:
    """``number`` as a whole figure of ``text``: "2" is in "2% on SVHN" but not in "1.2%" or "500"."""
    import re

    return re.search(rf"(?<![\d.]){re.escape(number)}(?!\d|\.\d)", text) is not None


def test_every_published_figure_is_quoted_from_its_source():
    """Each claim carries its source's sentence(s); every figure it quotes appears there as
    written, and the published number is exactly what those figures give."""
    import yaml
    from importlib import resources

    entries = yaml.safe_load(resources.files("advaug.report").joinpath("published.yaml").read_text())["claims"]
    assert not quoted_number_in("2", "1.2% and 500") and quoted_number_in("2", "almost 5% and 2% on SVHN")
    for entry in entries:
        quote, quoted, published = entry["quote"], entry["quoted"], entry["published"]
        if quote is None:  # a source whose text could not be found says so instead
            assert entry.get("quote_missing"), entry["id"]
            continue
        text = " ".join(quote) if isinstance(quote, list) else quote
        assert "design card" not in str(entry["source"]), entry["id"]
        for number in quoted:
            assert quoted_number_in(number, text), f"{entry['id']}: {number} is not in its quote"
        if published is None:
            assert entry["kind"] == "difference" and not quoted, entry["id"]  # a direction only
        elif entry["kind"] == "value" or len(quoted) == 1:
            assert published == pytest.approx(float(quoted[0])), entry["id"]
        else:
            assert published == pytest.approx(float(quoted[0]) - float(quoted[1]), abs=1e-9), entry["id"]
        if entry["kind"] == "difference" and published is not None:
            assert (published > 0) == (entry["expect"] == "higher"), entry["id"]


def test_bad_claims_file_is_a_user_error(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(
        "claims:\n  - {id: x, text: t, dataset: d, metric: m, kind: difference, a: {method: a}, source: {}}\n"
    )
    with pytest.raises(UserError, match="needs b and expect"):
        load_claims(path)


# --- mCE ----------------------------------------------------------------------------------------


def test_mce_by_hand():
    rows = []
    errors = {
        # method: {corruption: [error at severity 1, 2]}
        "baseline": {"fog": [0.1, 0.3], "noise": [0.2, 0.2]},
        "augmix": {"fog": [0.1, 0.1], "noise": [0.4, 0.4]},
    }
    for method, per_corruption in errors.items():
        for corruption, values in per_corruption.items():
            for severity, error in enumerate(values, start=1):
                rows.append(("d", "m", method, 0, corruption, severity, error))
    frame = pd.DataFrame(
        rows, columns=["dataset", "model", "method", "seed", "corruption", "severity", "error"]
    )
    mce = mce_per_run(frame).set_index("method")["corruption_mce"]
    # augmix: fog 0.2 / 0.4 = 0.5, noise 0.8 / 0.4 = 2.0 -> mean 1.25; baseline: 1.0
    assert mce["augmix"] == pytest.approx(1.25)
    assert mce["baseline"] == pytest.approx(1.0)


# --- renderings ---------------------------------------------------------------------------------


def test_markdown_and_latex_escape_what_they_must():
    table = pd.DataFrame({"method": ["fgsm_at"], "clean top-1 (%)": ["91.20 ± 0.30"], "note": ["a|b & 5%"]})
    markdown = to_markdown(table)
    assert "a\\|b" in markdown and markdown.count("\n| ") == 2
    latex = to_latex(table)
    assert r"fgsm\_at" in latex and r"91.20 $\pm$ 0.30" in latex and r"a|b \& 5\%" in latex
    assert r"\toprule" in latex and r"\bottomrule" in latex and r"\begin{tabular}{lrl}" in latex
    assert rst_escape("fgsm_at *x*") == "fgsm\\_at \\*x\\*"


def test_unique_names_tell_files_apart():
    assert unique_names(["a/gan/digits/samples.png", "a/gan/svhn/samples.png"]) == [
        "digits_samples",
        "svhn_samples",
    ]
    assert unique_names(["x/one.png", "y/two.png"]) == ["one", "two"]


# --- the whole build from synthetic run files ---------------------------------------------------

SETTINGS = [("digits", "small_cnn"), ("cifar10", "resnet18")]
METHODS = {"baseline": 0.90, "rr": 0.91, "dr": 0.93, "perturb_at": 0.88, "angular": 0.92}
CORRUPTIONS = ["gaussian_noise", "fog", "contrast"]


def write_synthetic_runs(root, seeds=3, settings=SETTINGS, methods=METHODS):
    """metrics.json, history.csv, corruption.csv and train_meta.json for every setting x method x seed."""
    for dataset, model in settings:
        for method, clean in methods.items():
            for seed in range(seeds):
                run = root / dataset / model / method / f"seed{seed}"
                run.mkdir(parents=True)
                top1 = clean + 0.004 * seed
                metrics = {
                    "dataset": dataset,
                    "model": model,
                    "method": method,
                    "seed": seed,
                    "device": "cpu",
                    "clean": {"top1": top1, "loss": 0.3, "ece": 0.02, "n": 500},
                    "knn": {"top1": top1 - 0.01, "train_images": 2000},
                    "perturbed": {
                        "top1": top1 - 0.3 + (0.05 if method == "perturb_at" else 0),
                        "knn_top1": top1 - 0.25,
                        "transfer_top1": top1 - 0.2,
                        "transfer_knn_top1": top1 - 0.2,
                    },
                    "robust": {"fgsm_top1": 0.2 + 0.01 * seed, "pgd_top1": 0.1 + 0.01 * seed, "eps": 8 / 255},
                    "gan": {"generated_top1": 0.85, "unrestricted_top1": 0.05, "unrestricted_success_rate": 0.95,
                            "unrestricted_transfer_top1": 0.6},
                }
                rows = []
                for index, corruption in enumerate(CORRUPTIONS):
                    for severity in range(1, 6):
                        rows.append((corruption, severity, (1 - top1) + 0.03 * severity + 0.02 * index))
                frame = pd.DataFrame(rows, columns=["corruption", "severity", "error"])
                frame.to_csv(run / "corruption.csv", index=False)
                metrics["corruption"] = {"mean_error": float(frame["error"].mean())}
                (run / "metrics.json").write_text(json.dumps(metrics))
                epochs = np.arange(1, 5)
                pd.DataFrame(
                    {
                        "epoch": epochs,
                        "lr": 0.1,
                        "train_loss": 2.0 / epochs,
                        "images_per_s": 1000.0,
                        "epoch_seconds": 1.0,
                        "test_top1": top1 - 0.2 / epochs,
                        "test_loss": 1.0 / epochs,
                    }
                ).to_csv(run / "history.csv", index=False)
                training = {"epochs": 4, "train_fraction": 0.2 if dataset == "cifar10" else 1.0}
                (run / "train_meta.json").write_text(json.dumps({"settings": {"training": training}}))
    return root


@pytest.fixture(scope="module")
def built_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic")
    runs_dir = write_synthetic_runs(root / "runs")
    gan = root / "gan" / "digits"
    gan.mkdir(parents=True)
    Image.new("RGB", (40, 20), (200, 10, 10)).save(gan / "samples.png")
    out = root / "report"
    written = build_report([runs_dir], out, gan_grids=[gan / "samples.png"])
    return out, written, runs_dir


def test_build_writes_every_table_and_figure(built_report):
    out, written, _ = built_report
    entries = {entry.name: entry for entry in read_manifest(out / "manifest.json")}
    assert set(entries) == {
        "runs",
        "summary",
        "robustness",
        "corruption",
        "claims",
        "claims_local",
        "accuracy",
        "tradeoff",
        "corruption_heatmap",
        "severity_curves",
        "training_curves",
        "gan_samples",
    }
    for name in ("summary", "robustness", "corruption", "claims", "claims_local"):
        assert {f"tables/{name}.{s}" for s in ("csv", "md", "tex", "html")} <= set(entries[name].files)
    for entry in entries.values():
        assert entry.caption and entry.category and entry.report_file
        for file in entry.files:
            assert (out / file).stat().st_size > 0, file
            assert out / file in written
        if entry.kind == "figure":
            drawn = entry.name != "gan_samples"  # copied: its source has no PDF beside it
            assert f"figures/{entry.name}.png" in entry.files
            assert (f"figures/{entry.name}.pdf" in entry.files) == drawn
            with Image.open(out / entry.report_file) as image:
                assert image.width > 100 or not drawn
    assert report_category(out / "manifest.json", "severity_curves") == "Corruptions"
    assert report_category(out / "manifest.json", "claims") == "Claims"


def test_build_tables_hold_the_numbers(built_report):
    out, _, _ = built_report
    runs = pd.read_csv(out / "tables/runs.csv")
    assert len(runs) == len(SETTINGS) * len(METHODS) * 3
    assert {
        "clean_top1",
        "perturbed_top1",
        "robust_pgd_top1",
        "corruption_mce",
        "gan_generated_top1",
        "epochs",
    } <= set(runs)
    baseline_mce = runs.loc[runs["method"] == "baseline", "corruption_mce"]
    assert baseline_mce.mean() == pytest.approx(1.0)

    summary = pd.read_csv(out / "tables/summary.csv")
    dr = summary[(summary["dataset"] == "digits") & (summary["method"] == "dr")].iloc[0]
    assert dr["seeds"] == 3
    assert dr["clean_top1_mean"] == pytest.approx(0.934) and dr["clean_top1_std"] == pytest.approx(0.004)
    markdown = (out / "tables/summary.md").read_text()
    assert "93.40 ± 0.40" in markdown and "PGD top-1 (%)" in markdown and "mCE (%)" in markdown

    robustness = pd.read_csv(out / "tables/robustness.csv")
    assert set(robustness["method"]) == {"baseline", "perturb_at", "angular"}

    claims = pd.read_csv(out / "tables/claims.csv", keep_default_na=False)
    by_id = claims.set_index(["claim", "dataset"])
    # dr - rr = 2 points in every seed: the direction holds on CIFAR-10, and CIFAR-100 was not run
    assert by_id.loc[("dr_vs_rr_cifar10", "cifar10"), "verdict"] == "direction holds"
    assert by_id.loc[("dr_vs_rr_cifar100", "cifar100"), "verdict"] == "not run at this scale"
    assert by_id.loc[("dr_vs_randaugment", "cifar10"), "verdict"] == "not run"
    assert by_id.loc[("robust_at_gains_perturbed", "cifar10"), "verdict"] == "direction holds"
    assert by_id.loc[("robust_baseline_clean", "cifar10"), "verdict"] == "ours higher than published"
    assert (
        by_id.loc[("robust_baseline_clean", "cifar10"), "our_protocol"] == "4 epochs, 20% of the training set"
    )
    local = pd.read_csv(out / "tables/claims_local.csv")
    digits = local[local["dataset"] == "digits"].set_index("claim")
    assert digits.loc["dr_vs_rr_cifar10, dr_vs_rr_cifar100", "verdict"] == "direction holds"
    # on cifar10 / resnet18 only the AC-GAN comparison (published on cifar100 / densenet_bc) is "elsewhere"
    assert list(local.loc[local["dataset"] == "cifar10", "claim"]) == ["gan_unrestricted_fools"]


def test_rebuild_drops_figures_whose_data_went_away(tmp_path):
    small = {"baseline": 0.9, "perturb_at": 0.88}
    runs_dir = write_synthetic_runs(tmp_path / "runs", seeds=1, settings=SETTINGS[1:], methods=small)
    out = tmp_path / "report"
    build_report([runs_dir], out)
    assert (out / "figures/corruption_heatmap.png").exists()
    for corruption_csv in runs_dir.rglob("corruption.csv"):
        corruption_csv.unlink()
    written = build_report([runs_dir], out)
    assert not (out / "figures/corruption_heatmap.png").exists()
    assert not (out / "tables/corruption.csv").exists()
    assert (out / "figures/accuracy.png") in written
    claims = pd.read_csv(out / "tables/claims.csv")
    assert "not enough seeds (1 paired < 3)" in set(claims["verdict"])


def test_missing_metrics_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        build_report([tmp_path / "nope.json"], tmp_path / "out")
    with pytest.raises(UserError, match="no metrics.json"):
        build_report([tmp_path], tmp_path / "out")


def test_report_command_labels_the_slice_its_params_declare(tmp_path):
    """`advaug report --params` (what the Snakemake rule passes): the slice's rows of claims.csv and the
    claims table's caption say reduced scale; an unknown target stops it with one line, before any output."""
    from conftest import run_cli

    methods = {"baseline": 0.50, "rr": 0.52, "dr": 0.55}
    runs_dir = write_synthetic_runs(tmp_path / "runs", settings=[("npz-cifar10-mini", "small_cnn")], methods=methods)
    out = tmp_path / "report"
    run_cli("report", str(runs_dir), "--params", json.dumps({"slice_of": SLICE}), "--out", str(out))
    claims = pd.read_csv(out / "tables/claims.csv", keep_default_na=False).set_index("claim")
    row = claims.loc["dr_vs_rr_cifar10"]
    assert row["scale"] == "reduced-scale check of cifar10: 2,000 train / 500 test images, 4 epochs"
    assert row["verdict"] == "direction holds" and float(row["ours_mean"]) == pytest.approx(3.0)
    assert claims.loc["robust_baseline_clean", "verdict"] == "reduced scale: not comparable with the published level"
    markdown = (out / "tables/claims.md").read_text()
    assert "| scale |" in markdown and "npz-cifar10-mini (a slice of cifar10)" in markdown

    bad = run_cli("report", str(runs_dir), "--params", '{"slice_of": {"npz-cifar10-mini": "imagenet"}}',
                  "--out", str(tmp_path / "bad"), check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines() == [
        "advaug report: error: slice_of: 'npz-cifar10-mini' is declared a slice of 'imagenet', which is not a "
        "published data set the claims know; use one of cifar10, cifar100, svhn"
    ]
    assert not (tmp_path / "bad").exists()


def test_augmentation_gallery_draws_a_row_per_method(tmp_path):
    import torch

    generator = torch.Generator().manual_seed(0)
    images = torch.rand(4, 3, 8, 8, generator=generator)
    methods = {"rr": images.flip(-1), "baseline": images.flip(-2), "trivialaugment": 1 - images}
    paths = augmentation_gallery(images, methods, tmp_path / "gallery")
    assert [p.suffix for p in paths] == [".png", ".pdf"]
    narrow = augmentation_gallery(images[:2], {k: v[:2] for k, v in methods.items()}, tmp_path / "narrow")
    fewer_rows = augmentation_gallery(images, {"rr": methods["rr"]}, tmp_path / "short")
    with Image.open(paths[0]) as wide, Image.open(narrow[0]) as two, Image.open(fewer_rows[0]) as short:
        assert two.width < wide.width and two.height == pytest.approx(
            wide.height, rel=0.05
        )  # columns = images
        assert short.height < 0.7 * wide.height  # rows = original + one per method
    grey = augmentation_gallery(images[:, :1].numpy(), {"rr": images[:, :1].numpy()}, tmp_path / "grey")
    assert grey[0].exists()
    with pytest.raises(ValueError, match="shape"):
        augmentation_gallery(images, {"rr": images[:2]}, tmp_path / "bad")


def test_gan_training_figure_from_history(tmp_path):
    import pandas as pd

    from advaug.report.figures import gan_training

    history = pd.DataFrame(
        {"epoch": [1, 2, 3], "aux_acc_fake": [0.1, 0.5, 0.9], "aux_acc_real": [0.2, 0.6, 0.8], "dataset": "digits"}
    )
    written = gan_training(history, tmp_path / "gan_training")
    assert [p.suffix for p in written] == [".png", ".pdf"] and all(p.stat().st_size > 0 for p in written)
    assert gan_training(history.drop(columns=["aux_acc_fake", "aux_acc_real"]), tmp_path / "none") == []


def test_controller_figure_draws_every_advaa_run_per_epoch(tmp_path):
    from advaug.methods.advaa import OPERATIONS
    from advaug.report.figures import controller_policy

    rows = []
    for seed in (0, 1):
        for epoch in (1, 2, 3):
            ops = np.full(len(OPERATIONS), 1.0 / len(OPERATIONS))
            ops[6] += 0.1 * epoch  # Invert gains probability over the epochs
            ops /= ops.sum()
            row = {"dataset": "digits", "model": "small_cnn", "method": "advaa", "seed": seed, "epoch": epoch}
            row.update({f"method_op_{name}": p for name, p in zip(OPERATIONS, ops)})
            row.update({f"method_level_{k}": 0.1 for k in range(10)})
            rows.append(row)
    rows.append({"dataset": "digits", "model": "small_cnn", "method": "rr", "seed": 0, "epoch": 1})
    history = pd.DataFrame(rows)
    written = controller_policy(history, tmp_path / "controller")
    assert [p.name for p in written] == ["controller.png", "controller.pdf"]
    with Image.open(written[0]) as image:
        assert image.height > image.width / 2  # one row of two heatmaps per advaa run (two runs)
    assert controller_policy(history[history["method"] == "rr"], tmp_path / "none") == []


# --- time per rule (Snakemake benchmark files) ---------------------------------------------------

BENCHMARK_HEADER = "s\th:m:s\tmax_rss\tmax_vms\tmax_uss\tmax_pss\tio_in\tio_out\tmean_load\tcpu_time\n"


def write_benchmark(path, seconds, cpu, rss):
    """A job's benchmark file and its usage file; Snakemake's own samples (cpu_time 1, max_rss 7)
    are what a job that ran past its last sample leaves, and the report must not read them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(BENCHMARK_HEADER + f"{seconds}\t0:00:{int(seconds):02d}\t7\t1\t1\t1\t0\t0\t50\t1\n")
    usage = {"cpu_s": cpu, "user_s": cpu, "sys_s": 0.0, "max_rss_mb": rss}
    Path(layout.usage_beside(path)).write_text(json.dumps(usage))
    return path


def test_time_per_rule_sums_the_benchmark_files(tmp_path):
    from advaug.report.timing import read_benchmarks, time_per_rule

    bench = tmp_path / "results" / "benchmarks"
    files = [
        write_benchmark(bench / "train" / "digits" / "small_cnn" / "baseline" / "seed0.tsv", 20.0, 18.0, 300),
        write_benchmark(bench / "train" / "digits" / "small_cnn" / "baseline" / "seed1.tsv", 24.0, 22.0, 350),
        write_benchmark(bench / "evaluate" / "digits" / "small_cnn" / "baseline" / "seed0.tsv", 50.0, 45.0, 900),
        write_benchmark(bench / "prepare" / "digits.tsv", 2.0, 1.5, 100),
    ]
    jobs = read_benchmarks(files)
    assert list(jobs["rule"]) == ["train", "train", "evaluate", "prepare"]
    assert jobs["job"].iloc[0] == "digits/small_cnn/baseline/seed0"
    table = time_per_rule(jobs).set_index("rule")
    assert list(table.index) == ["evaluate", "train", "prepare"]  # longest first
    assert table.loc["train", "jobs"] == 2 and table.loc["train", "total_s"] == 44.0
    assert table.loc["train", "mean_s"] == 22.0 and table.loc["train", "max_s"] == 24.0
    assert table.loc["train", "cpu_s"] == 40.0 and table.loc["train", "max_rss_mb"] == 350
    assert math.isclose(table.loc["evaluate", "share_pct"], 100 * 50 / 96)


def test_a_job_without_its_usage_file_is_a_one_line_error(tmp_path):
    from advaug.report.timing import read_benchmarks

    path = write_benchmark(tmp_path / "benchmarks" / "train" / "digits.tsv", 20.0, 18.0, 300)
    usage = Path(layout.usage_beside(path))
    usage.write_text("{}")
    with pytest.raises(UserError, match=r"is not a usage file of `advaug --usage` \(needs cpu_s, max_rss_mb\)"):
        read_benchmarks([path])
    usage.unlink()
    with pytest.raises(UserError, match=r"digits.usage.json does not exist; re-run its job with Snakemake"):
        read_benchmarks([path])


def test_report_shows_time_per_rule_and_skips_it_without_benchmarks(tmp_path, capsys):
    runs_dir = write_synthetic_runs(tmp_path / "runs", seeds=1, settings=SETTINGS[:1], methods={"baseline": 0.9})
    bench = tmp_path / "benchmarks"
    files = [write_benchmark(bench / rule / "digits.tsv", s, s, 100) for rule, s in (("prepare", 2), ("train", 30))]
    out = tmp_path / "report"
    build_report([runs_dir], out, benchmarks=files)
    entries = {entry.name: entry for entry in read_manifest(out / "manifest.json")}
    assert {"tables/time_per_rule.csv", "tables/time_per_rule.html"} <= set(entries["time_per_rule"].files)
    assert {"figures/time_per_rule_bars.png", "figures/time_per_rule_bars.pdf"} <= set(entries["time_per_rule_bars"].files)
    table = pd.read_csv(out / "tables" / "time_per_rule.csv")
    assert list(table["rule"]) == ["train", "prepare"] and list(table["total_s"]) == [30, 2]
    assert report_category(out / "manifest.json", "time_per_rule_bars") == "Timing"

    build_report([runs_dir], out)  # a DVC report: no benchmark files
    assert "time per rule skipped" in capsys.readouterr().err
    assert "time_per_rule" not in {entry.name for entry in read_manifest(out / "manifest.json")}
    assert not (out / "tables" / "time_per_rule.csv").exists()


def test_parallel_drawing_keeps_the_order_and_runs_in_other_processes():
    import os
    import time
    from functools import partial

    def draw(index):
        time.sleep(0.5)  # long enough that both workers take a share
        return [index, os.getpid()]

    drawn = draw_in_parallel([partial(draw, i) for i in range(5)], workers=2)
    assert [index for index, _ in drawn] == list(range(5))
    assert os.getpid() not in {pid for _, pid in drawn} and len({pid for _, pid in drawn}) == 2
    assert draw_in_parallel([partial(draw, i) for i in range(3)], workers=1) == [[i, os.getpid()] for i in range(3)]


def test_report_drawn_by_two_processes_is_the_report_drawn_by_one(tmp_path):
    runs_dir = write_synthetic_runs(tmp_path / "runs", seeds=2, settings=SETTINGS[:1])
    files = [write_benchmark(tmp_path / "bench" / rule / "digits.tsv", s, s, 100) for rule, s in (("prepare", 2), ("train", 30))]
    reports = {}
    for workers in (1, 2):
        out = tmp_path / f"report{workers}"
        build_report([runs_dir], out, benchmarks=files, workers=workers)
        pngs = {path.name: path.read_bytes() for path in sorted((out / "figures").glob("*.png"))}
        reports[workers] = ((out / "manifest.json").read_text(), pngs)
    assert reports[1][0] == reports[2][0]  # the same entries, captions and files, in the same order
    assert {"accuracy.png", "training_curves.png", "time_per_rule_bars.png"} <= set(reports[1][1])
    assert reports[1][1] == reports[2][1]  # pixel for pixel


def test_missing_benchmark_file_is_a_user_error(tmp_path):
    from advaug.report.timing import read_benchmarks

    with pytest.raises(UserError, match="does not exist"):
        read_benchmarks([tmp_path / "benchmarks" / "train" / "x.tsv"])
    (tmp_path / "bad.tsv").write_text("a\tb\n1\t2\n")
    with pytest.raises(UserError, match="not a Snakemake benchmark file"):
        read_benchmarks([tmp_path / "bad.tsv"])
