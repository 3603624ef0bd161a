using System.Linq.Expressions;
using System.Reflection;
using NodaTime;

namespace OrderConfirmation.Rules.Sandbox;

/// <summary>
/// The rule-expression sandbox. RulesEngine's expression language can reach reflection and other types through the
/// types it knows (for example <c>order.GetType().Assembly.Location</c>); every parsed expression is therefore checked at
/// load against an allow-list: the domain model and facts, our <see cref="Check"/> helpers, <c>string</c>, numbers,
/// <c>Math</c>, NodaTime dates and LINQ operators over the model's collections. Anything else — reflection, I/O,
/// processes, the environment, the clock (<c>DateTime.Now</c>), unbounded generators, object creation, huge literals,
/// over-deep nesting — makes the rule invalid, with the member named.
/// </summary>
internal static class ExpressionAllowList
{
    /// <summary>The longest expression text accepted.</summary>
    public const int MaxLength = 4_000;

    /// <summary>The deepest expression tree accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest string literal accepted.</summary>
    public const int MaxLiteralLength = 1_000;

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal), typeof(char),
        typeof(string), typeof(object), typeof(LocalDate), typeof(LocalTime), typeof(Instant), typeof(Duration), typeof(IsoDayOfWeek), typeof(Period),
    ];

    private static readonly HashSet<Type> StaticHelpers = [typeof(Check), typeof(Math), typeof(Enumerable), typeof(string), typeof(decimal), typeof(Period)];

    private static readonly HashSet<string> ForbiddenEnumerableMethods = ["Range", "Repeat", "Empty", "Cast", "OfType", "ToLookup", "Chunk", "Zip", "Join", "GroupJoin", "SelectMany"];

    private static readonly HashSet<string> ForbiddenMethods = ["GetType", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals", "Intern", "IsInterned", "Create", "Join", "Concat", "PadLeft", "PadRight", "Replace", "Format"];

    private static readonly Assembly Domain = typeof(ExpressionAllowList).Assembly;

    private static readonly IReadOnlySet<Type> NoInputTypes = new HashSet<Type>();

    /// <summary>The first thing the expression may not use, in words, or <see langword="null"/> when it is allowed.</summary>
    /// <param name="text">The expression as written.</param>
    /// <param name="expression">The parsed expression.</param>
    /// <param name="inputTypes">Types from outside this library that a stage declares as inputs (or their public members' types): rules may read their public members too.</param>
    public static string? Problem(string text, Expression expression, IReadOnlySet<Type>? inputTypes = null)
    {
        if (text.Length > MaxLength)
        {
            return $"The expression is {text.Length} characters long; at most {MaxLength} are allowed.";
        }

        if (Nesting(text) > MaxDepth)
        {
            return $"The expression nests brackets more than {MaxDepth} levels deep.";
        }

        var visitor = new Visitor(inputTypes ?? NoInputTypes);
        visitor.Visit(expression);
        return visitor.Problem;
    }

    /// <summary>
    /// The types from outside this library that rules may read because a stage declares them as inputs: each declared
    /// type (or its element or type arguments) from another library, and, in turn, the types of its public properties
    /// and fields from that same library. Framework types (reflection, I/O, …) are never added.
    /// </summary>
    public static IReadOnlySet<Type> InputTypes(IEnumerable<Type> declared)
    {
        var trusted = new HashSet<Type>();
        var pending = new Stack<Type>(declared);
        while (pending.TryPop(out var type))
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                pending.Push(underlying);
            }
            else if (type.HasElementType)
            {
                pending.Push(type.GetElementType()!);
            }
            else if (type.IsGenericType && !IsHostType(type))
            {
                type.GetGenericArguments().ToList().ForEach(pending.Push);
            }
            else if (IsHostType(type) && trusted.Add(type))
            {
                foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                    .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.FieldType)))
                {
                    pending.Push(member);
                }
            }
        }

        return trusted;
    }

    /// <summary>A public type of a host's library (nested in public types too): not this library's, not the framework's, not a delegate.</summary>
    private static bool IsHostType(Type type) =>
        type.IsVisible && type.Assembly != Domain && !typeof(Delegate).IsAssignableFrom(type)
        && type.Assembly.GetName().Name is { } name
        && !(name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
             || name is "mscorlib" or "netstandard" or "NodaTime" || name.StartsWith("RulesEngine", StringComparison.Ordinal));

    private static int Nesting(string text)
    {
        int depth = 0, deepest = 0;
        var quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return deepest;
    }

    private static bool IsAllowedType(Type type, IReadOnlySet<Type> inputTypes)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsAllowedType(underlying, inputTypes);
        }

        if (type.IsArray)
        {
            return IsAllowedType(type.GetElementType()!, inputTypes);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            return (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                    || definition == typeof(IReadOnlySet<>) || definition == typeof(ICollection<>) || definition == typeof(IList<>) || definition == typeof(List<>)
                    || definition == typeof(ISet<>) || definition == typeof(HashSet<>) || definition == typeof(Func<,>) || definition == typeof(Func<,,>)
                    || definition == typeof(IOrderedEnumerable<>))
                && type.GetGenericArguments().All(t => IsAllowedType(t, inputTypes));
        }

        return ValueTypes.Contains(type) || inputTypes.Contains(type) || (type.Assembly == Domain && type.IsPublic && !typeof(Delegate).IsAssignableFrom(type));
    }

    private static string Name(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";

    private sealed class Visitor(IReadOnlySet<Type> inputTypes) : ExpressionVisitor
    {
        private int _depth;

        public string? Problem { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || Problem is not null)
            {
                return node;
            }

            if (++_depth > MaxDepth)
            {
                Problem = $"The expression nests more than {MaxDepth} levels deep.";
            }
            else if (!IsAllowedType(node.Type, inputTypes) && node.NodeType != ExpressionType.Lambda)
            {
                var what = node switch
                {
                    MethodCallExpression call => $"the method {Name(call.Method)}, which gives",
                    MemberExpression member => $"the member {Name(member.Member)}, which gives",
                    _ => "a value of type",
                };
                Problem = $"The expression uses {what} {node.Type.Name}; rules may not use that type.";
            }
            else
            {
                base.Visit(node);
            }

            _depth--;
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var declaring = node.Member.DeclaringType!;
            if (node.Expression is null)
            {
                // A static member (Math.PI, int.MaxValue, an enum value) of a helper or an allowed value type; the type
                // of what it gives has already been checked in Visit.
                var allowedStatic = StaticHelpers.Contains(declaring) || (declaring.IsEnum && IsAllowedType(declaring, inputTypes)) || (ValueTypes.Contains(declaring) && declaring != typeof(object));
                return allowedStatic ? base.VisitMember(node) : Forbid(node, node.Member, "the static member");
            }

            return IsAllowedType(declaring, inputTypes) || declaring.IsGenericType ? base.VisitMember(node) : Forbid(node, node.Member, "the member");
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var method = node.Method;
            var declaring = method.DeclaringType!;
            var allowed = !ForbiddenMethods.Contains(method.Name)
                && (declaring == typeof(Enumerable) ? !ForbiddenEnumerableMethods.Contains(method.Name)
                    : method.IsStatic ? StaticHelpers.Contains(declaring)
                    : IsAllowedType(declaring, inputTypes));
            return allowed && (!method.IsGenericMethod || method.GetGenericArguments().All(t => IsAllowedType(t, inputTypes))) ? base.VisitMethodCall(node) : Forbid(node, method, "the method");
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is string text && text.Length > MaxLiteralLength)
            {
                Problem = $"The expression holds a text of {text.Length} characters; at most {MaxLiteralLength} are allowed.";
            }

            return node;
        }

        protected override Expression VisitNew(NewExpression node) => Refuse(node, "creates an object");

        protected override Expression VisitNewArray(NewArrayExpression node) =>
            node.NodeType == ExpressionType.NewArrayInit ? base.VisitNewArray(node) : Refuse(node, "creates a sized array");

        protected override Expression VisitMemberInit(MemberInitExpression node) => Refuse(node, "creates an object");

        protected override Expression VisitListInit(ListInitExpression node) => Refuse(node, "creates a collection");

        protected override Expression VisitInvocation(InvocationExpression node) => Refuse(node, "invokes a delegate");

        protected override Expression VisitBlock(BlockExpression node) => Refuse(node, "contains statements");

        protected override Expression VisitLoop(LoopExpression node) => Refuse(node, "contains a loop");

        protected override Expression VisitTry(TryExpression node) => Refuse(node, "contains a try block");

        protected override Expression VisitGoto(GotoExpression node) => Refuse(node, "jumps");

        // A dynamic expression comes here too: it only calls VisitDynamic on a visitor of the dynamic runtime.
        protected override Expression VisitExtension(Expression node) => Refuse(node, "is not a plain expression");

        private Expression Forbid(Expression node, MemberInfo member, string what)
        {
            Problem = $"The expression uses {what} {Name(member)}, which rules may not use; rules read the order, its lines, the facts and the Check helpers.";
            return node;
        }

        private Expression Refuse(Expression node, string what)
        {
            Problem = $"The expression {what} ({node.NodeType}), which rules may not do.";
            return node;
        }
    }
}
