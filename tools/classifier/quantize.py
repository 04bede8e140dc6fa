"""Dynamic int8 quantization of the MatMul weights of an ONNX model (what onnxruntime's quantize_dynamic does,
written with the onnx package alone because Debian ships no onnxruntime for Python).

Each MatMul whose second input is a 2-D float initializer W becomes
  DynamicQuantizeLinear(A) -> (Aq uint8, As, Azp);  MatMulInteger(Aq, Wq int8, Azp, 0) -> int32
  Cast(float) * (As * Ws)
with Wq = round(W / Ws), Ws = max|W| / 127 per output column (symmetric).
With --gather, each Gather from a large 2-D float table (token and position embeddings) becomes a Gather from an int8
table (one scale per row) times the gathered rows' scales, which takes the table to a quarter of its size.
usage: /usr/bin/python3 tools/classifier/quantize.py model.onnx model.int8.onnx [--gather]
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def symmetric_int8(w, keep_axis):
    """Symmetric int8 weights with one scale per index of `keep_axis` (max |w| over the other axes / 127): (int8 array, scales)."""
    scale = np.maximum(np.abs(w).max(axis=tuple(i for i in range(w.ndim) if i != keep_axis)), 1e-8) / 127.0
    shape = [1] * w.ndim
    shape[keep_axis] = -1
    return np.clip(np.round(w / scale.reshape(shape)), -127, 127).astype(np.int8), scale


def save_rewritten(model, nodes, dropped, dst):
    """Replaces the graph's nodes with `nodes`, removes the initializers named in `dropped`, checks the model and saves it."""
    g = model.graph
    del g.node[:]
    g.node.extend(nodes)
    keep = [i for i in g.initializer if i.name not in dropped]
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    gather = "--gather" in sys.argv[3:]
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes = []
    used = set()
    count = 0
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in inits:
            w = numpy_helper.to_array(inits[n.input[1]])
            if w.ndim == 2 and w.dtype == np.float32 and w.size >= 4096:
                count += 1
                base = f"q{count}"
                wq, scale = symmetric_int8(w, 1)
                g.initializer.extend([
                    numpy_helper.from_array(wq, base + "_wq"),
                    numpy_helper.from_array(scale.astype(np.float32), base + "_ws"),
                    numpy_helper.from_array(np.zeros((), dtype=np.int8), base + "_wzp"),
                ])
                used.add(n.input[1])
                new_nodes += [
                    helper.make_node("DynamicQuantizeLinear", [n.input[0]], [base + "_aq", base + "_as", base + "_azp"]),
                    helper.make_node("MatMulInteger", [base + "_aq", base + "_wq", base + "_azp", base + "_wzp"], [base + "_i32"]),
                    helper.make_node("Cast", [base + "_i32"], [base + "_f"], to=TensorProto.FLOAT),
                    helper.make_node("Mul", [base + "_as", base + "_ws"], [base + "_s"]),
                    helper.make_node("Mul", [base + "_f", base + "_s"], [n.output[0]]),
                ]
                continue
        if gather and n.op_type == "Gather" and n.input[0] in inits and all(at.i == 0 for at in n.attribute if at.name == "axis"):
            w = numpy_helper.to_array(inits[n.input[0]])
            if w.ndim == 2 and w.dtype == np.float32 and w.size >= 65536:
                count += 1
                base = f"g{count}"
                wq, scale = symmetric_int8(w, 0)
                g.initializer.extend([
                    numpy_helper.from_array(wq, base + "_tq"),
                    numpy_helper.from_array(scale.astype(np.float32).reshape(-1, 1), base + "_ts"),
                ])
                used.add(n.input[0])
                new_nodes += [
                    helper.make_node("Gather", [base + "_tq", n.input[1]], [base + "_q"]),
                    helper.make_node("Cast", [base + "_q"], [base + "_f"], to=TensorProto.FLOAT),
                    helper.make_node("Gather", [base + "_ts", n.input[1]], [base + "_s"]),
                    helper.make_node("Mul", [base + "_f", base + "_s"], [n.output[0]]),
                ]
                continue
        new_nodes.append(n)
    save_rewritten(m, new_nodes, used, dst)
    print(f"quantized {count} weights -> {dst}")


if __name__ == "__main__":
    main()
