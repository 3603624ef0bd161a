namespace OrderConfirmation.Storage;

/// <summary>What became of a request given to an <see cref="OrderCommandProcessor"/>.</summary>
public enum CommandStatus
{
    /// <summary>Carried out and stored with its audit entries.</summary>
    Accepted,

    /// <summary>Refused by the lifecycle; the refusal is stored and audited, the order is unchanged.</summary>
    Refused,

    /// <summary>A retry: the command id was already stored for the same request; its first receipt is returned and nothing is written.</summary>
    Replayed,

    /// <summary>The command id was already stored for a different request; nothing is written. Give a new id.</summary>
    IdReused,

    /// <summary>Other writers kept changing the order first, attempt after attempt; nothing is written. Try again later.</summary>
    Conflict,
}
