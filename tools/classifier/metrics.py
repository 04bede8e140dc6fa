"""Evaluation measures shared by the classifier tools (no torch: the probe and ensemble scripts import it too)."""


def auc(scores, labels):
    pos = [s for s, l in zip(scores, labels) if l == 1]
    neg = [s for s, l in zip(scores, labels) if l == 0]
    if not pos or not neg:
        return float("nan")
    allv = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank, r_pos, i = 0.0, 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + j + 1) / 2.0
        r_pos += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    return (r_pos - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg))
