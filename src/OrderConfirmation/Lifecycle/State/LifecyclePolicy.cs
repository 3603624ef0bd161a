using System.Collections.Frozen;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;
using OrderConfirmation.Tasks;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Who may do what, and the lifecycle's time limits. The defaults follow articles 3 and 4: Sales enters and
/// submits; Order Confirmation reviews, reviews again and asks for clarification; Finance places and releases holds; only the
/// head of Order Confirmation confirms and handles execution exceptions (rescheduling, cancelling in execution,
/// short-closing); executing departments start, report and complete execution; each department completes its own
/// tasks (Technical engineers, Product planners, Finance, Sales; the head any) and Order Confirmation escalates overdue
/// ones; the auditor reads and changes nothing; the person who entered an order cannot confirm it.
/// </summary>
public sealed record LifecyclePolicy
{
    private readonly int _replyBusinessDays = 3;
    private readonly int _atRiskWithinDays = 3;
    private static readonly Lazy<TaskTable> ShippedTasks = new(TaskFile.LoadDefault);

    private readonly Duration _maxDecisionAge = Duration.FromHours(24);
    private readonly Duration _notificationWithin = Duration.FromHours(4);
    private readonly TaskTable _tasks = ShippedTasks.Value;
    private readonly IReadOnlyDictionary<Department, Role> _taskRoles = DefaultTaskRoles;

    /// <summary>Creates a policy with the default permissions over the company's working calendar.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public LifecyclePolicy(WorkingCalendar calendar)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>The default permissions: which roles may give each command.</summary>
    public static IReadOnlyDictionary<LifecycleCommandKind, IReadOnlySet<Role>> DefaultPermissions { get; } = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>
    {
        [LifecycleCommandKind.Enter] = Roles(Role.SalesRep),
        [LifecycleCommandKind.EditDraft] = Roles(Role.SalesRep),
        [LifecycleCommandKind.Submit] = Roles(Role.SalesRep),
        [LifecycleCommandKind.StartReview] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.RequestClarification] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.RecordCustomerReply] = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.PlaceHold] = Roles(Role.FinanceOfficer),
        [LifecycleCommandKind.ReleaseHold] = Roles(Role.FinanceOfficer),
        [LifecycleCommandKind.Confirm] = Roles(Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.StartExecution] = Roles(Role.ExecutionOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.ReportProgress] = Roles(Role.ExecutionOfficer),
        [LifecycleCommandKind.Complete] = Roles(Role.ExecutionOfficer, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.Cancel] = Roles(Role.SalesRep, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.Reject] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.ApplyChange] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.ReviewAgain] = Roles(Role.ConfirmationOfficer),
        [LifecycleCommandKind.RescheduleDelivery] = Roles(Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.CancelExecution] = Roles(Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.ShortClose] = Roles(Role.HeadOfOrderConfirmation),
        // Everyone working on an order records the communications about it.
        [LifecycleCommandKind.RecordCommunication] = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.FinanceOfficer, Role.ExecutionOfficer, Role.TechnicalEngineer, Role.ProductPlanner),
        [LifecycleCommandKind.CompleteTask] = Roles(Role.SalesRep, Role.FinanceOfficer, Role.TechnicalEngineer, Role.ProductPlanner, Role.HeadOfOrderConfirmation),
        [LifecycleCommandKind.EscalateTask] = Roles(Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation),
    }.ToFrozenDictionary();

    /// <summary>
    /// The role that completes each department's tasks: Technical's the <see cref="Role.TechnicalEngineer"/>, Product's the
    /// <see cref="Role.ProductPlanner"/>, Finance's the <see cref="Role.FinanceOfficer"/>, Sales' the <see cref="Role.SalesRep"/>.
    /// The head of Order Confirmation may complete any task.
    /// </summary>
    public static IReadOnlyDictionary<Department, Role> DefaultTaskRoles { get; } = new Dictionary<Department, Role>
    {
        [Department.Technical] = Role.TechnicalEngineer,
        [Department.Product] = Role.ProductPlanner,
        [Department.Finance] = Role.FinanceOfficer,
        [Department.Sales] = Role.SalesRep,
    }.ToFrozenDictionary();

    /// <summary>The roles that see customer contact data and addresses (article 5, need-to-know): Sales, Order Confirmation and Finance.</summary>
    public static IReadOnlySet<Role> DefaultCustomerDataRoles { get; } = Roles(Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation, Role.FinanceOfficer);

    /// <summary>The company's working calendar, for reply deadlines.</summary>
    public WorkingCalendar Calendar { get; init; }

    /// <summary>Which roles may give each command; a command absent from the map may be given by nobody.</summary>
    public IReadOnlyDictionary<LifecycleCommandKind, IReadOnlySet<Role>> Permissions { get; init; } = DefaultPermissions;

    /// <summary>Which roles see customer contact data and addresses in an <see cref="OrderView"/>.</summary>
    public IReadOnlySet<Role> CustomerDataRoles { get; init; } = DefaultCustomerDataRoles;

    /// <summary>
    /// Which review actions open a department task, for which department, due when and whether it blocks confirmation.
    /// Default: the table shipped in the package (<see cref="TaskFile.LoadDefault"/>, a copy of <c>rules/tasks.json</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TaskTable Tasks
    {
        get => _tasks;
        init => _tasks = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The role that completes each department's tasks (the head of Order Confirmation may complete any); default <see cref="DefaultTaskRoles"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<Department, Role> TaskRoles
    {
        get => _taskRoles;
        init => _taskRoles = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether the person who entered an order is barred from confirming it. Default <see langword="true"/>.</summary>
    public bool SeparationOfDuties { get; init; } = true;

    /// <summary>Business days the customer has to reply to a clarification request. Default 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int ReplyBusinessDays
    {
        get => _replyBusinessDays;
        init => _replyBusinessDays = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The reply time must be at least one business day.");
    }

    /// <summary>An order is at risk when its promised delivery date is at most this many days away and it has not shipped in full. Default 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int AtRiskWithinDays
    {
        get => _atRiskWithinDays;
        init => _atRiskWithinDays = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The at-risk window cannot be negative.");
    }

    /// <summary>
    /// How old the review decision a confirmation relies on may be: a decision evaluated longer ago than this before the
    /// confirmation is refused, and the order must be reviewed again (<c>ReviewAgain</c>); one exactly this old is
    /// accepted. Default 24 hours.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public Duration MaxDecisionAge
    {
        get => _maxDecisionAge;
        init => _maxDecisionAge = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum age of a review decision must be positive.");
    }

    /// <summary>
    /// How soon, in business time on the <see cref="Calendar"/>, the customer must be told once a customer notification is
    /// raised (article 5: progress information "at the agreed times"): half a business day, so that what happens in the
    /// morning is told the same day and what happens late in the day by the next morning. A notification still open
    /// longer than this is listed by <see cref="FollowUpMonitor.UnsentNotifications"/>. Default 4 business hours.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public Duration NotificationWithin
    {
        get => _notificationWithin;
        init => _notificationWithin = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The time to tell the customer must be positive.");
    }

    /// <summary>Whether <paramref name="role"/> may complete a task of <paramref name="department"/>: the department's role in <see cref="TaskRoles"/>, or the head of Order Confirmation.</summary>
    public bool MayComplete(Role role, Department department) =>
        role == Role.HeadOfOrderConfirmation || (TaskRoles.TryGetValue(department, out var taskRole) && taskRole == role);

    /// <summary>Whether the role may give the command.</summary>
    public bool Permits(Role role, LifecycleCommandKind command) => Permissions.TryGetValue(command, out var roles) && roles.Contains(role);

    private static FrozenSet<Role> Roles(params Role[] roles) => roles.ToFrozenSet();
}
