"""Would a cascade save the contextual model's CPU time? On a TRAIN-only proxy fold, injection-minilm scores a text only
when the rules + CNN calibrated score reaches a bound; prints the held-out AUCs and the share of benign BIPIA-train chunks
that would still go to it. Rows and scores as for proxy_combine.py.
usage: proxy_cascade.py <cnn proxy dir (proxy_combine.py's)> <fold> <minilm scores.jsonl> <minilm threshold>"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proxy_combine import RULES_THRESHOLD, Fold, cal  # noqa: E402


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    d, mthr = Fold(sys.argv[1], int(sys.argv[2]), sys.argv[3]), float(sys.argv[4])
    base = [max(cal(d.cnn[i], d.cnn_threshold), cal(d.rules[i]['score'], RULES_THRESHOLD)) for i in range(d.n)]
    full = [max(base[i], cal(d.second[i]['score'], mthr)) for i in range(d.n)]
    benign = [i for i in range(d.n) if d.kind[i] == 'bipia' and d.y[i] == 0]
    for lo in [0.0, 0.01, 0.02, 0.05, 0.1, 0.2]:
        out = d.aucs([full[i] if base[i] >= lo else base[i] for i in range(d.n)])
        frac = sum(base[i] >= lo for i in benign) / len(benign)
        print(f"run MiniLM when rules+CNN >= {lo:.2f}: BIPIA {out[0]:.4f} deepset {out[1]:.4f}; benign BIPIA chunks sent to MiniLM {frac:.1%}")


if __name__ == "__main__":
    main()
