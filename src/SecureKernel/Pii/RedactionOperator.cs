namespace SecureKernel;

/// <summary>How <see cref="PiiRedactor.Redact(string, RedactionOperator, RedactionOptions?)"/> rewrites each entity.</summary>
public enum RedactionOperator
{
    /// <summary>
    /// Typed placeholders such as <c>&lt;EMAIL_1&gt;</c>; the same value gets the same placeholder for the lifetime of a
    /// <see cref="RedactionSession"/>, which also keeps the values so the owner can restore them.
    /// </summary>
    Replace = 0,

    /// <summary>Every character of the entity replaced with the mask character (length kept).</summary>
    Mask = 1,

    /// <summary>A salted HMAC-SHA256 digest, e.g. <c>&lt;EMAIL:3f9a…&gt;</c>: equal values give equal digests.</summary>
    Hash = 2,

    /// <summary>The entity removed entirely.</summary>
    Redact = 3,
}
