using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace SecureKernel.Testing;

/// <summary>
/// A demo plugin with an external, high-consequence function <c>send_email</c>. It records emails in
/// <see cref="Outbox"/> instead of sending them. Import it as <c>kernel.Plugins.AddFromObject(mail, "mail")</c>;
/// the model then sees the tool <c>mail_send_email</c>.
/// </summary>
public sealed class MailPlugin
{
    private readonly ConcurrentQueue<SentEmail> _outbox = new();

    /// <summary>The emails "sent" so far, in order.</summary>
    public IReadOnlyList<SentEmail> Outbox => [.. _outbox];

    /// <summary>Records an email in the outbox.</summary>
    /// <param name="to">The recipient address.</param>
    /// <param name="subject">The subject line.</param>
    /// <param name="body">The body text.</param>
    /// <returns>A confirmation for the model.</returns>
    [KernelFunction("send_email")]
    [Description("Sends an email to a recipient outside the company.")]
    public string SendEmail(
        [Description("The recipient email address.")] string to,
        [Description("The subject line.")] string subject,
        [Description("The body of the email.")] string body)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        _outbox.Enqueue(new SentEmail(to, subject, body));
        return "Email sent.";
    }

    /// <summary>Empties the outbox.</summary>
    public void Clear() => _outbox.Clear();
}
