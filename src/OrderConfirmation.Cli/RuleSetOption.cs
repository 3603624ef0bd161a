using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Cli;

/// <summary>Loads the rule set a command uses: the <c>--rules</c> directory, or the rules shipped in the package.</summary>
internal static class RuleSetOption
{
    /// <summary>The rule set, or <see langword="null"/> after writing every problem to <paramref name="error"/>.</summary>
    public static RuleSet? Load(string? directory, TextWriter error)
    {
        try
        {
            return directory is null ? RuleSetLoader.LoadDefaults() : RuleSetLoader.LoadDirectory(directory);
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (RuleSetLoadException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            error.WriteLine($"error: the rules are invalid ({e.Diagnostics.Count} problem(s)); nothing was reviewed.");
        }

        return null;
    }
}
