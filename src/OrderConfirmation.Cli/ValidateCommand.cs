using System.CommandLine;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tasks;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm validate [--rules &lt;dir&gt;] [--warnings-as-errors]</c>: checks every rule file (and the working
/// calendar and the department tasks, when the directory has them) and prints every problem as <c>file:line:column: error|warning CODE: message</c>.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Option<string?>("--rules") { Description = "The directory of rule files to check; default: the rules shipped in the package." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit code 3) on warnings too." };
        var command = new Command("validate", "Check the rule files: JSON, fields and metadata, expressions against the domain model, message placeholders; all problems at once.")
        {
            rules,
            strict,
        };
        command.SetAction(result => Run(result.GetValue(rules), result.GetValue(strict), output, error));
        return command;
    }

    private static int Run(string? directory, bool warningsAsErrors, TextWriter output, TextWriter error)
    {
        IReadOnlyList<RuleFile> files;
        try
        {
            files = directory is null ? RuleFile.EmbeddedDefaults() : RuleFile.FromDirectory(directory);
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidRules;
        }

        var validation = RuleSetLoader.Validate(files);
        var diagnostics = validation.Diagnostics
            .Concat(AnalystFileDiagnostics(directory, CalendarFile.FileName, path => CalendarFile.Load(path), () => CalendarFile.LoadDefault()))
            .Concat(AnalystFileDiagnostics(directory, TaskFile.FileName, path => TaskFile.Load(path), () => TaskFile.LoadDefault()))
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.Severity == RuleDiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var version = validation.RuleSet is { } ruleSet ? $"; rule set {ruleSet.Version}" + (ruleSet.Label is null ? string.Empty : $" ({ruleSet.Label})") : string.Empty;
        var rulesCount = validation.RuleSet?.RuleCount;
        output.WriteLine($"{errors} error(s), {warnings} warning(s) in {files.Count} rule file(s){(rulesCount is null ? string.Empty : $" with {rulesCount} rules")}{version}");
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.InvalidRules : ExitCodes.Success;
    }

    /// <summary>The problems of an analyst file kept beside the rule files (the calendar, the department tasks): the directory's copy when it has one, else the shipped one.</summary>
    private static IReadOnlyList<RuleDiagnostic> AnalystFileDiagnostics(string? directory, string fileName, Action<string> load, Action loadDefault)
    {
        var path = directory is null ? null : Path.Combine(directory, fileName);
        try
        {
            if (path is null)
            {
                loadDefault();
            }
            else if (File.Exists(path))
            {
                load(path);
            }

            return [];
        }
        catch (DiagnosedLoadException e)
        {
            return e.Diagnostics;
        }
    }
}
