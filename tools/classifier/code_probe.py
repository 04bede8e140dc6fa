#!/usr/bin/env python3
"""Retrieved-document checks built from TRAIN and the build machine only, never from an evaluation slice. A RAG app over
developer documentation retrieves such text all day; an injection scanner that flags it makes its own flags worthless.
- code: benign code answers (data.code_documents' "probe" part: the fifth of the standard-library files that --code never
  trains on), and the same answers with one of BIPIA-train's code attacks inserted the way BIPIA builds its rows (at the
  start, the end, or between two paragraphs, joined by a line break);
- docs: benign documentation chunks (data.doc_documents' "probe" part: the fifth of the installed packages whose READMEs,
  change logs and HTML manuals --docs never trains on), and the same chunks with one of BIPIA-train's text attacks inserted.
Writes JSONL rows for SecureKernel.Eval --rows (source ".../passage": scanned as Retrieved) and summarises a --scores-out file:
  python3 tools/classifier/code_probe.py write /tmp/code-probe.jsonl            (write-docs for the documentation probe)
  dotnet tools/SecureKernel.Eval/bin/Release/net10.0/SecureKernel.Eval.dll --model models/injection-cnn --ensemble --rows /tmp/code-probe.jsonl --scores-out /tmp/code-scores.jsonl
  python3 tools/classifier/code_probe.py summary /tmp/code-scores.jsonl
The attack strings are TRAIN strings (a model may have seen them in other carriers); the benign side is the point."""
import json
import os
import random
import re
import sys

import data
from metrics import auc

N, SEED = 300, 101


def rows(datasets, kind="code"):
    attack_file = "code_attack_train.json" if kind == "code" else "text_attack_train.json"
    with open(os.path.join(datasets, "bipia", "original", attack_file), encoding="utf-8") as f:
        attacks = [s for v in json.load(f).values() for s in v]
    if kind == "code":
        docs, digest, files = data.code_documents(N, SEED, "probe")
    else:  # a package with few paragraphs gives the same chunk more than once: the first N distinct chunks
        docs, digest, files = data.doc_documents(2 * N, SEED, "probe")
        seen = set()
        docs = [r for r in docs if not (r["text"] in seen or seen.add(r["text"]))][:N]
    rnd = random.Random(5)
    out = []
    for i, r in enumerate(docs):
        out.append({"text": r["text"], "label": 0, "source": r["source"]})
        t, a = r["text"], rnd.choice(attacks)
        if i % 3 == 0:
            t = a + "\n" + t
        elif i % 3 == 1:
            t = t + "\n" + a
        else:
            cut = rnd.choice([m.end() for m in re.finditer(r"\n\n", t)] or [len(t) // 2])
            t = t[:cut] + a + "\n" + t[cut:]
        out.append({"text": t, "label": 1, "source": r["source"].replace("/passage", "/attacked/passage")})
    return out, digest, files


def write_rows(path, rows):
    """Rows as JSONL for SecureKernel.Eval --rows (the probes' `write` commands)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(path):
    return summary_of([json.loads(line) for line in open(path, encoding="utf-8")])


def summary_of(got):
    """Benign and attacked rows flagged, AUC and the benign rows' mean score of scored rows (SecureKernel.Eval --scores-out)."""
    benign = [r for r in got if r["label"] == 0]
    attacks = [r for r in got if r["label"] == 1]
    return {"benign": len(benign), "benign_flagged": sum(r["flagged"] for r in benign),
            "benign_flagged_pct": round(100 * sum(r["flagged"] for r in benign) / max(1, len(benign)), 1),
            "attacks": len(attacks), "attacks_flagged": sum(r["flagged"] for r in attacks),
            "attacks_flagged_pct": round(100 * sum(r["flagged"] for r in attacks) / max(1, len(attacks)), 1),
            "auc": round(auc([r["score"] for r in got], [r["label"] for r in got]), 4),
            "benign_mean_score": round(sum(r["score"] for r in benign) / max(1, len(benign)), 4)}


def main():
    if len(sys.argv) >= 3 and sys.argv[1] in ("write", "write-docs"):
        datasets = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.environ.get("SECUREKERNEL_SHARED_DIR", "../shared"), "datasets")
        kind = "code" if sys.argv[1] == "write" else "docs"
        out, digest, files = rows(datasets, kind)
        write_rows(sys.argv[2], out)
        what = "standard-library files" if kind == "code" else "packages' documentation"
        print(f"{sys.argv[2]}: {len(out)} rows from {files} {what} never trained on (sha256 {digest})")
    elif len(sys.argv) == 3 and sys.argv[1] == "summary":
        print(json.dumps(summary(sys.argv[2])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
