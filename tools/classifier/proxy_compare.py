"""Proxy-fold comparison of student recipes (TRAIN only): each configuration is one or more fold models' scores of the same
held-out proxy rows (SecureKernel.Eval --rows ... --scores-out; several models = a seed ensemble, logits averaged as
seed_ensemble.py averages them, thresholds likewise), reported alone and with the rule detector as apps combine them
(EnsemblePolicy.Calibrated: each threshold maps to 0.5, max), BIPIA-train's held-out categories and deepset-train's
held-out third apart, plus the share of held-out benign rows flagged at 0.5.

usage: proxy_compare.py <rules scores.jsonl> <out.json> name=scores.jsonl:model_dir[,scores.jsonl:model_dir...] ...
  rules scores: SecureKernel.Eval --rules-only on the same proxy rows (proxy_rows.py writes them)
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import auc  # noqa: E402
from proxy_combine import RULES_THRESHOLD, cal, load, logit, sigmoid  # noqa: E402


def configuration(spec, sources):
    """(scores, threshold) of one configuration: its models' scores averaged in logit space, thresholds likewise."""
    members = []
    for part in spec.split(","):
        scores, model = part.rsplit(":", 1)
        rows = load(scores)
        if [r["source"] for r in rows] != sources:
            sys.exit(f"{scores}: not the rows the rules scored")
        members.append(([r["score"] for r in rows], json.load(open(os.path.join(model, "manifest.json")))["threshold"]))
    n = len(sources)
    s = [sigmoid(statistics.mean(logit(m[0][i]) for m in members)) for i in range(n)]
    return s, sigmoid(statistics.mean(logit(m[1]) for m in members))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rules = load(sys.argv[1])
    sources = [r["source"] for r in rules]
    y = [r["label"] for r in rules]
    kind = ["deepset" if "/deepset" in s else "bipia" for s in sources]
    benign = [i for i in range(len(y)) if y[i] == 0]

    def aucs(s):
        return {k: round(auc([s[i] for i in range(len(s)) if kind[i] == k], [y[i] for i in range(len(s)) if kind[i] == k]), 4)
                for k in ("bipia", "deepset")}

    out = []
    for arg in sys.argv[3:]:
        name, spec = arg.split("=", 1)
        s, thr = configuration(spec, sources)
        with_rules = [max(cal(rules[i]["score"], RULES_THRESHOLD), cal(s[i], thr)) for i in range(len(s))]
        rec = {"name": name, "models": spec.count(",") + 1, "threshold": round(thr, 6), "alone": aucs(s), "with_rules": aucs(with_rules),
               "benign_flagged_with_rules": round(sum(with_rules[i] >= 0.5 for i in benign) / len(benign), 4),
               "benign_flagged_alone": round(sum(s[i] >= thr for i in benign) / len(benign), 4), "benign": len(benign),
               "attacks": len(y) - len(benign)}
        out.append(rec)
        print(f"{name:34s} alone BIPIA {rec['alone']['bipia']:.4f} deepset {rec['alone']['deepset']:.4f} | with rules BIPIA "
              f"{rec['with_rules']['bipia']:.4f} deepset {rec['with_rules']['deepset']:.4f}, benign flagged {100 * rec['benign_flagged_with_rules']:.2f}%")
    json.dump(out, open(sys.argv[2], "w"), indent=2)


if __name__ == "__main__":
    main()
