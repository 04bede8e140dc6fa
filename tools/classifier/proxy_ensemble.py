#!/usr/bin/env python3
"""Proxy AUC of an ensemble of proxy_cv.sh runs: each fold's models (the <out dir>/<name>-f<k> folders proxy_cv.sh writes)
score that fold's held-out rows through the C# runtime (SecureKernel.Eval --rows), their logits are averaged, and the
summary is written in proxy_summary.py's format (per fold, mean, per context kind). Each member is also reported alone
(through the runtime, so within ~0.002 of its training log). TRAIN only: the rows come from proxy_rows.py.

usage: /usr/bin/python3 tools/classifier/proxy_ensemble.py <work dir> <datasets dir> <name> <out dir>/<run> [<out dir>/<run> ...]
  e.g. ... /tmp/ens ../shared/datasets "2.0.0 recipe + reader run, logits averaged" /tmp/cv/fixed /tmp/cv/fixed-reader
Needs the Release build of tools/SecureKernel.Eval.
"""
import hashlib
import json
import math
import os
import shutil
import statistics
import subprocess
import sys

from metrics import auc

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KINDS = ("email", "table", "code")


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def model_folder(run, fold, work):
    """A model folder the runtime accepts: the fold's model.onnx, spm.model and training.json, the shipped model's licence
    files, and a manifest with their hashes and the fold's own threshold."""
    src, dst = f"{run}-f{fold}", os.path.join(work, "m", f"{os.path.basename(run)}-f{fold}")
    os.makedirs(dst, exist_ok=True)
    shipped = os.path.join(REPO, "models", "injection-cnn")
    for n in ("model.onnx", "spm.model", "training.json"):
        shutil.copy(os.path.join(src, n), dst)
    for n in ("LICENSE", "NOTICE", "MODEL_CARD.md"):
        shutil.copy(os.path.join(shipped, n), dst)
    manifest = json.load(open(os.path.join(shipped, "manifest.json")))
    manifest["name"] = os.path.basename(dst)
    manifest["files"] = [{"path": f["path"], "sha256": sha(os.path.join(dst, f["path"]))} for f in manifest["files"]]
    manifest["threshold"] = json.load(open(os.path.join(dst, "training.json")))["threshold"]
    json.dump(manifest, open(os.path.join(dst, "manifest.json"), "w"), indent=2)
    return dst


def scores(run, fold, rows, work):
    out = os.path.join(work, f"{os.path.basename(run)}-f{fold}.scores.jsonl")
    if not os.path.exists(out):
        evaluator = os.path.join(REPO, "tools", "SecureKernel.Eval", "bin", "Release", "net10.0", "SecureKernel.Eval.dll")
        subprocess.run(["dotnet", evaluator, "--model", model_folder(run, fold, work), "--rows", rows, "--scores-out", out,
                        "--out", out + ".eval.json", "--threads", "2"], check=True, stdout=subprocess.DEVNULL)
    return [json.loads(line) for line in open(out)]


def logit(p):
    p = min(max(p, 1e-7), 1 - 1e-7)
    return math.log(p / (1 - p))


def fold_record(s, y, kinds, fold, flagged=None):
    """kinds: the BIPIA context kind of each row, or "deepset" for deepset-train rows (reported apart: proxy_deepset_auc)."""
    ds = [i for i, x in enumerate(kinds) if x == "deepset"]
    if ds:
        rec = fold_record([s[i] for i in range(len(s)) if kinds[i] != "deepset"], [y[i] for i in range(len(y)) if kinds[i] != "deepset"],
                          [x for x in kinds if x != "deepset"], fold,
                          None if flagged is None else [flagged[i] for i in range(len(y)) if kinds[i] != "deepset"])
        rec["proxy_deepset_auc"] = round(auc([s[i] for i in ds], [y[i] for i in ds]), 4)
        return rec
    rec = {"proxy_auc": round(auc(s, y), 4), "fold": fold}
    if flagged is not None:
        # at the member's own threshold (calibrated to 1% FPR on its in-distribution validation split)
        rec["fpr_at_threshold"] = round(sum(f for f, t in zip(flagged, y) if t == 0) / (len(y) - sum(y)), 4)
        rec["tpr_at_threshold"] = round(sum(f for f, t in zip(flagged, y) if t == 1) / sum(y), 4)
    for kind in KINDS:
        k = [i for i, x in enumerate(kinds) if x == kind]
        rec["proxy_auc_" + kind] = round(auc([s[i] for i in k], [y[i] for i in k]), 4)
    return rec


def summary(name, options, folds):
    out = {"name": name, "options": options, "folds": folds, "mean_proxy_auc": round(statistics.mean(f["proxy_auc"] for f in folds), 4)}
    if all("proxy_deepset_auc" in f for f in folds):
        out["mean_proxy_deepset_auc"] = round(statistics.mean(f["proxy_deepset_auc"] for f in folds), 4)
    for kind in KINDS:
        out["mean_proxy_auc_" + kind] = round(statistics.mean(f["proxy_auc_" + kind] for f in folds), 4)
    return out


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    work, datasets, name, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    os.makedirs(work, exist_ok=True)
    members = {r: [] for r in runs}
    # deepset-train rows only where every member held them out (train_student.py --proxy-deepset)
    deepset = all(json.load(open(f"{r}-f0/training.json")).get("proxy_deepset") for r in runs)
    folds = []
    for fold in range(3):
        rows = os.path.join(work, f"proxy{'-deepset' if deepset else ''}-f{fold}.jsonl")
        if not os.path.exists(rows):
            subprocess.run(["/usr/bin/python3", os.path.join(REPO, "tools", "classifier", "proxy_rows.py"), datasets, str(fold), rows]
                           + (["--deepset"] if deepset else []),
                           check=True, cwd=os.path.join(REPO, "tools", "classifier"), stdout=subprocess.DEVNULL)
        per = {r: scores(r, fold, rows, work) for r in runs}
        y = [x["label"] for x in per[runs[0]]]
        # rows:<file>/bipia/<kind>/... or rows:<file>/deepset/...
        kinds = [x["source"].split("/")[2] if x["source"].split("/")[1] == "bipia" else "deepset" for x in per[runs[0]]]
        for r in runs:
            if [x["label"] for x in per[r]] != y:
                sys.exit(f"{r}: fold {fold} scored other rows")
            members[r].append(fold_record([x["score"] for x in per[r]], y, kinds, fold, [bool(x["flagged"]) for x in per[r]]))
        mean_logit = [statistics.mean(logit(per[r][i]["score"]) for r in runs) for i in range(len(y))]
        folds.append(fold_record(mean_logit, y, kinds, fold))
    out = summary(name, "logits averaged: " + " + ".join(os.path.basename(r) for r in runs), folds)
    out["members"] = [summary(os.path.basename(r), "alone, through the runtime", members[r]) for r in runs]
    for m in out["members"]:
        m["mean_fpr_at_threshold"] = round(statistics.mean(f["fpr_at_threshold"] for f in m["folds"]), 4)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
