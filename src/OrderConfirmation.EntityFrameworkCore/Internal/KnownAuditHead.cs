using OrderConfirmation.Audit;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// The audit head one store's last transaction left, offered to its next commit so that the commit can send its writes
/// in the round trip that takes the append lock and reads (<see cref="CommitBatch"/>). It is only a guess: the writes
/// are guarded in the database and do nothing unless the head there is still this one, so another process's appends
/// cost a wasted write, never a wrong one. After such a miss the store stops guessing for a while (1, 3, 7 … up to 63
/// commits), so that stores taking turns do not send every write twice. Used by one writer at a time
/// (<see cref="CommitQueue"/>).
/// </summary>
internal sealed class KnownAuditHead
{
    private const int LongestPause = 63;

    private AuditHead? _committed;
    private AuditHead? _pending;
    private int _pause;
    private int _paused;

    /// <summary>The head to guess for a transaction about to begin, if any; each guess is offered once.</summary>
    public AuditHead? Take()
    {
        var head = _committed;
        _committed = null;
        _pending = null;
        if (_paused > 0)
        {
            _paused--;
            return null;
        }

        return head;
    }

    /// <summary>Notes the head as the transaction leaves it, for the next one once this one is committed.</summary>
    public void Leaves(AuditHead head) => _pending = head;

    /// <summary>Notes whether the guess taken was right; a wrong one pauses guessing for twice as long as the last pause, plus one.</summary>
    public void Guessed(bool right)
    {
        _pause = right ? 0 : Math.Min((2 * _pause) + 1, LongestPause);
        _paused = _pause;
    }

    /// <summary>The transaction was committed (or rolled back having written nothing): the head it left is the next guess.</summary>
    public void Committed()
    {
        _committed = _pending;
        _pending = null;
    }
}
