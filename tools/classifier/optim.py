"""The optimisation steps the teacher (train.py), the students (train_student.py) and the contextual model (train_minilm.py)
share: seeding, class weights, the learning-rate schedule, length-bucketed batches and one optimiser step. Kept arithmetic-for-arithmetic as both scripts had them, so rebuilt models stay byte-identical."""
import random

import numpy as np
import torch
import torch.nn.functional as F


def seed_everything(seed):
    """Seeds Python's, NumPy's and PyTorch's generators (weight initialisation, dropout, any unseeded sampling)."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def length_batches(lengths, batch, rnd):
    """Batches of indices of similar length (sorted by length, ties broken at random), in a random order: little padding,
    no length order in training. Draws from rnd exactly as the scripts did inline, so rebuilt models stay identical."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rnd.random()))
    chunks = [order[i: i + batch] for i in range(0, len(order), batch)]
    rnd.shuffle(chunks)
    return chunks


def class_weights(labels):
    """Weights that balance the two classes in the cross-entropy: n / (2 * n_class)."""
    n, npos = len(labels), sum(labels)
    return torch.tensor([n / (2.0 * (n - npos)), n / (2.0 * npos)], dtype=torch.float32)


def warmup_linear_decay(opt, steps, warmup):
    """Linear warm-up over the first `warmup` fraction of `steps`, then linear decay to 0."""
    return torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (warmup * steps)) * max(0.0, 1 - s / steps))


def step(model, opt, sched, logits, y, weights):
    """One step on class-weighted cross-entropy, gradients clipped to norm 1; returns the loss."""
    return _apply(model, opt, sched, F.cross_entropy(logits, y, weight=weights))


def soft_step(model, opt, sched, logits, y, target, weights):
    """One step on class-weighted cross-entropy against a soft target (the probability of class 1, e.g. a blend of the hard
    label and a teacher's probability), each example weighted by its hard label's class; gradients clipped to norm 1."""
    logp = F.log_softmax(logits, -1)
    w = weights[y]
    per = -(target * logp[:, 1] + (1 - target) * logp[:, 0])
    return _apply(model, opt, sched, (w * per).sum() / w.sum())


def _apply(model, opt, sched, loss):
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    return loss
