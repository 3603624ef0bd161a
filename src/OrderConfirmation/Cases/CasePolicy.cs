using System.Collections.Frozen;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// Who may do what to a customer case, who may read it, and how long each kind may wait for its answer. The defaults
/// follow articles 5 and 6.1: Sales, Order Confirmation and its head receive, assign and answer queries and complaints;
/// the Auditor (the supervision group) investigates complaints, decides their rectification and follows it to done;
/// anyone may file a report, through the anonymous channel, and only the Auditor may read or act on it.
/// </summary>
public sealed record CasePolicy
{
    private static readonly FrozenSet<Role> Staff = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation);
    private static readonly FrozenSet<Role> AuditorOnly = Roles(Role.Auditor);

    private readonly IReadOnlyDictionary<CaseKind, Duration> _replyTimes;

    /// <summary>Creates a policy with the default permissions over the company's working calendar.</summary>
    /// <param name="calendar">The working calendar on which reply times are counted.</param>
    /// <param name="replyTimes">
    /// The reply time of each kind, as business time (as the calendar file's <c>caseReplyTime</c> gives them); the
    /// <see cref="DefaultReplyTimes"/> of the calendar when <see langword="null"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="replyTimes"/> lacks a kind or gives one a time that is not more than zero.</exception>
    public CasePolicy(WorkingCalendar calendar, IReadOnlyDictionary<CaseKind, Duration>? replyTimes = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _replyTimes = ValidReplyTimes(replyTimes ?? DefaultReplyTimes(calendar), nameof(replyTimes));
    }

    /// <summary>
    /// The default permissions: Sales, Order Confirmation and its head handle queries; they receive, assign and answer
    /// complaints, which the Auditor also investigates, assigns and rectifies; Order Confirmation and its head record a
    /// complaint's rectification done, and the head or the Auditor closes it; every role may file a report, and only the
    /// Auditor does anything else with it.
    /// </summary>
    public static IReadOnlyDictionary<CaseKind, IReadOnlyDictionary<CaseCommandKind, IReadOnlySet<Role>>> DefaultPermissions { get; } =
        new Dictionary<CaseKind, IReadOnlyDictionary<CaseCommandKind, IReadOnlySet<Role>>>
        {
            [CaseKind.Query] = Every(Staff),
            [CaseKind.Complaint] = new Dictionary<CaseCommandKind, IReadOnlySet<Role>>
            {
                [CaseCommandKind.Receive] = Staff,
                [CaseCommandKind.Assign] = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.Auditor),
                [CaseCommandKind.AddInvestigationNote] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.Auditor),
                [CaseCommandKind.AddRectification] = AuditorOnly,
                [CaseCommandKind.CompleteRectification] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.Auditor),
                [CaseCommandKind.Answer] = Staff,
                [CaseCommandKind.Close] = Roles(Role.HeadOfOrderConfirmation, Role.Auditor),
            }.ToFrozenDictionary(),
            [CaseKind.Report] = new Dictionary<CaseCommandKind, IReadOnlySet<Role>>(Every(AuditorOnly))
            {
                [CaseCommandKind.Receive] = Enum.GetValues<Role>().ToFrozenSet(),
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>Who may read a case of each kind (article 5, need-to-know): queries and complaints Sales, Order Confirmation, its head and the Auditor; reports only the Auditor.</summary>
    public static IReadOnlyDictionary<CaseKind, IReadOnlySet<Role>> DefaultReadRoles { get; } = new Dictionary<CaseKind, IReadOnlySet<Role>>
    {
        [CaseKind.Query] = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.Auditor),
        [CaseKind.Complaint] = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.Auditor),
        [CaseKind.Report] = AuditorOnly,
    }.ToFrozenDictionary();

    /// <summary>The working calendar on which reply times are counted.</summary>
    public WorkingCalendar Calendar { get; init; }

    /// <summary>
    /// The reply time of each kind, as business time on <see cref="Calendar"/>; every kind is present and more than zero.
    /// </summary>
    /// <exception cref="ArgumentException">The value lacks a kind or gives one a time that is not more than zero.</exception>
    public IReadOnlyDictionary<CaseKind, Duration> ReplyTimes
    {
        get => _replyTimes;
        init => _replyTimes = ValidReplyTimes(value, nameof(value));
    }

    /// <summary>Which roles may give each command, per kind of case; a command absent from the map may be given by nobody.</summary>
    public IReadOnlyDictionary<CaseKind, IReadOnlyDictionary<CaseCommandKind, IReadOnlySet<Role>>> Permissions { get; init; } = DefaultPermissions;

    /// <summary>Which roles may read a case of each kind through <see cref="CaseView.For"/>.</summary>
    public IReadOnlyDictionary<CaseKind, IReadOnlySet<Role>> ReadRoles { get; init; } = DefaultReadRoles;

    /// <summary>
    /// The default reply times on <paramref name="calendar"/>: a query 8 business hours (<c>PT8H</c>), a complaint 2
    /// business days (<c>P2D</c>), a report 5 business days (<c>P5D</c>), where a business day is the calendar's average
    /// working day (its weekly working time divided by the number of weekdays with working hours, as for the calendar
    /// file's <c>standardTime</c>): 8 hours on Monday to Friday, 09:00–12:00 and 13:00–18:00.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<CaseKind, Duration> DefaultReplyTimes(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return ByKind(CaseReplyTimeReader.Defaults(calendar.Week));
    }

    /// <summary>
    /// The policy of a calendar file's settings: its working calendar, and the reply time of each kind as its
    /// <c>caseReplyTime</c> gives them (<see cref="CalendarSettings.CaseReplyTimes"/>), with the default permissions.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    public static CasePolicy For(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CasePolicy(settings.Calendar, ByKind(settings.CaseReplyTimes));
    }

    private static FrozenDictionary<CaseKind, Duration> ByKind(IReadOnlyDictionary<string, Duration> times) =>
        Enum.GetValues<CaseKind>().ToFrozenDictionary(kind => kind, kind => times[kind.ToString()]);

    /// <summary>Whether <paramref name="role"/> may give <paramref name="command"/> on a case of kind <paramref name="kind"/>.</summary>
    public bool Permits(CaseKind kind, Role role, CaseCommandKind command) =>
        Permissions.TryGetValue(kind, out var commands) && commands.TryGetValue(command, out var roles) && roles.Contains(role);

    /// <summary>The roles that may give <paramref name="command"/> on a case of kind <paramref name="kind"/>, in the order of <see cref="Role"/>.</summary>
    public IReadOnlyList<Role> RolesFor(CaseKind kind, CaseCommandKind command) =>
        [.. Enum.GetValues<Role>().Where(role => Permits(kind, role, command))];

    /// <summary>Whether <paramref name="role"/> may read a case of kind <paramref name="kind"/>.</summary>
    public bool MayRead(CaseKind kind, Role role) => ReadRoles.TryGetValue(kind, out var roles) && roles.Contains(role);

    /// <summary>When the answer to a case of kind <paramref name="kind"/> received at <paramref name="receivedAt"/> is due: the kind's reply time in business time on <see cref="Calendar"/>.</summary>
    public Instant ReplyDue(CaseKind kind, Instant receivedAt) => Calendar.AddBusinessTime(receivedAt, ReplyTimes[kind]);

    private static FrozenDictionary<CaseKind, Duration> ValidReplyTimes(IReadOnlyDictionary<CaseKind, Duration> times, string paramName)
    {
        ArgumentNullException.ThrowIfNull(times, paramName);
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            if (!times.TryGetValue(kind, out var time) || time <= Duration.Zero)
            {
                throw new ArgumentException($"The reply time of a {kind} must be given and more than zero.", paramName);
            }
        }

        return times.ToFrozenDictionary();
    }

    private static FrozenDictionary<CaseCommandKind, IReadOnlySet<Role>> Every(IReadOnlySet<Role> roles) =>
        Enum.GetValues<CaseCommandKind>().ToFrozenDictionary(command => command, _ => roles);

    private static FrozenSet<Role> Roles(params Role[] roles) => roles.ToFrozenSet();
}
