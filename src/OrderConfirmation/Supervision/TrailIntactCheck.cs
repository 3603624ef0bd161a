namespace OrderConfirmation.Supervision;

/// <summary><see cref="ChecklistItem.TrailIntact"/>: the hash chain verifies for every entry of the order.</summary>
internal static class TrailIntactCheck
{
    public static ChecklistResult Check(OrderTrail order, SupervisionTrail trail)
    {
        var verification = trail.Verification;
        if (verification.IsIntact)
        {
            return Pass($"the trail's hash chain verifies ({verification.EntriesVerified} entries), the order's {order.Entries.Count} entries with it");
        }

        var firstBad = verification.FirstBadSequence!.Value;
        if (order.Entries.FirstOrDefault(e => e.Sequence >= firstBad) is { } bad)
        {
            return Fail($"the order's entry {bad.Sequence} is at or after the trail's first bad entry {firstBad}: {verification.Problem}");
        }

        return trail.HoldsEntriesPastTheBreak
            ? Pass($"the order's {order.Entries.Count} entries all come before the trail's first bad entry {firstBad} and verify")
            : Fail($"the trail breaks at entry {firstBad} ({verification.Problem}) and the entries after it cannot be read, so the order's record may go on there unverified");
    }

    private static ChecklistResult Pass(string detail) => new(ChecklistItem.TrailIntact, true, detail);

    private static ChecklistResult Fail(string detail) => new(ChecklistItem.TrailIntact, false, detail);
}
