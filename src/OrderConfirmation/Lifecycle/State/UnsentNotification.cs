using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>A customer notification not sent in time, as the <see cref="FollowUpMonitor"/> lists it: what a host needs to chase it.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Notification">The open notification.</param>
/// <param name="Due">When the customer should have been told at the latest: <see cref="CustomerNotification.RaisedAt"/> plus <see cref="LifecyclePolicy.NotificationWithin"/> in business time.</param>
public sealed record UnsentNotification(string OrderId, CustomerNotification Notification, Instant Due);
