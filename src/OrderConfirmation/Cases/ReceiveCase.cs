using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// A query, complaint or report comes in (articles 5 and 6.1). Its reply is due the kind's reply time in business
/// time after receipt (<see cref="CasePolicy.ReplyDue"/>). A query or complaint names the customer as given; a report
/// names nobody: the reporter's text is kept only if they chose to give one, and the case records the anonymous channel
/// as its receiver, never the actor who took it in. Refused when the subject, the description or (for a query or
/// complaint) the customer is blank, or an order id is given blank.
/// </summary>
public sealed record ReceiveCase : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="caseId">The new case's identifier.</param>
    /// <param name="kind">Query, complaint or report.</param>
    /// <param name="channel">How it came in.</param>
    /// <param name="subject">What it is about, in a line.</param>
    /// <param name="description">The query, complaint or report as given.</param>
    /// <param name="reporter">For a query or complaint, who the customer is, as given; for a report, only what the reporter chose to give (or <see langword="null"/>).</param>
    /// <param name="orderId">The order it is about, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="channel"/> is not a defined value.</exception>
    public ReceiveCase(string caseId, CaseKind kind, CommunicationChannel channel, string subject, string description, string? reporter = null, string? orderId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(description);
        CaseId = caseId;
        CaseKind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a case kind.");
        Channel = Enum.IsDefined(channel) ? channel : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a communication channel.");
        Subject = subject;
        Description = description;
        Reporter = reporter;
        OrderId = orderId;
    }

    /// <summary>The new case's identifier.</summary>
    public string CaseId { get; }

    /// <summary>Query, complaint or report.</summary>
    public CaseKind CaseKind { get; }

    /// <summary>How it came in.</summary>
    public CommunicationChannel Channel { get; }

    /// <summary>What it is about, in a line.</summary>
    public string Subject { get; }

    /// <summary>The query, complaint or report as given.</summary>
    public string Description { get; }

    /// <summary>The customer as given, or what a reporter chose to give.</summary>
    public string? Reporter { get; }

    /// <summary>The order it is about, if any.</summary>
    public string? OrderId { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.Receive;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [];

    /// <inheritdoc />
    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context) =>
        CaseOutcome.Fail($"case {state.CaseId} has already been received");

    /// <summary>Receives the case.</summary>
    internal CaseOutcome Receive(CaseCommandContext context)
    {
        if ((CaseOutcome.Blank(Subject, "the subject") ?? CaseOutcome.Blank(Description, "the description")) is { } blank)
        {
            return blank;
        }

        if (CaseKind != CaseKind.Report && CaseOutcome.Blank(Reporter, $"the customer of the {CaseKind}") is { } anonymous)
        {
            return anonymous;
        }

        if (OrderId is not null && string.IsNullOrWhiteSpace(OrderId))
        {
            return CaseOutcome.Fail("the order id is blank; give the order's id or none");
        }

        var report = CaseKind == CaseKind.Report;
        return CaseOutcome.Done(new CaseState
        {
            CaseId = CaseId,
            Kind = CaseKind,
            Channel = Channel,
            ReceivedAt = context.At,
            ReceivedBy = report ? CaseState.AnonymousChannel : context.Known.Id,
            OrderId = OrderId,
            Reporter = string.IsNullOrWhiteSpace(Reporter) ? null : Reporter,
            Subject = Subject,
            Description = Description,
            ReplyDueAt = context.Policy.ReplyDue(CaseKind, context.At),
        });
    }

    /// <inheritdoc />
    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
        writer.WriteString("channel", Channel.ToString());
        if (after is not null)
        {
            writer.WriteString("receivedBy", after.ReceivedBy);
            writer.WriteString("replyDueAt", InstantPattern.ExtendedIso.Format(after.ReplyDueAt));
        }
    }
}
