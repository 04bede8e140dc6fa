namespace SecureKernel.Runtime;

/// <summary>Marks a function invocation that the auto-invocation gate already authorized, so it is not counted twice.</summary>
internal static class InvocationFlags
{
    private static readonly AsyncLocal<bool> s_authorizedByAutoFilter = new();

    public static bool AuthorizedByAutoFilter
    {
        get => s_authorizedByAutoFilter.Value;
        set => s_authorizedByAutoFilter.Value = value;
    }
}
