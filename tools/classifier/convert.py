"""Converts USE-Lite (npm tarball) into (1) a frozen-encoder ONNX with input_ids/attention_mask -> embeddings and
(2) a SentencePiece model proto for Microsoft.ML.Tokenizers, and checks the port against reference values.

usage: /usr/bin/python3 tools/classifier/convert.py <package-dir> <out-dir>
"""
import hashlib
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import use_lite  # noqa: E402

# Reference embeddings of the package's own TF.js test snapshot (pretrained-encoder.md §3.4).
REF_FOX_FIRST5 = [0.008737, -0.064260, -0.023135, -0.043930, 0.010833]


def main():
    pkg, out = sys.argv[1], sys.argv[2]
    dist = os.path.join(pkg, "dist")
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    W = use_lite.load_weights(dist)
    enc = use_lite.UseLiteEncoder(W).eval()
    tok = use_lite.Tokenizer(os.path.join(dist, "vocab.json"))
    ids = tok.encode("the fox jumped over the lazy dog")
    with torch.no_grad():
        _, e = enc(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.int64))
    got = e[0, :5].tolist()
    err = max(abs(a - b) for a, b in zip(got, REF_FOX_FIRST5))
    print("fox ids", ids, "first5", [round(x, 6) for x in got], "max|err| vs TF.js snapshot", err)
    if err > 1e-5:
        raise SystemExit("port does not reproduce the reference embedding")
    # padding invariance: the same sentence padded in a batch gives the same embedding
    ids2 = tok.encode("lorem ipsum")
    T = max(len(ids), len(ids2))
    batch = torch.zeros(2, T, dtype=torch.int64)
    mask = torch.zeros(2, T, dtype=torch.int64)
    for r, x in enumerate([ids, ids2]):
        batch[r, : len(x)] = torch.tensor(x)
        mask[r, : len(x)] = 1
    with torch.no_grad():
        _, eb = enc(batch, mask)
    print("padding invariance max|err|", float((eb[0] - e[0]).abs().max()))
    use_lite.write_spm_model(os.path.join(dist, "vocab.json"), os.path.join(out, "spm.model"))

    class Wrap(torch.nn.Module):
        def __init__(self, enc):
            super().__init__()
            self.enc = enc

        def forward(self, input_ids, attention_mask):
            return self.enc(input_ids, attention_mask)[1]

    path = os.path.join(out, "use_lite_encoder.onnx")
    torch.onnx.export(Wrap(enc), (batch, mask), path, input_names=["input_ids", "attention_mask"], output_names=["embeddings"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}, "embeddings": {0: "batch"}},
                      opset_version=14)
    for f in ("spm.model", "use_lite_encoder.onnx"):
        p = os.path.join(out, f)
        print(f, os.path.getsize(p), hashlib.sha256(open(p, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
