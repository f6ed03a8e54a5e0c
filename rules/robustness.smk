from advaug.config import perturb_testset_settings, umap_settings


rule perturb_testset:
    input:
        data=layout.PREPARED["data"],
        reference=PERTURBED_REFERENCE,
    output:
        layout.PERTURBED,
    log:
        layout.log("perturb_testset", "setting"),
    benchmark:
        layout.benchmark("perturb_testset", "setting")
    priority: PRIORITY_CRITICAL
    threads: 1
    params:
        usage=layout.usage("perturb_testset", "setting"),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        settings=as_json(perturb_testset_settings(config)),
    shell:
        "advaug perturb-testset --usage {params.usage} --data {params.data_dir} --reference {input.reference} --out {output}"
        " --threads {threads} --device cpu --params {params.settings:q} > {log} 2>&1"


rule umap:
    input:
        data=layout.PREPARED["data"],
        perturbed=layout.PERTURBED,
        models=[
            layout.fill(layout.TRAINED["model"], method=method, seed=FIRST_SEED)
            for method in STUDY_METHODS
        ],
    output:
        directory(layout.UMAP_DIR),
    log:
        layout.log("umap", "setting"),
    benchmark:
        layout.benchmark("umap", "setting")
    priority: PRIORITY_LONG
    threads: 1
    params:
        usage=layout.usage("umap", "setting"),
        data_dir=lambda wc, input: os.path.dirname(input.data),
        runs_dir=lambda wc: layout.RUNS_DIR.format(**wc),
        settings=as_json(umap_settings(config)),
    shell:
        "advaug umap --usage {params.usage} --runs-dir {params.runs_dir} --data {params.data_dir} --perturbed {input.perturbed}"
        " --out-dir {output} --params {params.settings:q} > {log} 2>&1"
