from advaug.config import perturb_testset_settings, umap_settings


rule perturb_testset:
    input:
        data="results/data/{dataset}/data.npz",
        reference=PERTURBED_REFERENCE,
    output:
        PERTURBED,
    log:
        "results/logs/perturb_testset/{dataset}/{model}.log",
    benchmark:
        "results/benchmarks/perturb_testset/{dataset}/{model}.tsv"
    threads: 1
    params:
        data_dir=lambda wc, input: os.path.dirname(input.data),
        settings=as_json(perturb_testset_settings(config)),
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
            method=STUDY_METHODS,
            allow_missing=True,
        ),
    output:
        directory(UMAP_DIR),
    log:
        "results/logs/umap/{dataset}/{model}.log",
    benchmark:
        "results/benchmarks/umap/{dataset}/{model}.tsv"
    threads: 1
    params:
        data_dir=lambda wc, input: os.path.dirname(input.data),
        runs_dir=lambda wc, input: os.path.dirname(
            os.path.dirname(os.path.dirname(input.models[0]))
        ),
        settings=as_json(umap_settings(config)),
    shell:
        "advaug umap --runs-dir {params.runs_dir} --data {params.data_dir} --perturbed {input.perturbed}"
        " --out-dir {output} --params {params.settings:q} > {log} 2>&1"
