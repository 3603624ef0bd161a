using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Tests.Builders;
using Check = OrderConfirmation.Rules.Check;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// Invariants of rule evaluation over generated inputs that lean on the awkward cases: messages made mostly of braces,
/// phone numbers at the 6- and 15-digit limits with every separator, lists that are empty, null-laden or decided by
/// their last item. Each oracle is stated from the contract, not from the implementation.
/// </summary>
public sealed class RuleEvaluationProperties
{
    private static readonly RuleSet QuantityQuantifiers = TestRuleFile.Load(
        new TestRule("order.Lines.All(l => l.Quantity > 5)") { Name = "AllOverFive" },
        new TestRule("order.Lines.Any(l => l.Quantity > 5)") { Name = "AnyOverFive" });

    /// <summary>Text dense in braces, colons and spaces: the characters a template parser can get wrong.</summary>
    private static readonly Gen<string> BraceHeavyText =
        Gen.Elements('{', '}', '{', '}', ':', ' ', 'a', 'N', '2').ArrayOf().Select(chars => new string(chars));

    [Property(MaxTest = 300)]
    public Property Render_TextWithEveryBraceDoubled_IsTheTextItself() =>
        Prop.ForAll(BraceHeavyText.ToArbitrary(), text =>
        {
            var template = text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
            var rendered = MessageTemplate.Parse(template, []).Render([]);
            return (rendered == text).Label($"template '{template}' rendered '{rendered}'");
        });

    [Property(MaxTest = 300)]
    public Property Render_PlaceholdersBetweenEscapedText_PutEachValueInPlace() =>
        Prop.ForAll(
            Gen.Zip(BraceHeavyText, Gen.Choose(0, 2)).ArrayOf().ToArbitrary(),
            BraceHeavyText.ToArbitrary(),
            (parts, tail) =>
            {
                // Values "v0", "v1", "v2" are named a, b, c; each part is escaped text followed by one placeholder.
                string[] names = ["a", "b", "c"];
                object?[] values = ["v0", null, 42];
                string[] shown = ["v0", "(none)", "42"];
                var template = string.Concat(parts.Select(p => Escape(p.Item1) + "{" + names[p.Item2] + "}")) + Escape(tail);
                var expected = string.Concat(parts.Select(p => p.Item1 + shown[p.Item2])) + tail;
                var rendered = MessageTemplate.Parse(template, names).Render(values);
                return (rendered == expected).Label($"template '{template}' rendered '{rendered}', expected '{expected}'");
            });

    [Property(MaxTest = 500)]
    public Property IsPhone_DigitsWithAllowedSeparators_IsTrueExactlyFromSixToFifteenDigits() =>
        Prop.ForAll(
            Gen.Choose(0, 20).ToArbitrary(),
            Gen.Elements("", " ", "-", ".", "(", ")", " (", ") ", "--").ArrayOf().ToArbitrary(),
            Gen.Elements("", "+", " +", "  +").ToArbitrary(),
            (digits, separators, prefix) =>
            {
                var text = prefix + string.Concat(Enumerable.Range(0, digits).Select(i => (char)('0' + (i % 10)) + (separators.Length == 0 ? "" : separators[i % separators.Length])));
                return (Check.IsPhone(text) == digits is >= 6 and <= 15).Label($"'{text}' ({digits} digits)");
            });

    [Property(MaxTest = 300)]
    public Property IsPhone_AnyCharacterOutsideTheAllowedSet_IsFalse() =>
        Prop.ForAll(
            Gen.Choose(0, 11).ToArbitrary(),
            Gen.Elements('a', 'x', '#', '/', '_', '*', ',', '\t', '\u0660', '+').ToArbitrary(),
            (position, intruder) =>
            {
                // Ten digits, well within the limits; a + is only allowed before the first digit, so it intrudes at position 1 or later.
                var digits = "8610555501";
                var at = intruder == '+' ? Math.Max(1, position % 11) : position % 11;
                var text = digits.Insert(at, intruder.ToString());
                return (!Check.IsPhone(text)).Label($"'{text}'");
            });

    [Property(MaxTest = 200)]
    public Property AllAndAny_OverLines_GiveWhatLinqGives() =>
        Prop.ForAll(Gen.Elements<decimal?>(null, 4m, 5m, 6m, 6m).ArrayOf().ToArbitrary(), quantities =>
        {
            var lines = quantities.Select((q, i) => new OrderLine(i + 1, $"SKU-{i}", null, q, 1m)).ToArray();
            var failed = ReviewEvaluator.Evaluate(QuantityQuantifiers, new FactsBuilder().WithOrder(o => o.WithLines(lines)).Build())
                .Findings.Select(f => f.Rule).ToHashSet();
            var all = quantities.All(q => q > 5m);
            var any = quantities.Any(q => q > 5m);
            return (failed.Contains("AllOverFive") != all && failed.Contains("AnyOverFive") != any)
                .Label($"[{string.Join(", ", quantities)}]: failed {string.Join(", ", failed)}");
        });

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
