"""The optimisation steps the teacher (train.py) and the student (train_student.py) share: class weights, the learning-rate
schedule and one optimiser step. Kept arithmetic-for-arithmetic as both scripts had them, so rebuilt models stay byte-identical."""
import torch
import torch.nn.functional as F


def class_weights(labels):
    """Weights that balance the two classes in the cross-entropy: n / (2 * n_class)."""
    n, npos = len(labels), sum(labels)
    return torch.tensor([n / (2.0 * (n - npos)), n / (2.0 * npos)], dtype=torch.float32)


def warmup_linear_decay(opt, steps, warmup):
    """Linear warm-up over the first `warmup` fraction of `steps`, then linear decay to 0."""
    return torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (warmup * steps)) * max(0.0, 1 - s / steps))


def step(model, opt, sched, logits, y, weights):
    """One step on class-weighted cross-entropy, gradients clipped to norm 1; returns the loss."""
    loss = F.cross_entropy(logits, y, weight=weights)
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    return loss
