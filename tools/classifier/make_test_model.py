"""Builds the tiny BERT-signature test model under tests/SecureKernel.Tests/Assets/tiny-bert (deterministic).

logits[b] = [0, 10 * max_t(mask * (input_ids == id("attack"))) - 5]: a window scores ~0.993 if it contains the word
"attack" and ~0.0067 otherwise, so tests can check windowing, max-over-windows and batching exactly.
usage: /usr/bin/python3 tools/classifier/make_test_model.py <out-dir> [--origin | --deberta]
--origin builds tests/SecureKernel.Tests/Assets/tiny-bert-origin instead: a fourth input, float `origin` [batch] (as
train_student.py --origin exports), multiplies the keyword term, so "attack" scores ~0.993 only as third-party content
(origin 1) and ~0.0067 as a user's prompt (origin 0).
--deberta builds tests/SecureKernel.Tests/Assets/tiny-deberta instead, shaped like a DeBERTa-v3 classifier exported to ONNX
(Prompt Guard 2, ProtectAI's deberta-v3 models, PIGuard): a SentencePiece tokenizer (models/injection-cnn/spm.model, USE-Lite's,
Apache-2.0, copied), inputs input_ids and attention_mask only, and windows the model expects as [CLS] ... [SEP] (manifest
tokenizer.clsTokenId 1, sepTokenId 2, the SentencePiece model's <s> and </s>). "attack" scores ~0.993 only when the window
starts with [CLS] and holds [SEP], so a runtime that does not wrap the windows fails the tests.
"""
import hashlib
import json
import os
import sys

import onnx
from onnx import TensorProto, helper

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "a", "word", "benign", "text", "attack", "hello", "world", ".", ","]


def write(out, graph, name, labels, tokenizer):
    """Saves the checked graph as model.onnx and a manifest hashing it and the tokenizer file already in out."""
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="securekernel-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out, "model.onnx"))
    files = [{"path": n, "sha256": hashlib.sha256(open(os.path.join(out, n), "rb").read()).hexdigest()} for n in ("model.onnx", tokenizer["file"])]
    manifest = {
        "name": name, "version": "1.0.0", "license": "Apache-2.0", "model": "model.onnx", "files": files,
        "labels": labels, "positiveLabel": labels[1], "signature": "bert", "windowTokens": 8, "stride": 4,
        "tokenizer": tokenizer, "threshold": 0.5,
    }
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w"), indent=2)


def deberta(out):
    import shutil

    import sentencepiece

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shutil.copyfile(os.path.join(root, "models", "injection-cnn", "spm.model"), os.path.join(out, "spm.model"))
    spm = sentencepiece.SentencePieceProcessor(model_file=os.path.join(out, "spm.model"))
    attack, cls, sep = spm.piece_to_id("\u2581attack"), spm.bos_id(), spm.eos_id()
    assert attack != spm.unk_id() and (cls, sep) == (1, 2)
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])

    def const(name, value, dtype=TensorProto.INT64, dims=()):
        return helper.make_node("Constant", [], [name], value=helper.make_tensor(name + "v", dtype, list(dims), [value]))

    def anywhere(token, name):  # [batch, 1]: 1 where a real (unmasked) position holds token
        return [helper.make_node("Equal", ["input_ids", token], [name + "_eq"]), helper.make_node("Cast", [name + "_eq"], [name + "_f"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [name + "_f", "mf"], [name + "_m"]), helper.make_node("ReduceMax", [name + "_m"], [name], axes=[1], keepdims=1)]

    nodes = [
        const("k", attack), const("cls", cls), const("sep", sep), const("zero_i", 0), const("ax1", 1, dims=[1]),
        const("ten", 10.0, TensorProto.FLOAT), const("five", 5.0, TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["mf"], to=TensorProto.FLOAT),
        *anywhere("k", "any_k"), *anywhere("sep", "any_sep"),
        helper.make_node("Gather", ["input_ids", "zero_i"], ["first"], axis=1),
        helper.make_node("Equal", ["first", "cls"], ["first_cls"]),
        helper.make_node("Cast", ["first_cls"], ["first_cls_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["first_cls_f", "ax1"], ["cls_ok"]),
        helper.make_node("Mul", ["any_k", "cls_ok"], ["h1"]),
        helper.make_node("Mul", ["h1", "any_sep"], ["hit"]),
        helper.make_node("Mul", ["hit", "ten"], ["s1"]),
        helper.make_node("Sub", ["s1", "five"], ["pos"]),
        helper.make_node("Sub", ["hit", "hit"], ["zero"]),
        helper.make_node("Concat", ["zero", "pos"], ["logits"], axis=1),
    ]
    graph = helper.make_graph(nodes, "tiny_deberta_keyword", [ids, mask], [logits])
    write(out, graph, "tiny-deberta-keyword", ["SAFE", "INJECTION"], {"kind": "sentencepiece", "file": "spm.model", "clsTokenId": cls, "sepTokenId": sep})


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    if "--deberta" in sys.argv[2:]:
        deberta(out)
        return
    with_origin = "--origin" in sys.argv[2:]
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
    with open(os.path.join(out, "vocab.txt"), "w", newline="\n") as f:
        f.write("\n".join(VOCAB) + "\n")
    write(out, graph, "tiny-bert-origin" if with_origin else "tiny-bert-keyword", ["benign", "injection"], {"kind": "wordpiece", "file": "vocab.txt", "lowerCase": True})


if __name__ == "__main__":
    main()
