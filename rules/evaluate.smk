from advaug.config import evaluate_settings


rule evaluate:
    input:
        unpack(evaluate_inputs),
    output:
        **EVALUATE_OUTPUTS,
    log:
        layout.log("evaluate", "run"),
    benchmark:
        layout.benchmark("evaluate", "run")
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        run_dir=lambda wc, input: os.path.dirname(input.model),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        extra=evaluate_options,
        settings=as_json(evaluate_settings(config)),
    shell:
        "advaug evaluate --run {params.run_dir} --data {params.data_dir} {params.extra}"
        " --out {output.metrics} --threads {threads} --params {params.settings:q} > {log} 2>&1"
