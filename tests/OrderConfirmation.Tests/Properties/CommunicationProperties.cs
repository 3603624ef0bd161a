using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Orders;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Properties;

/// <summary>
/// Issue 16: whatever the interleaving of communications with the commands that raise customer notifications (issues
/// reported in execution, reschedules, milestones), communications are C1..Cn in recording order, notifications N1..Nm
/// in the order raised (one per <c>CustomerNotificationRequired</c> event, whose id it carries), and a notification is
/// answered exactly when an accepted outbound communication listed it.
/// </summary>
public sealed class CommunicationProperties
{
    private static readonly Gen<(int Kind, int Variant)> Steps =
        from kind in Gen.Choose(0, 3)
        from variant in Gen.Choose(0, 1000)
        select (kind, variant);

    private static LifecycleCommand Command(int kind, int variant, OrderState state) => kind switch
    {
        0 => new ReportProgress(ProgressReport.IssueRaised((ExecutionIssueKind)(variant % 3), $"issue {variant}")),
        1 => new ReportProgress(ProgressReport.Milestone($"milestone {variant}")),
        2 => new RescheduleDelivery(LifecycleScenario.Promised.PlusDays(1 + (variant % 20)), ExecutionExceptionReason.Delay, "agreed"),
        _ => new RecordCommunication(
            CommunicationChannel.Email,
            variant % 4 == 0 ? CommunicationDirection.Inbound : CommunicationDirection.Outbound,
            "Customer: Zhang Wei",
            $"message {variant}",
            LifecycleScenario.Friday10,
            state.Notifications.Count == 0 || variant % 3 == 0 ? [] : [state.Notifications[variant % state.Notifications.Count].Id]),
    };

    private static Actor ActorFor(int kind) => kind switch
    {
        0 or 1 => LifecycleScenario.Executor,
        2 => LifecycleScenario.Head,
        _ => LifecycleScenario.Sales,
    };

    [Property(MaxTest = 200)]
    public Property Interleaved_CommunicationAndNotificationIds_AreNumberedInOrder() =>
        Prop.ForAll(Gen.ListOf(Steps, 40).ToArbitrary(), steps =>
        {
            var scenario = new LifecycleScenario();
            var state = scenario.InExecution();
            int recorded = 0, raised = 0;
            var answeredBy = new Dictionary<string, string>();
            foreach (var (kind, variant) in steps)
            {
                var command = Command(kind, variant, state);
                var result = scenario.Apply(state, command, ActorFor(kind));
                if (!result.IsAccepted)
                {
                    continue;
                }

                foreach (var notification in result.Events.Where(e => e.Kind == LifecycleEventKind.CustomerNotificationRequired))
                {
                    raised++;
                    if (notification.NotificationId != $"N{raised}")
                    {
                        return false.Label($"event {raised} carries {notification.NotificationId}");
                    }
                }

                if (command is RecordCommunication communication)
                {
                    recorded++;
                    foreach (var id in communication.Answers)
                    {
                        answeredBy.Add(id, $"C{recorded}");
                    }
                }

                state = result.State!;
            }

            return (state.Communications.Select(c => c.Id).SequenceEqual(Enumerable.Range(1, recorded).Select(i => $"C{i}"))
                    && state.Notifications.Select(n => n.Id).SequenceEqual(Enumerable.Range(1, raised).Select(i => $"N{i}"))
                    && state.Notifications.All(n => n.AnsweredBy == answeredBy.GetValueOrDefault(n.Id))
                    && state.Status == OrderStatus.InExecution)
                .Label($"communications {string.Join(",", state.Communications.Select(c => c.Id))}; notifications {string.Join(",", state.Notifications.Select(n => $"{n.Id}:{n.AnsweredBy}"))}");
        });
}
