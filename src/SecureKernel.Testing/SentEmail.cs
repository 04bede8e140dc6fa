namespace SecureKernel.Testing;

/// <summary>An email recorded by <see cref="MailPlugin"/> instead of being sent.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Body">The body.</param>
public sealed record SentEmail(string To, string Subject, string Body);
