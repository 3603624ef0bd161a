using System.ComponentModel;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A customer case, for the OpenAPI document.</summary>
[Description("A customer query, complaint or report (articles 5 and 6.1), as a caller who may read it sees it.")]
internal sealed class CaseSchema
{
    [Description("The case's id.")]
    public required string CaseId { get; init; }

    [Description("Query, Complaint or Report.")]
    public required CaseKind Kind { get; init; }

    [Description("How it came in.")]
    public required CommunicationChannel Channel { get; init; }

    [Description("When it was received.")]
    public required DateTimeOffset ReceivedAt { get; init; }

    [Description("Who received it; `anonymous-channel` for a report.")]
    public required string ReceivedBy { get; init; }

    [Description("The order it is about, or null.")]
    public required string? OrderId { get; init; }

    [Description("The customer as given; for a report only what the reporter chose to give, or null.")]
    public required string? Reporter { get; init; }

    [Description("What it is about.")]
    public required string Subject { get; init; }

    [Description("The query, complaint or report as given.")]
    public required string Description { get; init; }

    [Description("The department it is assigned to, or null.")]
    public required Department? Department { get; init; }

    [Description("The employee it is assigned to, or null.")]
    public required string? AssignedTo { get; init; }

    [Description("When the answer is due: the kind's reply time in business time after receipt.")]
    public required DateTimeOffset ReplyDueAt { get; init; }

    [Description("Whether it is unanswered past its reply due.")]
    public required bool Overdue { get; init; }

    [Description("Open, Answered or Closed.")]
    public required CaseStatus Status { get; init; }

    [Description("The investigation notes, oldest first.")]
    public required CaseNoteSchema[] Notes { get; init; }

    [Description("The rectification actions, by number.")]
    public required RectificationSchema[] Rectifications { get; init; }

    [Description("The answer, or null while unanswered.")]
    public required CaseAnswerSchema? Answer { get; init; }

    [Description("Who closed it, or null.")]
    public required string? ClosedBy { get; init; }

    [Description("When it was closed, or null.")]
    public required DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>An investigation note.</summary>
[Description("An investigation note.")]
internal sealed class CaseNoteSchema
{
    [Description("The note's number in the case.")]
    public required int Number { get; init; }

    [Description("What was found or done.")]
    public required string Text { get; init; }

    [Description("Who wrote it.")]
    public required string By { get; init; }

    [Description("Their role.")]
    public required Role Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset At { get; init; }
}

/// <summary>A rectification action.</summary>
[Description("A rectification action: who must do what by when, and how it was done.")]
internal sealed class RectificationSchema
{
    [Description("The action's number in the case.")]
    public required int Number { get; init; }

    [Description("Who must carry it out.")]
    public required string Owner { get; init; }

    [Description("When it is due.")]
    public required DateTimeOffset DueAt { get; init; }

    [Description("What must be done.")]
    public required string Description { get; init; }

    [Description("Who decided it.")]
    public required string AddedBy { get; init; }

    [Description("When it was decided.")]
    public required DateTimeOffset AddedAt { get; init; }

    [Description("How it was done, or null while open.")]
    public required RectificationDoneSchema? Done { get; init; }
}

/// <summary>How a rectification action was done.</summary>
[Description("How a rectification action was done.")]
internal sealed class RectificationDoneSchema
{
    [Description("When it was recorded as done.")]
    public required DateTimeOffset At { get; init; }

    [Description("Who recorded it.")]
    public required string By { get; init; }

    [Description("Their role.")]
    public required Role Role { get; init; }

    [Description("What was done.")]
    public required string How { get; init; }
}

/// <summary>The answer to a case.</summary>
[Description("The answer given.")]
internal sealed class CaseAnswerSchema
{
    [Description("The answer as given.")]
    public required string Text { get; init; }

    [Description("Who gave it.")]
    public required string By { get; init; }

    [Description("Their role.")]
    public required Role Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset At { get; init; }

    [Description("For a complaint or report: whether it was substantiated; null for a query.")]
    public required bool? Substantiated { get; init; }
}

/// <summary>What the anonymous channel answers a reporter.</summary>
[Description("What the anonymous channel answers a reporter: the case id and when the report is due to be answered; nothing that names anyone.")]
internal sealed class ReportReceiptSchema
{
    [Description("The report's case id.")]
    public required string CaseId { get; init; }

    [Description("When the Auditor's answer is due.")]
    public required DateTimeOffset ReplyDueAt { get; init; }
}
