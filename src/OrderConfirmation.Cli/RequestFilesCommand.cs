using System.CommandLine;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Cli;

/// <summary>
/// The shape shared by commands that evaluate request files against the rules: <c>&lt;file-or-directory&gt;…
/// [--rules &lt;dir&gt;] [--json]</c>. Every file is evaluated in order; an unreadable or invalid file is reported
/// (exit code 2) and the others still run; invalid rules, or an invalid <c>calendar.json</c> beside them, stop
/// everything (exit code 3). A request that names no time zone is read in the zone of the rules' calendar
/// (<see cref="CalendarOption.ZoneOfRules"/>). Files are evaluated on every core, their output and errors written in
/// input order (<see cref="InputOrderPipeline"/>).
/// </summary>
internal static class RequestFilesCommand
{
    /// <summary>What a command does with its files.</summary>
    /// <param name="Name">The command's name.</param>
    /// <param name="Description">What it does, for <c>--help</c>.</param>
    /// <param name="InputsDescription">What the input files are.</param>
    /// <param name="JsonDescription">What <c>--json</c> writes.</param>
    /// <param name="CheckRules">A problem that makes the rules unusable for this command, or <see langword="null"/>.</param>
    /// <param name="Evaluate">
    /// Reads one file (throwing <see cref="RequestFormatException"/> for invalid content) and writes its result; it is
    /// given the rules, the zone of a request that names none, the file, whether to write JSON and the writer.
    /// </param>
    public sealed record Definition(
        string Name,
        string Description,
        string InputsDescription,
        string JsonDescription,
        Func<RuleSet, string?> CheckRules,
        Action<RuleSet, DateTimeZone, string, bool, TextWriter> Evaluate);

    public static Command Create(Definition definition, TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = definition.InputsDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = new Option<string?>("--rules") { Description = "A directory of rule files to use instead of the shipped rules." };
        var json = new Option<bool>("--json") { Description = definition.JsonDescription };
        var command = new Command(definition.Name, definition.Description)
        {
            inputs,
            rules,
            json,
        };
        command.SetAction(result => Run(definition, result.GetRequiredValue(inputs), result.GetValue(rules), result.GetValue(json), output, error));
        return command;
    }

    private static int Run(Definition definition, string[] inputs, string? rulesDirectory, bool json, TextWriter output, TextWriter error)
    {
        var ruleSet = RuleSetOption.Load(rulesDirectory, error);
        if (ruleSet is null || CalendarOption.ZoneOfRules(rulesDirectory, error, "nothing was reviewed") is not { } zone)
        {
            return ExitCodes.InvalidRules;
        }

        if (definition.CheckRules(ruleSet) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return ExitCodes.InvalidRules;
        }

        var files = InputFiles.Expand(inputs, error).ToList();
        var allValid = InputOrderPipeline.Run(
            files,
            (file, writer) => definition.Evaluate(ruleSet, zone, file, json, writer),
            DescribeError,
            output,
            error);
        return allValid ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>What is written for a file that cannot be evaluated; <see langword="null"/> for an exception that is a fault of the tool.</summary>
    private static string? DescribeError(string file, Exception exception) => exception switch
    {
        RequestFormatException e => $"error: {e.Message}",
        IOException or UnauthorizedAccessException => $"error: {file}: cannot be read ({exception.Message})",
        _ => null,
    };
}
