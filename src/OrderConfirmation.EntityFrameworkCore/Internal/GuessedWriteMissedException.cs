namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// Some of a batch's guarded writes (<see cref="GuessedWrites"/>) were made and others not: a commit's order had moved on
/// or its command id was stored. The transaction is rolled back and tried again without a guess.
/// </summary>
internal sealed class GuessedWriteMissedException : Exception
{
    public GuessedWriteMissedException()
        : base("Some of the batch's guarded writes were made and others not; the transaction is tried again without a guess.")
    {
    }
}
