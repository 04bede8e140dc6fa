"""Static int8 quantization of the bundled student (a fused seed ensemble, tools/classifier/seed_ensemble.py) in ONNX's QDQ
form, which ONNX Runtime's CPU provider fuses into QLinearConv (uint8 activations x int8 per-channel weights, int32
accumulation):

- the embedding table: int8, one scale per column (dequantized right after the Gather);
- both convolutions: weights int8 with one scale per output channel, bias int32 at (input scale x weight scale), the input
  and output activations uint8 with one scale and zero point each, calibrated on TRAIN windows (never an evaluation slice):
  the first convolution's input range is the embedding table's own, the others the min/max seen over the calibration windows;
- the heads stay float (0.3 % of the multiply-adds).

The model is rebuilt in PyTorch from the ONNX initializers (checked against its recorded reference logits) to record the
activation ranges; the quantized graph is the original with QuantizeLinear/DequantizeLinear pairs inserted, so inputs,
outputs, threshold and tokenizer are unchanged. Writes model.onnx, spm.model and training.json (the float model's, plus a
"quantization" record with the ranges and the float-vs-simulated-int8 logit difference) into the output folder;
package_model.py then writes the manifest.

usage: /usr/bin/python3 tools/classifier/quantize_student.py --datasets ../shared/datasets --model models/injection-cnn --out DIR
       [--texts 600]
"""
import argparse
import json
import os
import random
import shutil
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

sys.path.insert(0, os.path.dirname(__file__))
import quantize  # noqa: E402
import seed_ensemble  # noqa: E402
import train_student as ts  # noqa: E402


def rebuild(model_dir, info):
    """The fused ensemble with the shipped weights, checked against the reference logits of training.json."""
    inits = {i.name: torch.tensor(numpy_helper.to_array(i)) for i in onnx.load(os.path.join(model_dir, "model.onnx")).graph.initializer}
    k, dim = inits["fc_w"].shape[0], inits["conv1.weight"].shape[1]
    fused = seed_ensemble.FusedSeedEnsemble.__new__(seed_ensemble.FusedSeedEnsemble)
    torch.nn.Module.__init__(fused)
    fused.k, fused.dim, fused.origin_input = k, dim, bool(info.get("origin_input"))
    fused.emb = torch.nn.Embedding.from_pretrained(inits["emb.weight"], freeze=True)
    fused.conv1 = torch.nn.Conv1d(k * dim, k * dim, 3, padding=1, groups=k)
    fused.conv2 = torch.nn.Conv1d(k * dim, k * dim, 3, padding=2, dilation=2, groups=k)
    fused.fc_w, fused.fc_b = torch.nn.Parameter(inits["fc_w"]), torch.nn.Parameter(inits["fc_b"])
    fused.out_w, fused.out_b = torch.nn.Parameter(inits["out_w"]), torch.nn.Parameter(inits["out_b"])
    fused.register_buffer("scale", inits["scale"])
    with torch.no_grad():
        for name in ("conv1", "conv2"):
            getattr(fused, name).weight.copy_(inits[f"{name}.weight"])
            getattr(fused, name).bias.copy_(inits[f"{name}.bias"])
    fused.eval()
    got = fused(*reference_inputs(info)).detach().numpy()
    if not np.allclose(got, np.array(info["reference_logits"]), atol=1e-4):
        sys.exit(f"the rebuilt model does not reproduce the reference logits ({got.tolist()} vs {info['reference_logits']})")
    return fused


def reference_inputs(info):
    args = [torch.tensor(info["reference_input_ids"]), torch.tensor(info["reference_attention_mask"])]
    if info.get("origin_input"):
        args.append(torch.tensor(info["reference_origin"]))
    return args


def calibration_windows(datasets, info, n_texts):
    """Windows of `n_texts` TRAIN texts (the training split of the float model's own seed; gettext documents included),
    tokenized as the runtime does, with the origin each row's source implies."""
    import sentencepiece
    sp = sentencepiece.SentencePieceProcessor(model_file=os.path.join(a.model, "spm.model"))
    pool = ts.pool_of(datasets, info)
    train_rows, _ = ts.data.split(pool, info["seed"])
    rows = random.Random(info["seed"]).sample(train_rows, min(n_texts, len(train_rows)))
    wins, origins = [], []
    for r in rows:
        for w in ts.windows(ts.encode(sp, r["text"]), info["max_len"], info["stride"]):
            wins.append(w)
            origins.append(float(ts.data.origin_of(r["source"])))
    return wins, origins


def u8_params(lo, hi):
    """Scale and zero point mapping [lo, hi] (widened to hold 0) onto 0..255."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    scale = max(hi - lo, 1e-8) / 255.0
    return float(scale), int(np.clip(round(-lo / scale), 0, 255))


def fake_quant(x, scale, zp):
    return (torch.clamp(torch.round(x / scale) + zp, 0, 255) - zp) * scale


def simulate(fused, q, input_ids, attention_mask, origin=None):
    """The int8 graph's arithmetic in float: what ONNX Runtime computes, up to its requantization rounding."""
    m = attention_mask.to(torch.float32).unsqueeze(1)
    emb = torch.tensor(q["emb_q"], dtype=torch.float32) * torch.tensor(q["emb_scale"])
    x = emb[input_ids].transpose(1, 2) * m
    for i, conv in ((1, fused.conv1), (2, fused.conv2)):
        xin = fake_quant(x, *q[f"conv{i}_in"])
        w = torch.tensor(q[f"conv{i}_wq"], dtype=torch.float32) * torch.tensor(q[f"conv{i}_wscale"]).reshape(-1, 1, 1)
        b = torch.tensor(q[f"conv{i}_bq"], dtype=torch.float32) * (q[f"conv{i}_in"][0] * torch.tensor(q[f"conv{i}_wscale"]))
        y = torch.nn.functional.conv1d(xin, w, b, padding=conv.padding, dilation=conv.dilation, groups=conv.groups)
        y = fake_quant(y, *q[f"conv{i}_out"])
        x = x + torch.nn.functional.gelu(y) * m
    h = (x + (1.0 - m) * seed_ensemble.student.NEG).max(dim=2).values
    h = h.reshape(h.shape[0], fused.k, fused.dim).transpose(0, 1)
    if fused.origin_input:
        h = torch.cat([h, origin.to(torch.float32).reshape(1, -1, 1).expand(fused.k, -1, 1)], dim=2)
    h = torch.nn.functional.gelu(torch.matmul(h, fused.fc_w) + fused.fc_b)
    return (torch.matmul(h, fused.out_w) + fused.out_b).sum(0) * fused.scale


def quantize_graph(src, dst, q):
    model = onnx.load(src)
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    drop = {"emb.weight", "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias"}

    def init(name, array):
        g.initializer.append(numpy_helper.from_array(array, name))

    nodes = []
    for n in g.node:
        if n.op_type == "Gather" and n.input[0] == "emb.weight":
            init("emb_q", q["emb_q"])
            init("emb_scale", q["emb_scale"].astype(np.float32))
            init("emb_zp", np.zeros(q["emb_scale"].shape, dtype=np.int8))
            out = n.output[0]
            nodes.append(helper.make_node("Gather", ["emb_q", n.input[1]], [out + "_q"], name=n.name, axis=0))
            nodes.append(helper.make_node("DequantizeLinear", [out + "_q", "emb_scale", "emb_zp"], [out], name=n.name + "_dq", axis=2))
            continue
        if n.op_type == "Conv" and n.input[1] in ("conv1.weight", "conv2.weight"):
            c = n.input[1].split(".")[0]
            (si, zi), (so, zo) = q[f"{c}_in"], q[f"{c}_out"]
            init(f"{c}_in_scale", np.array(si, dtype=np.float32))
            init(f"{c}_in_zp", np.array(zi, dtype=np.uint8))
            init(f"{c}_out_scale", np.array(so, dtype=np.float32))
            init(f"{c}_out_zp", np.array(zo, dtype=np.uint8))
            init(f"{c}_wq", q[f"{c}_wq"])
            init(f"{c}_wscale", q[f"{c}_wscale"].astype(np.float32))
            init(f"{c}_wzp", np.zeros(q[f"{c}_wscale"].shape, dtype=np.int8))
            init(f"{c}_bq", q[f"{c}_bq"])
            init(f"{c}_bscale", (si * q[f"{c}_wscale"]).astype(np.float32))
            init(f"{c}_bzp", np.zeros(q[f"{c}_wscale"].shape, dtype=np.int32))
            x, y = n.input[0], n.output[0]
            nodes += [
                helper.make_node("QuantizeLinear", [x, f"{c}_in_scale", f"{c}_in_zp"], [f"{c}_xq"], name=f"{c}_qx"),
                helper.make_node("DequantizeLinear", [f"{c}_xq", f"{c}_in_scale", f"{c}_in_zp"], [f"{c}_xdq"], name=f"{c}_dqx"),
                helper.make_node("DequantizeLinear", [f"{c}_wq", f"{c}_wscale", f"{c}_wzp"], [f"{c}_wdq"], name=f"{c}_dqw", axis=0),
                helper.make_node("DequantizeLinear", [f"{c}_bq", f"{c}_bscale", f"{c}_bzp"], [f"{c}_bdq"], name=f"{c}_dqb", axis=0),
            ]
            conv = helper.make_node("Conv", [f"{c}_xdq", f"{c}_wdq", f"{c}_bdq"], [f"{c}_yf"], name=n.name)
            conv.attribute.extend(n.attribute)
            nodes += [
                conv,
                helper.make_node("QuantizeLinear", [f"{c}_yf", f"{c}_out_scale", f"{c}_out_zp"], [f"{c}_yq"], name=f"{c}_qy"),
                helper.make_node("DequantizeLinear", [f"{c}_yq", f"{c}_out_scale", f"{c}_out_zp"], [y], name=f"{c}_dqy"),
            ]
            continue
        nodes.append(n)
    quantize.save_rewritten(model, nodes, drop, dst)
    return sum(len(inits[d].raw_data) for d in drop if d in inits)


def main():
    global a
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--texts", type=int, default=600)
    a = ap.parse_args()
    torch.set_num_threads(2)
    info = json.load(open(os.path.join(a.model, "training.json")))
    fused = rebuild(a.model, info)
    wins, origins = calibration_windows(a.datasets, info, a.texts)

    # activation ranges over the calibration windows
    ranges = {}

    def hook(name):
        def record(_, inputs, output):
            for key, t in ((name + "_in", inputs[0]), (name + "_out", output)):
                lo, hi = float(t.min()), float(t.max())
                old = ranges.get(key, (lo, hi))
                ranges[key] = (min(lo, old[0]), max(hi, old[1]))
        return record

    handles = [fused.conv1.register_forward_hook(hook("conv1")), fused.conv2.register_forward_hook(hook("conv2"))]
    float_logits = []
    with torch.no_grad():
        for s in range(0, len(wins), 128):
            x, m = ts.pad(wins[s: s + 128])
            o = torch.tensor(origins[s: s + 128]) if fused.origin_input else None
            float_logits.append(fused(x, m, o) if o is not None else fused(x, m))
    for h in handles:
        h.remove()

    emb = fused.emb.weight.detach().numpy()
    emb_q, emb_scale = quantize.symmetric_int8(emb, 1)
    q = {"emb_q": emb_q, "emb_scale": emb_scale}
    # the first convolution sees embedding rows times the mask: the table's own range covers every token
    ranges["conv1_in"] = (float(emb.min()), float(emb.max()))
    for c in ("conv1", "conv2"):
        conv = getattr(fused, c)
        w = conv.weight.detach().numpy()
        q[f"{c}_in"] = u8_params(*ranges[f"{c}_in"])
        q[f"{c}_out"] = u8_params(*ranges[f"{c}_out"])
        q[f"{c}_wq"], wscale = quantize.symmetric_int8(w, 0)
        q[f"{c}_wscale"] = wscale
        q[f"{c}_bq"] = np.round(conv.bias.detach().numpy() / (q[f"{c}_in"][0] * wscale)).astype(np.int32)

    sim_logits = []
    with torch.no_grad():
        for s in range(0, len(wins), 128):
            x, m = ts.pad(wins[s: s + 128])
            o = torch.tensor(origins[s: s + 128]) if fused.origin_input else None
            sim_logits.append(simulate(fused, q, x, m, o))
    fl, sl = torch.cat(float_logits), torch.cat(sim_logits)
    fp = torch.softmax(fl, -1)[:, 1]
    sp_ = torch.softmax(sl, -1)[:, 1]
    thr = info["threshold"]
    flips = int(((fp >= thr) != (sp_ >= thr)).sum())
    print(f"{len(wins)} calibration windows: max |logit float - int8 (simulated)| {float((fl - sl).abs().max()):.4f}, "
          f"max |probability diff| {float((fp - sp_).abs().max()):.4f}, verdicts flipped at the threshold {flips}", flush=True)

    os.makedirs(a.out, exist_ok=True)
    saved = quantize_graph(os.path.join(a.model, "model.onnx"), os.path.join(a.out, "model.onnx"), q)
    shutil.copy(os.path.join(a.model, "spm.model"), os.path.join(a.out, "spm.model"))
    with torch.no_grad():
        ref = simulate(fused, q, *reference_inputs(info)).tolist()
    out = dict(info)
    out["reference_logits"] = ref
    out["quantization"] = {
        "method": "static int8, ONNX QDQ: embedding int8 per column; conv weights int8 per output channel, bias int32, activations "
                  "uint8 per tensor calibrated on TRAIN windows; heads float",
        "source_model_sha256": __import__("hashlib").sha256(open(os.path.join(a.model, "model.onnx"), "rb").read()).hexdigest(),
        "calibration_texts": a.texts, "calibration_windows": len(wins),
        "ranges": {k: [round(v[0], 6), round(v[1], 6)] for k, v in sorted(ranges.items())},
        "max_abs_logit_diff_simulated": round(float((fl - sl).abs().max()), 5),
        "max_abs_probability_diff_simulated": round(float((fp - sp_).abs().max()), 5),
        "verdicts_flipped_simulated": flips,
        "float_bytes_replaced": saved,
        "reference_logits_note": "reference_logits are the simulated int8 arithmetic (ONNX Runtime's requantization may round differently)",
    }
    json.dump(out, open(os.path.join(a.out, "training.json"), "w"), indent=2)
    print(json.dumps(out["quantization"]), flush=True)


if __name__ == "__main__":
    main()
