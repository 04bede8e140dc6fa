"""Joins students trained with one recipe and --seed but different --train-seed (a seed ensemble) into one ONNX graph whose
logits are the mean of the members' logits, then refits the temperature and calibrates the threshold on the members' shared
validation split (held out of TRAIN, as for one student), and writes training.json beside model.onnx and spm.model.

Members differ only in their weight initialisation and their epochs' augmented corpora, so their errors are partly
independent and averaging them lowers the variance a single run has (one run's proxy AUC moves 0.01-0.02 from epoch to
epoch). The graph keeps the student's inputs and outputs (`input_ids`, `attention_mask`[, `origin`] -> `logits`), so the C#
runtime loads it like any student.

usage: /usr/bin/python3 tools/classifier/seed_ensemble.py --datasets ../shared/datasets --out <dir> <member dir> <member dir> [...]
(tools/classifier/build_ensemble.sh trains the members and runs this)
"""
import argparse
import json
import os
import shutil
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(__file__))
import student  # noqa: E402
import train_student as ts  # noqa: E402
from metrics import auc  # noqa: E402

# training.json keys that define the recipe: members must agree on all of them (train_seed and the results may differ)
RECIPE = ["seed", "epochs", "batch", "lr", "emb_lr", "dim", "hidden", "layers", "mean_pool", "context", "max_len", "stride",
          "train_max_tokens", "augment_scale", "instr", "instr_no_code", "instr_no_deepset", "instr_english_deepset", "reader",
          "multi", "addr", "origin_input", "gettext", "code", "docs", "proxy_holdout", "proxy_deepset", "package_sha256", "teacher", "corpora", "distill"]


def load_member(path, info):
    """The member's folded student, rebuilt from its ONNX initializers (named after the PyTorch state dict), checked against
    the reference logits its training run recorded."""
    m = student.Student(np.zeros((8002, 256), dtype=np.float32), info["dim"], info["hidden"], layers=info["layers"],
                        mean_pool=info["mean_pool"], context=info["context"], origin_input=bool(info.get("origin_input")))
    m.fold()
    weights = {i.name: torch.tensor(numpy_helper.to_array(i)) for i in onnx.load(os.path.join(path, "model.onnx")).graph.initializer}
    m.load_state_dict(weights)
    m.eval()
    args = [torch.tensor(info["reference_input_ids"]), torch.tensor(info["reference_attention_mask"])]
    if info.get("origin_input"):
        args.append(torch.tensor(info["reference_origin"]))
    with torch.no_grad():
        got = m(*args).numpy()
    if not np.allclose(got, np.array(info["reference_logits"]), atol=1e-4):
        sys.exit(f"{path}: the rebuilt member does not reproduce its reference logits ({got.tolist()} vs {info['reference_logits']})")
    return m


class SeedEnsemble(nn.Module):
    """Mean of the members' logits, divided by a temperature (folded into one multiply at export)."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)
        self.register_buffer("scale", torch.tensor(1.0 / len(members)))

    def forward(self, input_ids, attention_mask, origin=None):
        logits = [m(input_ids, attention_mask) if origin is None else m(input_ids, attention_mask, origin) for m in self.members]
        return torch.stack(logits, 0).sum(0) * self.scale


class FusedSeedEnsemble(nn.Module):
    """The same function as SeedEnsemble, laid out for inference: the members' embedding tables side by side (one Gather),
    their convolutions as grouped convolutions (one Conv per layer for all members), their heads as batched matrix products.
    For members with two conv layers, no context layer and no mean pool (the shipped student's shape)."""

    def __init__(self, members, scale):
        super().__init__()
        k = len(members)
        if any(m.conv3 is not None or m.ctx is not None or m.mean_pool or not m.folded for m in members):
            raise ValueError("FusedSeedEnsemble supports folded two-layer students without a context layer or mean pool")
        self.k, self.dim = k, members[0].conv1.in_channels
        self.origin_input = members[0].origin_input
        self.emb = nn.Embedding.from_pretrained(torch.cat([m.emb.weight for m in members], 1), freeze=True)
        self.conv1 = nn.Conv1d(k * self.dim, k * self.dim, 3, padding=1, groups=k)
        self.conv2 = nn.Conv1d(k * self.dim, k * self.dim, 3, padding=2, dilation=2, groups=k)
        with torch.no_grad():
            for conv, name in ((self.conv1, "conv1"), (self.conv2, "conv2")):
                conv.weight.copy_(torch.cat([getattr(m, name).weight for m in members], 0))
                conv.bias.copy_(torch.cat([getattr(m, name).bias for m in members], 0))
        # heads: [k, in, out] weights for batched matmuls
        self.fc_w = nn.Parameter(torch.stack([m.fc.weight.t() for m in members], 0).detach().clone())
        self.fc_b = nn.Parameter(torch.stack([m.fc.bias for m in members], 0).unsqueeze(1).detach().clone())
        self.out_w = nn.Parameter(torch.stack([m.out.weight.t() for m in members], 0).detach().clone())
        self.out_b = nn.Parameter(torch.stack([m.out.bias for m in members], 0).unsqueeze(1).detach().clone())
        self.register_buffer("scale", torch.tensor(float(scale)))

    def forward(self, input_ids, attention_mask, origin=None):
        m = attention_mask.to(torch.float32).unsqueeze(1)  # [B,1,T]
        x = self.emb(input_ids).transpose(1, 2) * m  # [B,k*D,T]
        x = x + F.gelu(self.conv1(x)) * m
        x = x + F.gelu(self.conv2(x)) * m
        h = (x + (1.0 - m) * student.NEG).max(dim=2).values  # [B,k*D]
        h = h.reshape(h.shape[0], self.k, self.dim).transpose(0, 1)  # [k,B,D]
        if self.origin_input:
            h = torch.cat([h, origin.to(torch.float32).reshape(1, -1, 1).expand(self.k, -1, 1)], dim=2)
        h = F.gelu(torch.matmul(h, self.fc_w) + self.fc_b)  # [k,B,H]
        logits = torch.matmul(h, self.out_w) + self.out_b  # [k,B,2]
        return logits.sum(0) * self.scale


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--target-fpr", type=float, default=0.01)
    ap.add_argument("members", nargs="+")
    a = ap.parse_args()
    if len(a.members) < 2:
        sys.exit("a seed ensemble needs at least two members")
    t0 = time.time()
    infos = [json.load(open(os.path.join(d, "training.json"))) for d in a.members]
    for d, info in zip(a.members[1:], infos[1:]):
        diff = [k for k in RECIPE if info.get(k) != infos[0].get(k)]
        if diff:
            sys.exit(f"{d}: not the same recipe as {a.members[0]} ({', '.join(diff)} differ)")
    seeds = [i.get("train_seed", i["seed"]) for i in infos]
    if len(set(seeds)) != len(seeds):
        sys.exit(f"members share a train seed ({seeds}): they would be the same model")
    base = infos[0]
    torch.set_num_threads(2)
    os.makedirs(a.out, exist_ok=True)
    use_spm = os.path.join(a.members[0], "spm.model")
    shutil.copy(use_spm, os.path.join(a.out, "spm.model"))
    import sentencepiece
    sp = sentencepiece.SentencePieceProcessor(model_file=use_spm)

    pool = ts.pool_of(a.datasets, base)
    _, val_rows = ts.data.split(pool, base["seed"])
    plant = ts.planting(base["instr_no_code"], base["instr_english_deepset"], base["instr_no_deepset"], bool(base.get("origin_input")))
    va_ids, va_y, va_o = ts.validation_set(sp, val_rows, base["seed"], base["instr"], base["reader"], base.get("multi", 0), plant, base.get("addr", 0))
    if len(va_y) != base["val_examples"]:
        sys.exit(f"the validation split has {len(va_y)} texts, the members saw {base['val_examples']}: datasets or catalogs differ")

    members = [load_member(d, i) for d, i in zip(a.members, infos)]
    win, stride = base["max_len"], base["stride"]
    member_val = []
    for m, s in zip(members, seeds):
        member_val.append({"train_seed": s, "val_auc": round(auc(list(ts.score_texts(m, va_ids, win, stride, origins=va_o)), va_y), 4)})
    model = SeedEnsemble(members).eval()
    temperature, val_nll = ts.fit_temperature(ts.margins(model, va_ids, win, stride, origins=va_o), va_y)
    model.scale /= temperature
    vs = ts.score_texts(model, va_ids, win, stride, origins=va_o)
    v_auc = auc(list(vs), va_y)
    thr, tp, fp = ts.threshold_at_fpr(vs, va_y, a.target_fpr)
    print(f"members {json.dumps(member_val)}; ensemble val AUC {v_auc:.4f}; temperature {temperature:.3f}; threshold {thr:.6f}: "
          f"val TPR {tp:.4f} FPR {fp:.4f}", flush=True)

    x = torch.tensor(base["reference_input_ids"])
    m = torch.tensor(base["reference_attention_mask"])
    origin = bool(base.get("origin_input"))
    inputs = (x, m, torch.tensor(base["reference_origin"])) if origin else (x, m)
    names = ["input_ids", "attention_mask"] + (["origin"] if origin else [])
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}, "logits": {0: "batch"}}
    if origin:
        axes["origin"] = {0: "batch"}
    # export the fused layout, after checking it computes the same logits on validation windows
    fused = FusedSeedEnsemble(members, float(model.scale)).eval()
    sample = [w for ids in va_ids[:256] for w in ts.windows(ids, win, stride)]
    xs, ms = ts.pad(sample)
    os_ = torch.tensor([float(i % 2) for i in range(len(sample))]) if origin else None
    with torch.no_grad():
        a_, b_ = (model(xs, ms, os_), fused(xs, ms, os_)) if origin else (model(xs, ms), fused(xs, ms))
    diff = float((a_ - b_).abs().max())
    if diff > 1e-3:
        sys.exit(f"the fused graph differs from the members' mean by {diff}")
    print(f"fused graph: max logit difference {diff:.2e} over {len(sample)} validation windows", flush=True)
    torch.onnx.export(fused, inputs, os.path.join(a.out, "model.onnx"), input_names=names, output_names=["logits"],
                      dynamic_axes=axes, opset_version=14, do_constant_folding=True)
    with torch.no_grad():
        ref = fused(*inputs).tolist()
    info = {k: v for k, v in base.items() if k not in ("train_seed", "epoch_log", "teacher_val", "train_seconds")}
    info.update({
        "architecture": f"seed ensemble of {len(members)} students ({base['architecture'].removeprefix('student: ')}), logits averaged",
        "ensemble": {"members": len(members), "train_seeds": seeds, "member_architecture": base["architecture"],
                     "member_parameters": base["parameters"], "member_val": member_val,
                     "member_epoch_logs": [i["epoch_log"] for i in infos]},
        "parameters": sum(p.numel() for p in fused.parameters()),
        "train_examples": sum(i["train_examples"] for i in infos),
        "threshold": thr, "temperature": round(temperature, 4), "val_log_loss": round(val_nll, 4),
        "val_auc": round(v_auc, 4), "val_tpr": round(tp, 4), "val_fpr": round(fp, 4),
        "teacher_val": base.get("teacher_val"),
        "train_seconds": round(sum(i["train_seconds"] for i in infos) + time.time() - t0, 1),
        "reference_logits": ref,
    })
    json.dump(info, open(os.path.join(a.out, "training.json"), "w"), indent=2)
    print(json.dumps({k: v for k, v in info.items() if k != "ensemble"}), flush=True)


if __name__ == "__main__":
    main()
