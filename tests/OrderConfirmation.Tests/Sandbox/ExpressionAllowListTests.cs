using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Kpis;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules.Sandbox;
using OrderConfirmation.Rules;
using OrderConfirmation.Tests.Rules;

namespace OrderConfirmation.Tests.Sandbox;

/// <summary>
/// The sandbox's allow-list (README "Rule-expression sandbox"): each kind of thing a rule may not use is rejected at
/// load with OC1013, naming the rule and the member or construct, and the limits (literal length, bracket nesting,
/// tree depth) hold exactly at their boundary. Constructs the expression parser never produces (statements, loops,
/// jumps…) are checked on hand-built expression trees, so a future parser that produces them is still refused.
/// </summary>
public sealed class ExpressionAllowListTests
{
    private static RuleDiagnostic Rejection(string expression)
    {
        var error = TestRuleFile.SingleError(new TestRule(expression) { Name = "Sandboxed" });
        Assert.Equal((RuleDiagnosticCodes.ForbiddenExpression, "Sandboxed"), (error.Code, error.Rule));
        return error;
    }

    private static bool Loads(string expression)
    {
        var validation = TestRuleFile.Validate(new TestRule(expression));
        Assert.True(validation.IsValid, string.Join("; ", validation.Errors));
        return validation.IsValid;
    }

    [Fact]
    public void Load_MethodForbiddenByName_NamesTheMethod() =>
        Assert.Equal(
            "The expression is not allowed: The expression uses the method String.PadLeft, which rules may not use; rules read the order, its lines, the facts and the Check helpers.",
            Rejection("order.OrderId.PadLeft(3) != null").Message);

    [Fact]
    public void Load_StaticMethodOfATypeThatIsNotAHelper_NamesTheMethod() =>
        Assert.Contains("the method Convert.ToInt32,", Rejection("Convert.ToInt32(order.Total) > 0").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_UnboundedEnumerableGenerator_NamesTheMethod() =>
        Assert.Contains("the method Enumerable.Range,", Rejection("Enumerable.Range(1, 3).Count() > order.Lines.Count").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_ForbiddenLinqOperatorOverTheModel_NamesTheMethod() =>
        Assert.Contains("the method Enumerable.SelectMany,", Rejection("order.Lines.SelectMany(l => l.Requirements).Count() > 0").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_GenericMethodOverAForbiddenType_NamesTheMethod() =>
        Assert.Contains("the method Enumerable.Count,", Rejection("order.Lines.Select(l => today.Calendar).Count() > 0").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_StaticMemberOfATypeThatIsNotAllowed_NamesTheMember() =>
        Assert.Contains("the static member TimeSpan.TicksPerDay,", Rejection("order.Total > TimeSpan.TicksPerDay").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_MemberOfATypeThatIsNotAllowed_NamesTheMember() =>
        Assert.Contains("the member CalendarSystem.Id,", Rejection("today.Calendar.Id != order.OrderId").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_MemberGivingAForbiddenType_NamesTheMemberAndTheType() =>
        Assert.Equal(
            "The expression is not allowed: The expression uses the member LocalDate.Calendar, which gives CalendarSystem; rules may not use that type.",
            Rejection("today.Calendar != null").Message);

    [Fact]
    public void Load_MethodGivingAForbiddenType_NamesTheMethodAndTheType() =>
        Assert.Contains("the method LocalDate.AtMidnight, which gives LocalDateTime;", Rejection("today.AtMidnight() == today.AtMidnight()").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("int.MaxValue > order.Lines.Count")]
    [InlineData("decimal.Zero < order.Total")]
    [InlineData("string.Empty != order.OrderId")]
    [InlineData("Math.Abs(order.Total) >= 0")]
    [InlineData("order.PaymentTerms != PaymentTerms.Prepaid")]
    [InlineData("order.OrderId.ToString() != null")]
    [InlineData("order.Lines.Count > 0 && order.Customer.Contact.Email.Contains(\"@\")")]
    [InlineData("today.PlusDays(3) > today && today.DayOfWeek != today.PlusDays(1).DayOfWeek")]
    [InlineData("Check.IsCurrencyCode(order.Currency)")]
    [InlineData("order.Lines.OrderBy(l => l.LineNo).First().LineNo == 1")]
    public void Load_AllowedMember_Loads(string expression) => Assert.True(Loads(expression));

    [Theory]
    [InlineData("Math.PI > order.Lines.Count")]
    [InlineData("Math.E < order.Lines.Count + 3")]
    public void Load_MathConstant_Loads(string expression) => Assert.True(Loads(expression));

    [Fact]
    public void Load_TextLiteralOfTheMaximumLength_Loads() =>
        Assert.True(Loads($"order.OrderId != \"{new string('x', ExpressionAllowList.MaxLiteralLength)}\""));

    [Fact]
    public void Load_TextLiteralOneCharacterTooLong_IsRefusedSayingHowLong() =>
        Assert.EndsWith(
            "The expression holds a text of 1001 characters; at most 1000 are allowed.",
            Rejection($"order.OrderId != \"{new string('x', ExpressionAllowList.MaxLiteralLength + 1)}\"").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Load_BracketsNestedToTheLimit_Load() =>
        Assert.True(Loads(new string('(', ExpressionAllowList.MaxDepth) + "order.Total > 0" + new string(')', ExpressionAllowList.MaxDepth)));

    [Fact]
    public void Load_BracketsNestedOneLevelTooDeep_AreRefused() =>
        Assert.EndsWith(
            "The expression nests brackets more than 64 levels deep.",
            Rejection(new string('(', ExpressionAllowList.MaxDepth + 1) + "order.Total > 0" + new string(')', ExpressionAllowList.MaxDepth + 1)).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData('"')]
    [InlineData('\'')]
    public void Problem_BracketsInsideQuotes_DoNotCount(char quote)
    {
        var text = $"order.OrderId != {quote}{new string('(', 100)}{new string('[', 100)}{quote} && (order.Total > 0)";

        Assert.Null(ExpressionAllowList.Problem(text, Expression.Constant(true)));
    }

    [Fact]
    public void Problem_QuoteOfTheOtherKindInsideQuotes_DoesNotEndThem()
    {
        var text = "order.OrderId != \"it's " + new string('(', 100) + "\"";

        Assert.Null(ExpressionAllowList.Problem(text, Expression.Constant(true)));
    }

    [Fact]
    public void Problem_BracketsAfterAClosedQuote_Count()
    {
        var text = "\"x\" != " + new string('(', 65) + "y" + new string(')', 65);

        Assert.NotNull(ExpressionAllowList.Problem(text, Expression.Constant(true)));
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Problem_EveryKindOfBracket_Counts(char open, char close)
    {
        Assert.Null(ExpressionAllowList.Problem(new string(open, 64) + new string(close, 64), Expression.Constant(true)));
        Assert.NotNull(ExpressionAllowList.Problem(new string(open, 65) + new string(close, 65), Expression.Constant(true)));
    }

    [Fact]
    public void Problem_ClosedBrackets_AreNotCountedAgain()
    {
        var text = string.Concat(Enumerable.Repeat("(a) && ", 100)) + "(b)";

        Assert.Null(ExpressionAllowList.Problem(text, Expression.Constant(true)));
    }

    [Fact]
    public void Problem_TreeAtTheMaximumDepth_IsAllowed() =>
        Assert.Null(ExpressionAllowList.Problem("x", Nested(ExpressionAllowList.MaxDepth)));

    [Fact]
    public void Problem_TreeOneLevelTooDeep_IsRefused() =>
        Assert.Equal("The expression nests more than 64 levels deep.", ExpressionAllowList.Problem("x", Nested(ExpressionAllowList.MaxDepth + 1)));

    [Fact]
    public void Problem_SiblingSubtrees_DoNotAddUpTheirDepth() =>
        Assert.Null(ExpressionAllowList.Problem("x", Expression.AndAlso(Nested(ExpressionAllowList.MaxDepth - 1), Nested(ExpressionAllowList.MaxDepth - 1))));

    public static TheoryData<string, Expression> RefusedConstructs()
    {
        var flag = Expression.Variable(typeof(bool), "flag");
        var label = Expression.Label(typeof(bool), "end");
        return new()
        {
            { "creates an object (New)", Expression.Equal(Expression.New(typeof(object)), Expression.Constant(null)) },
            { "creates an object (MemberInit)", Expression.Equal(Expression.MemberInit(Expression.New(typeof(SupplyPosition).GetConstructors()[0], Expression.Constant(1m), Expression.Constant(1))), Expression.Constant(null, typeof(SupplyPosition))) },
            { "creates a collection (ListInit)", Expression.Equal(Expression.ListInit(Expression.New(typeof(List<int>)), Expression.Constant(1)), Expression.Constant(null, typeof(List<int>))) },
            { "invokes a delegate (Invoke)", Expression.Invoke(Expression.Constant((Func<bool>)(() => true))) },
            { "contains a loop (Loop)", Expression.Loop(Expression.Break(label, Expression.Constant(true)), label) },
            { "contains a try block (Try)", Expression.TryFinally(Expression.Constant(true), Expression.Empty()) },
            { "contains statements (Block)", Expression.Block([flag], Expression.Assign(flag, Expression.Constant(true))) },
            { "creates a sized array (NewArrayBounds)", Expression.ArrayLength(Expression.NewArrayBounds(typeof(int), Expression.Constant(5))) },
            { "is not a plain expression (Dynamic)", Expression.Dynamic(new UnboundBinder(), typeof(object), Expression.Constant(1, typeof(object))) },
            { "is not a plain expression (Extension)", new OpaqueExpression() },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedConstructs))]
    public void Problem_ConstructTheParserDoesNotProduce_IsRefused(string refusal, Expression expression)
    {
        var problem = ExpressionAllowList.Problem("x", expression);

        Assert.NotNull(problem);
        Assert.Contains(refusal, problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// Methods refused by name although everything they take and give is an allowed type: the name is the only guard.
    /// Most build or repeat text and sequences without bound (a rule must not be able to exhaust the host's memory);
    /// trees are built by hand, so the guard holds whatever the parser lets through.
    /// </summary>
    public static TheoryData<string, Expression> MethodsRefusedByName()
    {
        var numbers = Expression.Constant(new List<int> { 1, 2 }, typeof(IEnumerable<int>));
        var text = Expression.Constant("SO-1");
        var three = Expression.Constant(3);
        var item = Expression.Parameter(typeof(int), "x");
        var other = Expression.Parameter(typeof(int), "y");
        var group = Expression.Parameter(typeof(IEnumerable<int>), "g");
        var key = Expression.Lambda<Func<int, int>>(item, item);
        MethodCallExpression Linq(string name, Type[] typeArguments, params Expression[] arguments) =>
            Expression.Call(typeof(Enumerable), name, typeArguments, arguments);
        MethodCallExpression OfString(string name, Type[] parameters, Expression? instance, params Expression[] arguments) =>
            Expression.Call(instance, typeof(string).GetMethod(name, parameters)!, arguments);

        return new()
        {
            { "Enumerable.Range", Linq("Range", [], three, three) },
            { "Enumerable.Repeat", Linq("Repeat", [typeof(int)], three, three) },
            { "Enumerable.Empty", Linq("Empty", [typeof(int)]) },
            { "Enumerable.Cast", Linq("Cast", [typeof(int)], numbers) },
            { "Enumerable.OfType", Linq("OfType", [typeof(int)], numbers) },
            { "Enumerable.Chunk", Linq("Chunk", [typeof(int)], numbers, three) },
            { "Enumerable.Zip", Linq("Zip", [typeof(int), typeof(int), typeof(int)], numbers, numbers, Expression.Lambda<Func<int, int, int>>(item, item, other)) },
            { "Enumerable.Join", Linq("Join", [typeof(int), typeof(int), typeof(int), typeof(int)], numbers, numbers, key, key, Expression.Lambda<Func<int, int, int>>(item, item, other)) },
            { "Enumerable.GroupJoin", Linq("GroupJoin", [typeof(int), typeof(int), typeof(int), typeof(int)], numbers, numbers, key, key, Expression.Lambda<Func<int, IEnumerable<int>, int>>(item, item, group)) },
            { "Enumerable.SelectMany", Linq("SelectMany", [typeof(int), typeof(int)], numbers, Expression.Lambda<Func<int, IEnumerable<int>>>(numbers, item)) },
            { "Enumerable.Concat", Linq("Concat", [typeof(int)], numbers, numbers) },
            { "String.GetHashCode", Expression.Call(text, typeof(string).GetMethod(nameof(GetHashCode), Type.EmptyTypes)!) },
            { "Object.MemberwiseClone", Expression.Call(Expression.Constant(new object()), typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!) },
            { "String.Intern", OfString("Intern", [typeof(string)], null, text) },
            { "String.IsInterned", OfString("IsInterned", [typeof(string)], null, text) },
            { "String.Join", OfString("Join", [typeof(string), typeof(IEnumerable<string>)], null, text, Expression.Constant(new List<string> { "a" }, typeof(IEnumerable<string>))) },
            { "String.Concat", OfString("Concat", [typeof(string), typeof(string)], null, text, text) },
            { "String.PadRight", OfString("PadRight", [typeof(int)], text, three) },
            { "String.Replace", OfString("Replace", [typeof(string), typeof(string)], text, text, text) },
            { "String.Format", OfString("Format", [typeof(string), typeof(object)], null, text, Expression.Constant(1, typeof(object))) },
        };
    }

    [Theory]
    [MemberData(nameof(MethodsRefusedByName))]
    public void Problem_MethodRefusedByName_IsRefusedNamingIt(string method, Expression expression) =>
        Assert.Equal(
            $"The expression uses the method {method}, which rules may not use; rules read the order, its lines, the facts and the Check helpers.",
            ExpressionAllowList.Problem("x", expression));

    [Fact]
    public void Problem_TextOfTheMaximumLength_IsAllowed() =>
        Assert.Null(ExpressionAllowList.Problem(new string('x', ExpressionAllowList.MaxLength), Expression.Constant(true)));

    [Fact]
    public void Problem_TextOneCharacterTooLong_IsRefusedSayingHowLong() =>
        Assert.Equal(
            "The expression is 4001 characters long; at most 4000 are allowed.",
            ExpressionAllowList.Problem(new string('x', ExpressionAllowList.MaxLength + 1), Expression.Constant(true)));

    [Fact]
    public void Problem_ValueOfAGenericTypeThatIsNotAnAllowedCollection_IsRefusedNamingTheType()
    {
        var lookup = Expression.Constant(new Dictionary<string, int>());

        Assert.Equal(
            "The expression uses a value of type Dictionary`2; rules may not use that type.",
            ExpressionAllowList.Problem("x", Expression.NotEqual(lookup, Expression.Constant(null, lookup.Type))));
    }

    [Fact]
    public void Problem_GenericValueWithOneTypeArgumentNotAllowed_IsRefused()
    {
        var toCalendar = Expression.Constant((Func<int, CalendarSystem>)(_ => CalendarSystem.Iso));

        Assert.Equal(
            "The expression uses a value of type Func`2; rules may not use that type.",
            ExpressionAllowList.Problem("x", Expression.NotEqual(toCalendar, Expression.Constant(null, toCalendar.Type))));
    }

    [Fact]
    public void Problem_StaticMemberOfAModelTypeThatIsNotAHelper_IsRefused()
    {
        var empty = Expression.Property(null, typeof(KpiTally).GetProperty(nameof(KpiTally.Empty))!);

        Assert.Equal(
            "The expression uses the static member KpiTally.Empty, which rules may not use; rules read the order, its lines, the facts and the Check helpers.",
            ExpressionAllowList.Problem("x", Expression.Equal(empty, empty)));
    }

    [Fact]
    public void Problem_GenericMethodWithOneTypeArgumentNotAllowed_IsRefusedNamingTheMethod()
    {
        var calendars = Expression.Constant(new List<CalendarSystem>(), typeof(IEnumerable<CalendarSystem>));
        var calendar = Expression.Parameter(typeof(CalendarSystem), "c");
        var highest = Expression.Call(typeof(Enumerable), nameof(Enumerable.Max), [typeof(CalendarSystem), typeof(int)], calendars, Expression.Lambda<Func<CalendarSystem, int>>(Expression.Constant(1), calendar));

        Assert.Equal(
            "The expression uses the method Enumerable.Max, which rules may not use; rules read the order, its lines, the facts and the Check helpers.",
            ExpressionAllowList.Problem("x", highest));
    }

    [Fact]
    public void Problem_GotoOutsideABlock_IsRefusedAsAJump()
    {
        var label = Expression.Label(typeof(bool), "end");

        Assert.Equal("The expression jumps (Goto), which rules may not do.", ExpressionAllowList.Problem("x", Expression.Goto(label, Expression.Constant(true), typeof(bool))));
    }

    [Fact]
    public void Problem_InitialisedArray_IsAllowed() =>
        Assert.Null(ExpressionAllowList.Problem("x", Expression.ArrayLength(Expression.NewArrayInit(typeof(int), Expression.Constant(1)))));

    private static Expression Nested(int depth)
    {
        Expression expression = Expression.Constant(true);
        for (var i = 1; i < depth; i++)
        {
            expression = Expression.Not(expression);
        }

        return expression;
    }

    /// <summary>A binder that is never run: the sandbox must refuse the dynamic expression before anything binds it.</summary>
    private sealed class UnboundBinder : CallSiteBinder
    {
        public override Expression Bind(object[] args, ReadOnlyCollection<ParameterExpression> parameters, LabelTarget returnLabel) =>
            throw new NotSupportedException();
    }

    /// <summary>An expression node of a kind the framework does not define (a library's extension node).</summary>
    private sealed class OpaqueExpression : Expression
    {
        public override ExpressionType NodeType => ExpressionType.Extension;

        public override Type Type => typeof(bool);
    }
}
