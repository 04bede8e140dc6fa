"""A small, fast prompt-injection classifier ("student") over USE-Lite's SentencePiece token embeddings, and a loader that
rebuilds the fine-tuned USE-Lite teacher (models/use-lite-injection/model.onnx) in PyTorch.

Student: token embedding (8002 x 256, initialised from the fine-tuned teacher's table) -> linear projection to `dim`
-> two residual 1D convolutions (kernel 3, dilation 1 and 2; receptive field 7 tokens) with GELU -> masked max pool over
the window -> MLP head -> logits [batch, 2]. For export the projection is folded into the embedding table (one Gather
gives `dim`-wide vectors), so per-token work is two small convolutions.

The max pool makes the window score the score of its most suspicious 7-token span: a short attack inside a long benign
window is not averaged away (the teacher mean-pools), and the max over windows of a text equals the max over the text
except at window edges, so the student is trained on whole texts and run on windows.
"""
import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

import use_lite

NEG = -1.0e4


class Student(nn.Module):
    def __init__(self, emb_weight, dim=128, hidden=128, dropout=0.1, layers=2, mean_pool=False, context=0, origin_input=False):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(torch.as_tensor(emb_weight, dtype=torch.float32).clone(), freeze=False)
        self.proj = nn.Linear(self.emb.weight.shape[1], dim)
        self.conv1 = nn.Conv1d(dim, dim, 3, padding=1)
        self.conv2 = nn.Conv1d(dim, dim, 3, padding=2, dilation=2)
        self.conv3 = nn.Conv1d(dim, dim, 3, padding=4, dilation=4) if layers >= 3 else None
        self.mean_pool = mean_pool
        # context > 0: each position also sees how it differs from the mean of its +-context//2 neighbours (a span that is
        # out of place in its document, e.g. a task instruction inside an e-mail), through one residual 1x1 layer
        self.context = context
        self.ctx = nn.Conv1d(2 * dim, dim, 1) if context else None
        self.drop = nn.Dropout(dropout)
        # origin_input: a third input `origin` [batch] (1 = third-party content, 0 = a user's prompt) joins the pooled features,
        # so the head can weigh what the window contains by where it came from (a task instruction is benign from the user
        # and an injection inside a retrieved document)
        self.origin_input = origin_input
        self.fc = nn.Linear(dim * (2 if mean_pool else 1) + (1 if origin_input else 0), hidden)
        self.out = nn.Linear(hidden, 2)
        self.folded = False

    def fold(self):
        """Folds `proj` into the embedding table (export: one Gather instead of Gather + MatMul)."""
        with torch.no_grad():
            w = self.proj(self.emb.weight)
        self.emb = nn.Embedding.from_pretrained(w, freeze=True)
        self.proj = nn.Identity()
        self.folded = True

    def forward(self, input_ids, attention_mask, origin=None):
        m = attention_mask.to(torch.float32).unsqueeze(1)  # [B,1,T]
        x = self.proj(self.emb(input_ids)).transpose(1, 2) * m  # [B,D,T]
        x = x + F.gelu(self.conv1(self.drop(x))) * m
        x = x + F.gelu(self.conv2(self.drop(x))) * m
        if self.conv3 is not None:
            x = x + F.gelu(self.conv3(self.drop(x))) * m
        if self.ctx is not None:
            k = self.context | 1
            local = F.avg_pool1d(x, k, 1, k // 2) / F.avg_pool1d(m, k, 1, k // 2).clamp(min=1e-6)
            x = x + F.gelu(self.ctx(self.drop(torch.cat([x, x - local], 1)))) * m
        h = (x + (1.0 - m) * NEG).max(dim=2).values
        if self.mean_pool:
            h = torch.cat([h, x.sum(2) / m.sum(2).clamp(min=1.0)], dim=1)
        if self.origin_input:
            h = torch.cat([h, origin.to(torch.float32).unsqueeze(1)], dim=1)
        h = F.gelu(self.fc(self.drop(h)))
        return self.out(self.drop(h))


def onnx_initializers(path):
    m = onnx.load(path)
    return {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}


def teacher_embedding(onnx_path):
    """The fine-tuned teacher's token-embedding table (8002 x 256)."""
    w = onnx_initializers(onnx_path)["enc.emb.weight"]
    assert w.shape == (8002, 256), w.shape
    return w


class Teacher(nn.Module):
    """The shipped fine-tuned USE-Lite classifier, rebuilt in PyTorch from its ONNX file (for comparisons and distillation)."""

    def __init__(self, dist_dir, onnx_path):
        super().__init__()
        self.enc = use_lite.UseLiteEncoder(use_lite.load_weights(dist_dir))
        self.head = nn.Linear(512, 2)
        init = onnx_initializers(onnx_path)
        sd = self.state_dict()
        for k in list(sd):
            if k in init:
                sd[k] = torch.tensor(init[k])
        # MatMul weights are exported transposed under generated names, in graph order
        order = ["enc.layer0.qkv", "enc.layer0.out", "enc.layer0.adjust", "enc.layer0.conv1", "enc.layer0.conv2",
                 "enc.layer1.qkv", "enc.layer1.out", "enc.layer1.conv1", "enc.layer1.conv2"]
        mats = sorted((k for k in init if k.startswith("onnx::MatMul_")), key=lambda k: int(k.split("_")[-1]))
        assert len(mats) == len(order), mats
        for name, k in zip(order, mats):
            assert sd[name + ".weight"].shape == init[k].T.shape, (name, k)
            sd[name + ".weight"] = torch.tensor(np.ascontiguousarray(init[k].T))
        self.load_state_dict(sd)

    def forward(self, input_ids, attention_mask):
        t, _ = self.enc(input_ids, attention_mask)
        return self.head(t)
