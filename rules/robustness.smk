        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
v        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
z        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
P        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
T        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
B        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
D        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
F        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
N        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
C        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
P        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
T        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
B        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
D        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
N        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
V        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
1        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
j        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
v        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
v        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
q        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
>        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
2        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
>        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
&        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
1        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
z        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
P        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
T        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
B        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
D        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
x        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
N        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
D        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
I        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
0        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
+        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
T        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
x        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
M        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
A        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
P        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
F        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
I        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
G        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
U        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
R        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
S        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
T        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
/        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
E        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
N        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
V        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
1        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
f        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
=        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
w        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
c        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
(        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
[        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
0        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
]        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
)        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
,        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
h        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
v        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
:        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
q        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
n        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
b        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
e        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
-        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
p        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
a        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
m        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
s        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
.        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
u        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
t        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
_        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
d        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
i        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
r        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
>        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
{        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
l        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
o        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
g        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
}        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
         models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
2        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
>        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
&        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
1        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
"        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),

        models=expand(
            os.path.join(RUN_DIR.replace("{seed}", str(config["seeds"][0])), "model.pt"),
            method=config["methods"],
            allow_missing=True,
        ),
