namespace SecureKernel.Cli;

/// <summary>A verb's parsed options: name (without dashes) to values, in order.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
        list.Add(value);
    }

    /// <summary>The last value given for <paramref name="name"/>, or null.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>A copy without the options named in <paramref name="names"/>.</summary>
    public CliOptions Without(params string[] names)
    {
        var copy = new CliOptions();
        foreach (var (name, list) in _values)
        {
            if (Array.IndexOf(names, name) >= 0) continue;
            foreach (string value in list) copy.Add(name, value);
        }

        return copy;
    }

    /// <summary>Every value given for a repeatable option.</summary>
    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
