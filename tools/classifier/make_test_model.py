"""Builds the tiny BERT-signature test model under tests/SecureKernel.Tests/Assets/tiny-bert (deterministic).

logits[b] = [0, 10 * max_t(mask * (input_ids == id("attack"))) - 5]: a window scores ~0.993 if it contains the word
"attack" and ~0.0067 otherwise, so tests can check windowing, max-over-windows and batching exactly.
usage: /usr/bin/python3 tools/classifier/make_test_model.py <out-dir> [--origin]
--origin builds tests/SecureKernel.Tests/Assets/tiny-bert-origin instead: a fourth input, float `origin` [batch] (as
train_student.py --origin exports), multiplies the keyword term, so "attack" scores ~0.993 only as third-party content
(origin 1) and ~0.0067 as a user's prompt (origin 0).
"""
import hashlib
import json
import os
import sys

import onnx
from onnx import TensorProto, helper

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "a", "word", "benign", "text", "attack", "hello", "world", ".", ","]


def main():
    out = sys.argv[1]
    with_origin = "--origin" in sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    attack = VOCAB.index("attack")
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])
    types = helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, ["batch", "seq"])
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])
    nodes = [
        helper.make_node("Constant", [], ["k"], value=helper.make_tensor("kv", TensorProto.INT64, [], [attack])),
        helper.make_node("Equal", ["input_ids", "k"], ["eq"]),
        helper.make_node("Cast", ["eq"], ["eqf"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["mf"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["token_type_ids"], ["tf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["eqf", "mf"], ["hit"]),
        helper.make_node("ReduceMax", ["hit"], ["any"], axes=[1], keepdims=1),
        helper.make_node("ReduceMax", ["tf"], ["tsum"], axes=[1], keepdims=1),
        helper.make_node("Constant", [], ["ten"], value=helper.make_tensor("tv", TensorProto.FLOAT, [], [10.0])),
        helper.make_node("Constant", [], ["five"], value=helper.make_tensor("fv", TensorProto.FLOAT, [], [5.0])),
        helper.make_node("Mul", ["any", "ten"], ["s0" if with_origin else "s1"]),
        *([helper.make_node("Unsqueeze", ["origin", "ax1"], ["o2"]), helper.make_node("Mul", ["s0", "o2"], ["s1"])] if with_origin else []),
        helper.make_node("Sub", ["s1", "five"], ["s2"]),
        helper.make_node("Add", ["s2", "tsum"], ["pos"]),  # token_type_ids are zeros: tsum == 0
        helper.make_node("Mul", ["any", "tsum"], ["zero"]),
        helper.make_node("Concat", ["zero", "pos"], ["logits"], axis=1),
    ]
    inputs = [ids, mask, types]
    if with_origin:
        nodes.insert(0, helper.make_node("Constant", [], ["ax1"], value=helper.make_tensor("axv", TensorProto.INT64, [1], [1])))
        inputs.append(helper.make_tensor_value_info("origin", TensorProto.FLOAT, ["batch"]))
    graph = helper.make_graph(nodes, "tiny_bert_keyword", inputs, [logits])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="securekernel-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out, "model.onnx"))
    with open(os.path.join(out, "vocab.txt"), "w", newline="\n") as f:
        f.write("\n".join(VOCAB) + "\n")
    files = []
    for name in ("model.onnx", "vocab.txt"):
        files.append({"path": name, "sha256": hashlib.sha256(open(os.path.join(out, name), "rb").read()).hexdigest()})
    manifest = {
        "name": "tiny-bert-origin" if with_origin else "tiny-bert-keyword", "version": "1.0.0", "license": "Apache-2.0", "model": "model.onnx", "files": files,
        "labels": ["benign", "injection"], "positiveLabel": "injection", "signature": "bert", "windowTokens": 8, "stride": 4,
        "tokenizer": {"kind": "wordpiece", "file": "vocab.txt", "lowerCase": True}, "threshold": 0.5,
    }
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w"), indent=2)


if __name__ == "__main__":
    main()
