from advaug.config import evaluate_settings


rule evaluate:
    input:
        unpack(evaluate_inputs),
    output:
        **EVALUATE_OUTPUTS,
    log:
        layout.log("evaluate", "method"),
    benchmark:
        layout.benchmark("evaluate", "method")
    threads: 2 if USES_GPU else 1
    resources:
        gpu=1 if USES_GPU else 0,
    params:
        usage=layout.usage("evaluate", "method"),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        extra=evaluate_options,
        settings=as_json(evaluate_settings(config)),
    shell:
        "advaug evaluate --usage {params.usage} --data {params.data_dir} {params.extra}"
        " --threads {threads} --params {params.settings:q} > {log} 2>&1"
