namespace SecureKernel;

/// <summary>What the caller experiences when the audit buffer is full because a sink fails or is slow.</summary>
public enum AuditFailureMode
{
    /// <summary>
    /// Default. The deciding caller waits for buffer space up to <see cref="AuditOptions.BlockTimeout"/>; after that the
    /// record is dropped, counted (<c>securekernel.audit.dropped</c>), logged as an error, and an
    /// <see cref="AuditRecord.DroppedKind"/> record reporting the count is written once the sinks accept records again.
    /// </summary>
    Block,

    /// <summary>
    /// The caller never waits: a record that does not fit is dropped at once, counted, logged, and reported by an
    /// <see cref="AuditRecord.DroppedKind"/> record.
    /// </summary>
    Drop,
}
