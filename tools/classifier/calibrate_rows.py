#!/usr/bin/env python3
"""Calibrating a model file that Python cannot run (an int8 ONNX conversion) on the validation split held out of TRAIN:

  calibrate_rows.py write <datasets dir> <rows.jsonl> [--seed 13 --instr 600 --multi 300 --addr 300 --gettext 800]
      writes the validation texts exactly as train_minilm.py / train_student.py build them (data.split with the seed,
      augmented with seed + 1), one JSON row each: text, label, and a source that gives SecureKernel.Eval --rows the
      text's origin ("bipia/validation/..." is scanned as Retrieved, "validation/..." as User)
  calibrate_rows.py threshold <training.json> <scores.jsonl> [<reference scores.jsonl>] [--target-fpr 0.01]
      sets training.json's threshold to the lowest score with validation FPR <= target (train_student.threshold_at_fpr),
      from SecureKernel.Eval --scores-out of those rows; given the float model's scores of the same rows, also records
      the largest probability difference between the two files (what the int8 conversion moved)

Only TRAIN rows are read; no text is written anywhere but <rows.jsonl>.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
import train_student as ts  # noqa: E402
from metrics import auc  # noqa: E402


def write(a):
    pool, _ = ts.training_pool(a.datasets, a.seed, a.gettext, a.code, a.docs)
    _, val_rows = data.split(pool, a.seed)
    va = ts.validation_texts(val_rows, a.seed, a.instr, 0, a.multi, ts.planting(False, False, False, True), a.addr)
    with open(a.rows, "w", encoding="utf-8") as f:
        for i, (text, label, origin) in enumerate(va):
            f.write(json.dumps({"text": text, "label": label, "source": f"{'bipia/' if origin else ''}validation/{i}"}) + "\n")
    print(f"{len(va)} validation rows ({sum(v[1] for v in va)} attacks) -> {a.rows}")


def threshold(a):
    rows = [json.loads(line) for line in open(a.scores)]
    scores, labels = [r["score"] for r in rows], [r["label"] for r in rows]
    thr, tp, fp = ts.threshold_at_fpr(scores, labels, a.target_fpr)
    info = json.load(open(a.training))
    info["float_threshold"] = info.get("float_threshold", info["threshold"])
    info.update(threshold=thr, val_tpr=round(tp, 4), val_fpr=round(fp, 4), val_auc_runtime=round(auc(scores, labels), 4))
    if a.reference:
        ref = [json.loads(line) for line in open(a.reference)]
        if [r["source"] for r in ref] != [r["source"] for r in rows]:
            sys.exit("the reference scores are of other rows")
        info["int8_max_probability_difference"] = round(max(abs(x["score"] - y["score"]) for x, y in zip(ref, rows)), 4)
        info["int8_verdicts_changed_at_float_threshold"] = sum((x["score"] >= info["float_threshold"]) != (y["score"] >= info["float_threshold"]) for x, y in zip(ref, rows))
    json.dump(info, open(a.training, "w"), indent=2)
    print(json.dumps({k: info.get(k) for k in ("threshold", "float_threshold", "val_tpr", "val_fpr", "val_auc_runtime",
                                                "int8_max_probability_difference", "int8_verdicts_changed_at_float_threshold")}))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("datasets")
    w.add_argument("rows")
    w.add_argument("--seed", type=int, default=13)
    w.add_argument("--instr", type=int, default=600)
    w.add_argument("--multi", type=int, default=300)
    w.add_argument("--addr", type=int, default=300)
    w.add_argument("--gettext", type=int, default=800)
    w.add_argument("--code", type=int, default=0)
    w.add_argument("--docs", type=int, default=0)
    t = sub.add_parser("threshold")
    t.add_argument("training")
    t.add_argument("scores")
    t.add_argument("reference", nargs="?")
    t.add_argument("--target-fpr", type=float, default=0.01)
    a = ap.parse_args()
    write(a) if a.cmd == "write" else threshold(a)


if __name__ == "__main__":
    main()
