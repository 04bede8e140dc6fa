using System.Globalization;
using System.Text;

namespace SecureKernel;

/// <summary>
/// A per-conversation vault for <see cref="RedactionOperator.Replace"/>: it hands out consistent typed placeholders
/// (<c>&lt;EMAIL_1&gt;</c>, <c>&lt;EMAIL_2&gt;</c>, …) and keeps the original values so that the application can
/// restore them for the user who owns them. Thread-safe. Keep one instance per conversation and never share it
/// across users.
/// </summary>
public sealed class RedactionSession
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Type, string Value), string> _byValue = [];
    private readonly Dictionary<string, string> _byPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    /// <summary>Initializes a new session.</summary>
    /// <param name="maxEntries">The most distinct values kept; past it, <see cref="GetPlaceholder"/> throws.</param>
    public RedactionSession(int maxEntries = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        MaxEntries = maxEntries;
    }

    /// <summary>Gets the most distinct values this session keeps.</summary>
    public int MaxEntries { get; }

    /// <summary>Gets the number of distinct values kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byPlaceholder.Count;
            }
        }
    }

    /// <summary>Returns the placeholder for <paramref name="value"/> of <paramref name="type"/>, creating it if new.</summary>
    /// <param name="type">The entity type (e.g. <c>EMAIL</c>).</param>
    /// <param name="value">The original value.</param>
    /// <returns>The placeholder, e.g. <c>&lt;EMAIL_1&gt;</c>.</returns>
    /// <exception cref="InvalidOperationException">The session already holds <see cref="MaxEntries"/> values.</exception>
    public string GetPlaceholder(string type, string value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_byValue.TryGetValue((type, value), out string? existing))
            {
                return existing;
            }

            if (_byPlaceholder.Count >= MaxEntries)
            {
                throw new InvalidOperationException("The redaction session is full; start a new session.");
            }

            _counters.TryGetValue(type, out int n);
            n++;
            _counters[type] = n;
            string placeholder = string.Create(CultureInfo.InvariantCulture, $"<{type}_{n}>");
            _byValue[(type, value)] = placeholder;
            _byPlaceholder[placeholder] = value;
            return placeholder;
        }
    }

    /// <summary>Looks up the original value of a placeholder.</summary>
    /// <param name="placeholder">The placeholder, e.g. <c>&lt;EMAIL_1&gt;</c>.</param>
    /// <param name="value">The original value when found.</param>
    /// <returns><see langword="true"/> when the placeholder belongs to this session.</returns>
    public bool TryGetValue(string placeholder, out string value)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        lock (_gate)
        {
            if (_byPlaceholder.TryGetValue(placeholder, out string? v))
            {
                value = v;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>
    /// Replaces every placeholder of this session found in <paramref name="redacted"/> with its original value.
    /// Placeholders this session did not issue are left as they are.
    /// </summary>
    /// <param name="redacted">Text produced by (or derived from) a redaction with this session.</param>
    /// <returns>The restored text.</returns>
    public string Restore(string redacted)
    {
        ArgumentNullException.ThrowIfNull(redacted);
        int open = redacted.IndexOf('<');
        if (open < 0)
        {
            return redacted;
        }

        var sb = new StringBuilder(redacted.Length);
        int copied = 0;
        lock (_gate)
        {
            while (open >= 0)
            {
                int close = redacted.IndexOf('>', open + 1);
                if (close < 0)
                {
                    break;
                }

                // Placeholders are short: "<" + type + "_" + number + ">".
                if (close - open <= 64 && _byPlaceholder.TryGetValue(redacted.Substring(open, close - open + 1), out string? value))
                {
                    sb.Append(redacted, copied, open - copied).Append(value);
                    copied = close + 1;
                    open = redacted.IndexOf('<', close + 1);
                }
                else
                {
                    open = redacted.IndexOf('<', open + 1);
                }
            }
        }

        return copied == 0 ? redacted : sb.Append(redacted, copied, redacted.Length - copied).ToString();
    }

    /// <summary>Forgets every kept value (for example when the owner deletes the conversation).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _byValue.Clear();
            _byPlaceholder.Clear();
            _counters.Clear();
        }
    }
}
