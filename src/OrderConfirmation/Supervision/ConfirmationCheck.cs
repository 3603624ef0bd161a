using NodaTime.Text;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Supervision;

/// <summary>
/// <see cref="ChecklistItem.ConfirmedByHead"/>: the order has a <c>Confirmation</c> record, and every one names who
/// confirmed, in a role the policy permits to give <see cref="LifecycleCommandKind.Confirm"/> (the head of Order
/// Confirmation by default, article 4.2), and when.
/// </summary>
internal static class ConfirmationCheck
{
    public static ChecklistResult Check(OrderTrail order, LifecyclePolicy policy)
    {
        var confirmations = order.OfKind(AuditEntryKind.Confirmation).ToList();
        if (confirmations.Count == 0)
        {
            return new ChecklistResult(ChecklistItem.ConfirmedByHead, false, "the trail holds no confirmation record of the order");
        }

        var problems = new List<string>();
        var found = new List<string>();
        foreach (var (entry, payload) in confirmations)
        {
            var by = OrderTrail.Text(payload, "confirmedBy") ?? entry.Actor;
            var roleName = OrderTrail.Text(payload, "role") ?? entry.Role;
            var at = OrderTrail.Text(payload, "confirmedAt");
            var permitted = Enum.TryParse<Role>(roleName, ignoreCase: false, out var role) && Enum.IsDefined(role) && policy.Permits(role, LifecycleCommandKind.Confirm);
            if (!permitted)
            {
                problems.Add($"the confirmation of entry {entry.Sequence} was made by {by} as {roleName ?? "no role"}, a role the policy does not permit to confirm");
            }

            if (at is null || !InstantPattern.ExtendedIso.Parse(at).Success)
            {
                problems.Add($"the confirmation of entry {entry.Sequence} has no confirmation time");
            }

            found.Add($"by {by} ({roleName}) at {at}");
        }

        return problems.Count > 0
            ? new ChecklistResult(ChecklistItem.ConfirmedByHead, false, string.Join("; ", problems))
            : new ChecklistResult(ChecklistItem.ConfirmedByHead, true, $"confirmed {string.Join(", then ", found)}");
    }
}
