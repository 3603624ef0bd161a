namespace OrderConfirmation.Storage;

/// <summary>How a store took an <see cref="OrderCommit"/>.</summary>
public enum CommitStatus
{
    /// <summary>Saved: the state (if any), the audit entries and the receipt are all stored.</summary>
    Saved,

    /// <summary>Nothing written: the order is not at the expected version (someone else changed it, or entered it, first).</summary>
    VersionConflict,

    /// <summary>Nothing written: a command with this id is already stored; its receipt is returned.</summary>
    DuplicateCommand,
}
