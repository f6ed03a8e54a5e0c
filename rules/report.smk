ALL_METRICS = expand(
    "results/runs/{dataset}/{model}/{method}/seed{seed}/metrics.json",
    dataset=DATASETS,
    model=config["models"],
    method=config["methods"],
    seed=config["seeds"],
)


rule report:
    input:
        ALL_METRICS,
    output:
        runs="results/report/runs.csv",
        summary=report(
            "results/report/summary.md",
            category="Tables",
            caption="captions/summary.rst",
        ),
        summary_csv="results/report/summary.csv",
        summary_tex="results/report/summary.tex",
        accuracy=report(
            "results/report/accuracy.png",
            category="Accuracy",
            caption="captions/accuracy.rst",
        ),
        accuracy_pdf="results/report/accuracy.pdf",
    log:
        "results/logs/report.log",
    conda:
        ENV
    shell:
        "advaug report {input:q} --out results/report > {log} 2>&1"
