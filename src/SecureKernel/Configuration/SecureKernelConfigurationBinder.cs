using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace SecureKernel;

/// <summary>
/// Binds <see cref="SecureKernelOptions"/> from configuration (an <c>appsettings.json</c> section such as
/// <c>"SecureKernel"</c>, environment variables, …) so a team's trust configuration can live in one file.
/// </summary>
/// <remarks>
/// <para>Differences from a plain <c>ConfigurationBinder.Bind</c>, each of which matters for a security setting:</para>
/// <list type="bullet">
/// <item>A list given in configuration <b>replaces</b> the default list (the plain binder appends to it, so
/// <c>"AllowedSchemes": ["https"]</c> would still allow <c>http</c> and <c>mailto</c>). An empty list (<c>[]</c>) empties it.</item>
/// <item>An unknown key (a typo such as <c>RequireApproval</c>) is an error instead of being ignored.</item>
/// <item>A value that does not convert (<c>"Mode": "Enforced"</c>, a malformed <c>TimeSpan</c>) is an error that names
/// the key and the valid values, and every such error is listed, not just the first.</item>
/// </list>
/// <para>Code-only members (<see cref="SecureKernelOptions.Detector"/>, callbacks, audit sink instances) cannot be set from
/// configuration; a key for them is reported as an error.</para>
/// </remarks>
public static class SecureKernelConfigurationBinder
{
    /// <summary>Binds <paramref name="configuration"/> onto <paramref name="options"/> and returns every configuration error.</summary>
    /// <param name="configuration">The section holding the options (its children are <c>Mode</c>, <c>Tools</c>, …).</param>
    /// <param name="options">The options to bind onto; values not in configuration keep their current value.</param>
    /// <returns>Every unknown key and every value that could not be converted, as <c>path: message</c>; empty when none.
    /// Keys with errors are not applied; all other keys are.</returns>
    public static IReadOnlyList<string> Bind(IConfiguration configuration, SecureKernelOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        WalkObject(typeof(SecureKernelOptions), options, configuration.GetChildren(), "", errors, values);
        if (values.Count > 0)
        {
            var valid = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
            valid.Bind(options);
        }

        return errors;
    }

    private static void WalkObject(Type type, object? instance, IEnumerable<IConfigurationSection> children, string path, List<string> errors, Dictionary<string, string?> values)
    {
        foreach (var child in children)
        {
            string childPath = path.Length == 0 ? child.Key : path + ":" + child.Key;
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.GetIndexParameters().Length > 0 || !IsBindable(property))
            {
                string known = string.Join(", ", type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsBindable).Select(p => p.Name));
                errors.Add($"{childPath}: unknown setting for {type.Name} (known: {known}).");
                continue;
            }

            WalkValue(property.PropertyType, instance is null ? null : property.GetValue(instance), child, childPath, errors, values, instance is null);
        }
    }

    private static void WalkValue(Type type, object? current, IConfigurationSection section, string path, List<string> errors, Dictionary<string, string?> values, bool fresh)
    {
        var children = section.GetChildren().ToList();
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(underlying))
        {
            if (children.Count > 0)
            {
                errors.Add($"{path}: expects a single {Describe(underlying)} value, not a section.");
                return;
            }

            if (TryConvert(underlying, section.Value, type != underlying, out string? error)) values[path] = section.Value;
            else errors.Add($"{path}: {error}");
            return;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            foreach (var entry in children) WalkValue(valueType, null, entry, path + ":" + entry.Key, errors, values, fresh: true);
            return;
        }

        if (ElementType(type) is { } elementType)
        {
            // A list in configuration replaces the current (default) list: the plain binder would append to it.
            if (!fresh && current is IList { IsReadOnly: false, IsFixedSize: false } list) list.Clear();
            foreach (var item in children)
            {
                if (!int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{path}: expects a list; '{item.Key}' is not an index.");
                    continue;
                }

                WalkValue(elementType, null, item, path + ":" + item.Key, errors, values, fresh: true);
            }

            return;
        }

        if (children.Count == 0)
        {
            if (!string.IsNullOrEmpty(section.Value)) errors.Add($"{path}: expects a section of {type.Name} settings, not a single value.");
            return;
        }

        WalkObject(type, current, children, path, errors, values);
    }

    private static bool IsBindable(PropertyInfo property)
    {
        if (property.GetMethod is not { IsPublic: true }) return false;
        var type = property.PropertyType;
        if (typeof(Delegate).IsAssignableFrom(type)) return false;
        if (ElementType(type) is { } element) return IsData(element);
        if (DictionaryValueType(type) is { } value) return IsData(value);
        if (property.SetMethod is not { IsPublic: true } && IsScalar(Nullable.GetUnderlyingType(type) ?? type)) return false;
        return IsData(type);
    }

    private static bool IsData(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(underlying)) return true;
        if (typeof(Delegate).IsAssignableFrom(underlying) || underlying.IsInterface || underlying.IsAbstract) return false;
        return underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is not null;
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid);

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary is not null && dictionary.GetGenericArguments()[0] == typeof(string) ? dictionary.GetGenericArguments()[1] : null;
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || DictionaryValueType(type) is not null) return null;
        if (type.IsArray) return type.GetElementType();
        var collection = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>));
        return collection?.GetGenericArguments()[0];
    }

    private static bool TryConvert(Type type, string? value, bool nullable, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            if (nullable || type == typeof(string)) return true;
            error = $"expects a {Describe(type)} value; it is empty.";
            return false;
        }

        if (type.IsEnum)
        {
            bool named = Enum.GetNames(type).Any(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (named) return true;
            error = $"'{value}' is not a valid {type.Name} (valid: {string.Join(", ", Enum.GetNames(type))}).";
            return false;
        }

        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException or OverflowException || ex.InnerException is FormatException or OverflowException)
        {
            error = $"'{value}' is not a valid {Describe(type)}.";
            return false;
        }
    }

    private static string Describe(Type type) => type == typeof(TimeSpan) ? "TimeSpan (e.g. 00:00:10)" : type == typeof(bool) ? "boolean (true/false)" : type.Name;
}
