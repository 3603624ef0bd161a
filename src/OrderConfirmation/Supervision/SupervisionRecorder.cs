using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Supervision;

/// <summary>
/// Records the supervision group's work in the audit trail (article 6.1): each check by sampling (who, when, the sample,
/// the results per order and check, the findings, the rectifications asked with owner and due date), and each
/// rectification followed to done. Only the <see cref="Role.Auditor"/> records; anything else is refused and writes
/// nothing. Entries are of the kinds of <see cref="SupervisionEntryKind"/>, about no single order.
/// </summary>
public sealed class SupervisionRecorder
{
    private readonly IAuditLog _audit;
    private readonly IClock _clock;
    private readonly Lock _ids = new();

    /// <summary>Creates the recorder.</summary>
    /// <param name="audit">The audit log the checks are recorded in (the trail the orders are in, or one of the supervision group's own).</param>
    /// <param name="clock">The clock giving each record's instant.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SupervisionRecorder(IAuditLog audit, IClock clock)
    {
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Records a check; it gets the next id (<c>SC-1</c>, <c>SC-2</c>, …) and its rectifications <c>SC-n/R1</c>, <c>SC-n/R2</c>, ….</summary>
    /// <param name="check">The check.</param>
    /// <param name="actor">Who records it; only an Auditor may.</param>
    /// <returns>Recorded with the check's and the rectifications' ids, or refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    public SupervisionReceipt Record(SupervisionCheck check, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (NotAuditor(actor) is { } refusal)
        {
            return refusal;
        }

        lock (_ids)
        {
            var checkId = $"SC-{SupervisionRecords.CheckCount(_audit.Entries) + 1}";
            var rectificationIds = check.Rectifications.Select((_, i) => $"{checkId}/R{i + 1}").ToList();
            Append(actor, SupervisionEntryKind.SupervisionCheck, SupervisionPayload.Check(checkId, check, rectificationIds));
            return SupervisionReceipt.Recorded(checkId, rectificationIds);
        }
    }

    /// <summary>Records a rectification as done. Refused when the actor is not an Auditor, the id is unknown, or it is already done.</summary>
    /// <param name="rectificationId">The rectification's id, such as <c>SC-1/R1</c>.</param>
    /// <param name="resolution">What was done, as the Auditor verified it.</param>
    /// <param name="actor">Who records it; only an Auditor may.</param>
    /// <exception cref="ArgumentException"><paramref name="rectificationId"/> or <paramref name="resolution"/> is blank.</exception>
    public SupervisionReceipt CompleteRectification(string rectificationId, string resolution, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rectificationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resolution);
        if (NotAuditor(actor) is { } refusal)
        {
            return refusal;
        }

        lock (_ids)
        {
            var (asked, done) = SupervisionRecords.Read(_audit.Entries);
            if (asked.FirstOrDefault(r => r.RectificationId == rectificationId) is not { } rectification)
            {
                return SupervisionReceipt.Refused($"no supervision check asked for rectification {rectificationId}");
            }

            if (done.Contains(rectificationId))
            {
                return SupervisionReceipt.Refused($"rectification {rectificationId} is already recorded as done");
            }

            Append(actor, SupervisionEntryKind.RectificationDone, SupervisionPayload.Done(rectification, resolution));
            return SupervisionReceipt.Recorded(rectificationId);
        }
    }

    /// <summary>The rectifications asked in recorded checks and not yet done, in the order they were asked.</summary>
    /// <param name="entries">The trail's entries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Rectification> OpenRectifications(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (asked, done) = SupervisionRecords.Read(entries);
        return [.. asked.Where(r => !done.Contains(r.RectificationId))];
    }

    private static SupervisionReceipt? NotAuditor(Actor actor) => actor.Role == Role.Auditor
        ? null
        : SupervisionReceipt.Refused($"{actor} may not record supervision: only the Auditor role (the supervision group, article 6.1) does");

    private void Append(Actor actor, SupervisionEntryKind kind, string payload) =>
        _audit.Append(new AuditRecord(_clock.GetCurrentInstant(), actor.Id, actor.Role.ToString(), null, kind.ToString(), payload));
}
