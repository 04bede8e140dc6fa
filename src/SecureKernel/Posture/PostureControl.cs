namespace SecureKernel;

/// <summary>One security control in a <see cref="PostureReport"/>: on or off, its settings, and what it mitigates.</summary>
/// <param name="Id">A stable id (<c>input_guard</c>, <c>tool_policy:Mail</c>, …).</param>
/// <param name="Name">A readable name.</param>
/// <param name="Enabled">Whether the control is on.</param>
/// <param name="Settings">Its settings, as readable values.</param>
/// <param name="Owasp">OWASP Top 10 for LLM Applications 2025 ids it addresses (<c>LLM01</c> …).</param>
/// <param name="Atlas">MITRE ATLAS technique ids it mitigates (<c>AML.T0051.001</c> …).</param>
/// <param name="Nist">NIST AI RMF functions it supports (<c>GOVERN</c>, <c>MAP</c>, <c>MEASURE</c>, <c>MANAGE</c>).</param>
public sealed record PostureControl(
    string Id,
    string Name,
    bool Enabled,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> Owasp,
    IReadOnlyList<string> Atlas,
    IReadOnlyList<string> Nist);
