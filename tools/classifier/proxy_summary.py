"""Summarises a proxy_cv.sh run: the held-out (category- and context-disjoint) BIPIA-train AUC of each fold after the last
epoch, per context kind, and the mean over folds, as JSON.

usage: /usr/bin/python3 tools/classifier/proxy_summary.py <out dir>/<name> [the train_student.py options used]
"""
import json
import os
import statistics
import sys


def main():
    prefix = sys.argv[1]
    folds = []
    for f in range(3):
        p = f"{prefix}-f{f}/training.json"
        if not os.path.exists(p):
            sys.exit(f"{p} is missing: fold {f} did not finish (see {prefix}-f{f}.log)")
        last = json.load(open(p))["epoch_log"][-1]
        folds.append({k: v for k, v in last.items() if k.startswith("proxy_")} | {"fold": f})
    out = {"name": os.path.basename(prefix), "options": " ".join(sys.argv[2:]), "folds": folds,
           "mean_proxy_auc": round(statistics.mean(f["proxy_auc"] for f in folds), 4)}
    if all("proxy_deepset_auc" in f for f in folds):
        out["mean_proxy_deepset_auc"] = round(statistics.mean(f["proxy_deepset_auc"] for f in folds), 4)
    for kind in ("email", "table", "code"):
        out["mean_proxy_auc_" + kind] = round(statistics.mean(f["proxy_auc_" + kind] for f in folds), 4)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
