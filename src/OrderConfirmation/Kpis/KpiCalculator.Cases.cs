using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Kpis;

/// <summary>The customer-case figures: each case answered within the reply time of its kind, in business time, paused like an order.</summary>
public sealed partial class KpiCalculator
{
    /// <summary>
    /// The business time the case took (or, still unanswered, has taken by <paramref name="asOf"/>) from receipt to its
    /// answer, less the business time spent waiting for the customer when the clock pauses for it; an answer after
    /// <paramref name="asOf"/> counts as not given yet.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="customerCase"/> is <see langword="null"/>.</exception>
    public Duration AnswerTime(CustomerCaseRecord customerCase, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(customerCase);
        return AnswerTime(CaseFacts.Of(customerCase), asOf);
    }

    private Duration AnswerTime(in CaseFacts customerCase, Instant asOf)
    {
        var end = customerCase.AnsweredAt is { } answered && answered <= asOf ? answered : asOf;
        return BusinessTime(customerCase.ReceivedAt, end, customerCase.Waits);
    }

    /// <summary>The reply time of a kind of case, from <see cref="CalendarSettings.CaseReplyTimes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="CaseKind"/>.</exception>
    public Duration ReplyTime(CaseKind kind) =>
        (uint)kind < (uint)_replyTimes.Length ? _replyTimes[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a case kind.");

    /// <summary>
    /// Where the case stands for the timely reply rate as of <paramref name="asOf"/>: answered within the reply time of
    /// its kind (<see cref="TimelinessStatus.OnTime"/>) or not (<see cref="TimelinessStatus.Late"/>), or unanswered within it
    /// (<see cref="TimelinessStatus.NotYetDue"/>) or past it (<see cref="TimelinessStatus.Late"/>). Never cancelled.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="customerCase"/> is <see langword="null"/>.</exception>
    public TimelinessStatus Timeliness(CustomerCaseRecord customerCase, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(customerCase);
        return Timeliness(CaseFacts.Of(customerCase), asOf);
    }

    private TimelinessStatus Timeliness(in CaseFacts customerCase, Instant asOf)
    {
        var within = AnswerTime(customerCase, asOf) <= ReplyTime(customerCase.Kind);
        return customerCase.AnsweredAt <= asOf ? (within ? TimelinessStatus.OnTime : TimelinessStatus.Late)
            : within ? TimelinessStatus.NotYetDue : TimelinessStatus.Late;
    }

    /// <summary>The tally of one customer case: only its <see cref="KpiTally.Cases"/> counts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="customerCase"/> is <see langword="null"/>.</exception>
    public KpiTally Tally(CustomerCaseRecord customerCase, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(customerCase);
        return Tally(CaseFacts.Of(customerCase), asOf);
    }

    /// <summary>The tally of one customer case, from a record or a streamed line alike.</summary>
    internal KpiTally Tally(in CaseFacts customerCase, Instant asOf)
    {
        var timeliness = Timeliness(customerCase, asOf);
        var complaint = customerCase.Kind == CaseKind.Complaint;
        return KpiTally.Empty with
        {
            Cases = new CaseTally(
                Received: 1,
                AnsweredOnTime: timeliness == TimelinessStatus.OnTime ? 1 : 0,
                Due: timeliness is TimelinessStatus.OnTime or TimelinessStatus.Late ? 1 : 0,
                NotYetDue: timeliness == TimelinessStatus.NotYetDue ? 1 : 0,
                Complaints: complaint ? 1 : 0,
                SubstantiatedComplaints: complaint && customerCase.Substantiated == true ? 1 : 0),
        };
    }
}
