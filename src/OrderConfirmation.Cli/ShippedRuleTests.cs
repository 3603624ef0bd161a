using NodaTime;
using OrderConfirmation.Testing.RuleTesting;

namespace OrderConfirmation.Cli;

/// <summary>
/// The analysts' test cases of the shipped rules (<c>rules/tests/*.json</c>), embedded in the tool as the rules are in
/// the package, so that <c>orderconfirm test</c> without <c>--rules</c> tests the rules it uses with their own cases,
/// wherever it runs. A case is named <c>shipped:tests/&lt;file&gt;</c> in messages.
/// </summary>
internal static class ShippedRuleTests
{
    private const string Prefix = "OrderConfirmation.Cli.RuleTests.";

    /// <summary>Every shipped case, in file-name order; a case whose facts name no zone is read in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<RuleTestCase> Read(DateTimeZone zone)
    {
        var assembly = typeof(ShippedRuleTests).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return RuleTestCaseReader.Read(bytes.ToArray(), $"shipped:tests/{name[Prefix.Length..]}", zone);
            })];
    }
}
