using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>A promised delivery date moved by the head of Order Confirmation, as agreed with the customer (article 4.4).</summary>
/// <param name="From">The date promised before.</param>
/// <param name="To">The date promised now.</param>
/// <param name="Reason">Why the date moved.</param>
/// <param name="Agreement">How the customer agreed (who, when, by which channel).</param>
/// <param name="By">Who rescheduled.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When.</param>
public sealed record DeliveryReschedule(LocalDate From, LocalDate To, ExecutionExceptionReason Reason, string Agreement, string By, Role Role, Instant At);
