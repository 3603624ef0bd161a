using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Opens a <see cref="CustomerNotification"/> for every <see cref="LifecycleEventKind.CustomerNotificationRequired"/> event a
/// command raised, whichever command it was, and gives the event the notification's id (<c>N1</c>, <c>N2</c>, … per order).
/// </summary>
internal static class CustomerNotifications
{
    public static CommandOutcome Open(CommandOutcome outcome, Instant at)
    {
        if (outcome.State is not { } state || !outcome.Events.Any(e => e.Kind == LifecycleEventKind.CustomerNotificationRequired))
        {
            return outcome;
        }

        var notifications = state.Notifications.ToList();
        var events = new List<LifecycleEvent>(outcome.Events.Count);
        foreach (var raised in outcome.Events)
        {
            if (raised.Kind != LifecycleEventKind.CustomerNotificationRequired)
            {
                events.Add(raised);
                continue;
            }

            var notification = new CustomerNotification($"N{notifications.Count + 1}", raised.Note ?? string.Empty, raised.Issue, at);
            notifications.Add(notification);
            events.Add(raised with { NotificationId = notification.Id });
        }

        return CommandOutcome.Done(state with { Notifications = [.. notifications] }, [.. events]);
    }
}
