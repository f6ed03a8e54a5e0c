from advaug.config import perturbed_settings


rule perturb_testset:
    input:
        data="results/data/{dataset}/data.npz",
        reference=PERTURBED_REFERENCE,
    output:
        PERTURBED,
    log:
        "results/logs/perturb_testset/{dataset}/{model}.log",
    conda:
        ENV
    threads: 1
    params:
        data_dir=lambda wc, input: os.path.dirname(input.data),
        settings=as_json(perturbed_settings(config)),
    shell:
        "advaug perturb-testset --data {params.data_dir} --reference {input.reference} --out {output}"
        " --threads {threads} --device cpu --params {params.settings:q} > {log} 2>&1"


rule umap:
    input:
        data="results/data/{dataset}/data.npz",
        perturbed=PERTURBED,
        models=expand(
            os.path.join(
                RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"
            ),
            method=config["methods"],
            allow_missing=True,
        ),
    output:
        expand(UMAP_FIGURES, method=config["methods"], allow_missing=True),
    log:
        "results/logs/umap/{dataset}/{model}.log",
    conda:
        ENV
    threads: 1
    params:
        data_dir=lambda wc, input: os.path.dirname(input.data),
        runs=lambda wc, input: [os.path.dirname(m) for m in input.models],
        out_dir=lambda wc, output: os.path.dirname(output[0]),
    shell:
        "advaug umap {params.runs:q} --data {params.data_dir} --perturbed {input.perturbed}"
        " --out-dir {params.out_dir} > {log} 2>&1"
