"""The results layout: patterns filled partly, by values or by DVC's templating, and the
per-job log and benchmark paths the report's time-per-rule table parses back."""

from __future__ import annotations

from pathlib import Path

from advaug import layout
from advaug.report.timing import rule_of


def test_fill_leaves_other_placeholders_and_dvc_templating_alone():
    run = layout.fill(layout.TRAINED["model"], method="rr", seed=0)
    assert run == "results/runs/{dataset}/{model}/rr/seed0/model.pt"
    dvc = layout.fill(run, dataset="${item.dataset}", model="${item.model}")
    assert dvc == "results/runs/${item.dataset}/${item.model}/rr/seed0/model.pt"
    assert layout.fill(dvc, dataset="digits") == dvc  # filled twice: DVC's ${...} survive
    assert layout.fill("{dataset}/{other}", dataset="d") == "d/{other}"


def test_job_files_are_named_by_what_the_rule_loops_over():
    assert layout.log("report") == "results/logs/report.log"
    bench = layout.benchmark("evaluate", "run").format(dataset="digits", model="small_cnn", method="rr", seed=1)
    assert bench == "results/benchmarks/evaluate/digits/small_cnn/rr/seed1.tsv"
    assert rule_of(Path(bench)) == ("evaluate", "digits/small_cnn/rr/seed1")
