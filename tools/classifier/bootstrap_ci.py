"""How far an evaluation slice's figure could move by chance: 95 % intervals for the figures the README reports.

usage: python3 tools/classifier/bootstrap_ci.py SCORES.jsonl [--resamples 2000] [--seed 7]

SCORES.jsonl is `SecureKernel.Eval --scores-out` (one row per scanned text: slice, source, label, score, flagged). Per
slice with both labels: ROC AUC and its percentile bootstrap interval, resampling attacks and benign rows separately (each
slice keeps its counts). Per slice of benign rows only (NotInject): the accuracy at the threshold (share not flagged) with a
Wilson score interval. Rows are treated as independent; in BIPIA-test many rows share a context (the same e-mail with and
without an inserted attack), so the true uncertainty is larger than these intervals. Reads nothing but the scores file:
computing an interval is not tuning, and nothing here picks a threshold or a model.
"""
import argparse
import json
import math
import random
from collections import defaultdict

from metrics import auc


def wilson(k, n, z=1.96):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scores")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    slices = defaultdict(list)
    with open(args.scores, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            slices[r["slice"]].append(r)
    rnd = random.Random(args.seed)
    out = {}
    for name, rows in sorted(slices.items()):
        pos = [r["score"] for r in rows if r["label"] == 1]
        neg = [r["score"] for r in rows if r["label"] == 0]
        if pos and neg:
            point = auc(pos + neg, [1] * len(pos) + [0] * len(neg))
            draws = []
            for _ in range(args.resamples):
                p = [rnd.choice(pos) for _ in pos]
                n = [rnd.choice(neg) for _ in neg]
                draws.append(auc(p + n, [1] * len(p) + [0] * len(n)))
            draws.sort()
            lo, hi = draws[int(0.025 * len(draws))], draws[int(0.975 * len(draws)) - 1]
            out[name] = {"attacks": len(pos), "benign": len(neg), "auc": round(point, 4), "auc_95": [round(lo, 4), round(hi, 4)]}
        elif neg:
            ok = sum(1 for r in rows if not r["flagged"])
            lo, hi = wilson(ok, len(rows))
            out[name] = {"benign": len(rows), "accuracy": round(ok / len(rows), 4), "accuracy_95": [round(lo, 4), round(hi, 4)]}
    print(json.dumps({"resamples": args.resamples, "seed": args.seed, "slices": out}, indent=1))


if __name__ == "__main__":
    main()
