using Microsoft.Extensions.Logging;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// The case lifecycle's log messages: case id, kind, command, actor (the anonymous channel for a report's receipt),
/// statuses and reasons only; never free text (subjects, descriptions, reporters, notes, answers, refusal explanations),
/// so neither customer data nor a reporter's identity can reach a log.
/// </summary>
internal static partial class CaseLog
{
    private const string NoRole = "none";

    /// <summary>Logs a command's result: accepted with its move, or refused with the reason.</summary>
    public static void Result(ILogger logger, CaseTransitionResult result)
    {
        var actorId = result.Actor?.Id ?? CaseState.AnonymousChannel;
        var role = result.Actor?.Role.ToString() ?? NoRole;
        if (result.Refusal is { } refusal)
        {
            Refused(logger, result.CaseId, result.Kind, result.Command.Kind, actorId, role, refusal.Reason);
            return;
        }

        Accepted(logger, result.CaseId, result.Kind, result.Command.Kind, actorId, role, result.Before?.Status, result.State!.Status);
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Case {CaseId} ({Kind}): {Command} by {ActorId} ({Role}) moved it from {From} to {To}.")]
    public static partial void Accepted(ILogger logger, string caseId, CaseKind? kind, CaseCommandKind command, string actorId, string role, CaseStatus? from, CaseStatus to);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Case {CaseId} ({Kind}): {Command} by {ActorId} ({Role}) was refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string caseId, CaseKind? kind, CaseCommandKind command, string actorId, string role, RefusalReason reason);
}
