namespace SecureKernel;

/// <summary>The input/output signature of a classifier model, declared in its manifest.</summary>
public enum OnnxInputSignature
{
    /// <summary>
    /// BERT/DeBERTa style (manifest value <c>bert</c>): int64 or int32 <c>input_ids</c> and <c>attention_mask</c> of shape
    /// [batch, sequence], an optional <c>token_type_ids</c> (zeros), an optional float <c>origin</c> [batch] (0 for the user's
    /// own text, 1 for third-party content; see <see cref="OnnxInjectionDetector.UsesOrigin"/>), and one float output of logits
    /// [batch, labels]. Prompt Guard 2, ProtectAI v2 or PIGuard exported to ONNX use it; the bundled classifiers are exported
    /// with it too (<c>injection-cnn</c> 2.x with <c>origin</c>).
    /// </summary>
    Bert,

    /// <summary>
    /// The original Universal Sentence Encoder Lite sparse signature (manifest value <c>use-sparse</c>): int32 <c>indices</c>
    /// [tokens, 2] holding (window, position) and int32 <c>values</c> [tokens] holding token ids, and one float output
    /// [batch, labels] (logits) — the shape of the TF.js graph the bundled model derives from.
    /// </summary>
    UseSparse,
}
