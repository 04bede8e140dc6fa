"""Proxy AUC (TRAIN-only folds) of detector combinations: the CNN seed ensemble's fold members (logits averaged), a
second model's scores of the same rows (train_minilm.py --proxy-holdout --proxy-deepset, scored with SecureKernel.Eval
--rows), the rule detector's, and their combinations as EnsemblePolicy.Calibrated combines them (each detector's threshold
mapped to 0.5, max). BIPIA-train held-out categories and deepset-train's held-out third reported apart.

usage: proxy_combine.py <cnn proxy dir> <fold> <minilm scores.jsonl> <minilm threshold>
  <cnn proxy dir>: proxy_ensemble.py's work dir with the CNN members' as13/as14/as15-f<fold> scores and models, and
  rules-f<fold>.scores.jsonl (SecureKernel.Eval --rules-only on the same proxy rows)
"""
import json
import math
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import auc  # noqa: E402

RULES_THRESHOLD = 0.25  # RuleInjectionDetectorOptions.DefaultThreshold


def load(path):
    return [json.loads(line) for line in open(path)]


def logit(p):
    p = min(max(p, 1e-7), 1 - 1e-7)
    return math.log(p / (1 - p))


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def cal(s, t):
    """EnsembleInjectionDetector.Calibrate: the detector's threshold t maps to 0.5, piecewise linear."""
    return 0.5 * s / t if s < t else 0.5 + 0.5 * (s - t) / (1 - t)


class Fold:
    """One proxy fold's rows scored by the CNN members (averaged in logit space, their thresholds likewise), the rules and
    the second model; kind is 'bipia' or 'deepset' per row."""

    def __init__(self, work, fold, second_scores):
        members = [load(f"{work}/as{s}-f{fold}.scores.jsonl") for s in (13, 14, 15)]
        thresholds = [json.load(open(f"{work}/m/as{s}-f{fold}/manifest.json"))["threshold"] for s in (13, 14, 15)]
        self.cnn_threshold = sigmoid(statistics.mean(logit(x) for x in thresholds))
        self.rules = load(f"{work}/rules-f{fold}.scores.jsonl")
        self.second = load(second_scores)
        self.n = len(self.rules)
        if any(self.rules[i]["source"] != self.second[i]["source"] for i in range(self.n)):
            sys.exit("the second model scored other rows")
        self.cnn = [sigmoid(statistics.mean(logit(m[i]["score"]) for m in members)) for i in range(self.n)]
        self.y = [r["label"] for r in self.rules]
        self.kind = ["deepset" if "/deepset" in r["source"] else "bipia" for r in self.rules]

    def aucs(self, scores):
        """(BIPIA held-out AUC, deepset-train held-out AUC)."""
        return tuple(auc([scores[i] for i in range(self.n) if self.kind[i] == part], [self.y[i] for i in range(self.n) if self.kind[i] == part])
                     for part in ("bipia", "deepset"))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    f = int(sys.argv[2])
    d, mthr = Fold(sys.argv[1], f, sys.argv[3]), float(sys.argv[4])
    cnn, mm, rules, ct = d.cnn, d.second, d.rules, d.cnn_threshold
    conf = {
        'cnn ensemble (3.0.0 recipe)': lambda i: cnn[i],
        'minilm': lambda i: mm[i]['score'],
        'rules+cnn (max calibrated, as apps run)': lambda i: max(cal(cnn[i], ct), cal(rules[i]['score'], RULES_THRESHOLD)),
        'rules+minilm (max calibrated)': lambda i: max(cal(mm[i]['score'], mthr), cal(rules[i]['score'], RULES_THRESHOLD)),
        'cnn+minilm logits averaged': lambda i: (logit(cnn[i]) + logit(mm[i]['score'])) / 2,
        'cnn+minilm (max calibrated)': lambda i: max(cal(cnn[i], ct), cal(mm[i]['score'], mthr)),
        'cnn+minilm (mean of probabilities)': lambda i: (cnn[i] + mm[i]['score']) / 2,
        'cnn+minilm (mean of calibrated)': lambda i: (cal(cnn[i], ct) + cal(mm[i]['score'], mthr)) / 2,
        'rules+cnn+minilm (max calibrated)': lambda i: max(cal(cnn[i], ct), cal(mm[i]['score'], mthr), cal(rules[i]['score'], RULES_THRESHOLD)),
        # EnsembleInjectionDetector.WithRules: the models' calibrated scores averaged (CalibratedMean), then the max with the rules
        'rules + mean(cnn,minilm) (as apps run)': lambda i: max(cal(rules[i]['score'], RULES_THRESHOLD), (cal(cnn[i], ct) + cal(mm[i]['score'], mthr)) / 2),
    }
    for k, fn in conf.items():
        s = [fn(i) for i in range(d.n)]
        out = d.aucs(s)
        kinds = {}
        for kk in ('email', 'table', 'code'):
            idx = [i for i in range(d.n) if f'/bipia/{kk}/' in rules[i]['source']]
            kinds[kk] = round(auc([s[i] for i in idx], [d.y[i] for i in idx]), 3)
        ben = [i for i in range(d.n) if d.y[i] == 0]
        fpr = sum(s[i] >= 0.5 for i in ben) / len(ben) if k.startswith('rules') else float('nan')  # 0.5 = the ensemble's threshold
        print(f"fold {f} {k:42s} BIPIA {out[0]:.4f} deepset {out[1]:.4f} {kinds} benign flagged at 0.5: {fpr:.4f}")


if __name__ == "__main__":
    main()
