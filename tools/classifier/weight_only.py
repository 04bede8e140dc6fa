"""The GPU form of a model quantize.py converted: each dynamically quantized MatMul
  DynamicQuantizeLinear(A) -> MatMulInteger(Aq, Wq, Azp, Wzp) -> Cast -> Mul(As * Ws)
becomes a float MatMul on the same int8 weights, dequantized in the graph:
  MatMul(A, Cast(Wq, float) * Ws)
The file keeps the int8 weights (the same size); ONNX Runtime folds the dequantization into float weights when it loads
the model, so the activations are no longer quantized. Why: ONNX Runtime's CUDA execution provider has no
DynamicQuantizeLinear and runs MatMulInteger only for int8 activations, so the dynamic form would run its matrix
products on the CPU with copies to and from the GPU. The int8 embedding tables (quantize.py --gather) are kept: Gather,
Cast and Mul run on the GPU.
usage: /usr/bin/python3 tools/classifier/weight_only.py model.int8.onnx model.gpu.onnx
"""
import sys

import onnx
from onnx import TensorProto, helper

from quantize import save_rewritten


def main():
    src, dst = sys.argv[1], sys.argv[2]
    m = onnx.load(src)
    nodes = list(m.graph.node)
    consumers = {}
    for n in nodes:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    drop = set()
    replace = {}
    for dql in (n for n in nodes if n.op_type == "DynamicQuantizeLinear"):
        mmi = [c for c in consumers[dql.output[0]] if c.op_type == "MatMulInteger"]
        if len(mmi) != 1 or mmi[0].input[2] != dql.output[2]:
            sys.exit(f"unexpected pattern after {dql.output[0]}")
        mmi = mmi[0]
        (cast,) = consumers[mmi.output[0]]
        (scale,) = [c for c in consumers[dql.output[1]] if c.op_type == "Mul"]
        (out,) = consumers[cast.output[0]]
        if cast.op_type != "Cast" or out.op_type != "Mul" or sorted(out.input) != sorted([cast.output[0], scale.output[0]]):
            sys.exit(f"unexpected pattern after {mmi.output[0]}")
        wq = mmi.input[1]
        ws = scale.input[1] if scale.input[0] == dql.output[1] else scale.input[0]
        base = wq.removesuffix("_wq")
        drop.update(id(n) for n in (dql, mmi, cast, scale, out))
        replace[id(dql)] = [
            helper.make_node("Cast", [wq], [base + "_wf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [base + "_wf", ws], [base + "_w"]),
            helper.make_node("MatMul", [dql.input[0], base + "_w"], [out.output[0]]),
        ]
    if not replace:
        sys.exit("no dynamically quantized MatMul found: is this quantize.py's output?")
    new_nodes = []
    for n in nodes:
        if id(n) in replace:
            new_nodes += replace[id(n)]
        elif id(n) not in drop:
            new_nodes.append(n)
    # zero points of the weights are no longer read
    used = {i for n in new_nodes for i in n.input}
    unused = {i.name for i in m.graph.initializer if i.name not in used}
    save_rewritten(m, new_nodes, unused, dst)
    print(f"rewrote {len(replace)} quantized MatMuls -> {dst}")


if __name__ == "__main__":
    main()
