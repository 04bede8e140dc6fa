namespace SecureKernel;

/// <summary>How much damage a tool can do when it runs on an attacker's behalf.</summary>
public enum ToolConsequence
{
    /// <summary>Reads data; no side effects.</summary>
    Read,

    /// <summary>Changes state inside the application.</summary>
    Write,

    /// <summary>Sends data out of the application (email, HTTP, payments).</summary>
    External,
}
