using System.CommandLine;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Cli;

/// <summary>
/// The shape shared by commands that evaluate request files against the rules: <c>&lt;file-or-directory&gt;…
/// [--rules &lt;dir&gt;] [--json]</c>. Every file is evaluated in order; an unreadable or invalid file, or one that is
/// not a regular file (a FIFO, a socket, a device: never opened), is reported (exit code 2) and the others still run;
/// invalid rules, or an invalid <c>calendar.json</c> beside them, stop everything (exit code 3). A request that names
/// no time zone is read in the zone of the rules' calendar (<see cref="CalendarOption.ZoneOfRules"/>). Files are
/// evaluated on every core, their output and errors written in input order (<see cref="InputOrderPipeline"/>), with a
/// progress bar on standard error when <see cref="FileProgress.ShouldDraw"/> says so.
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
        Action<RuleSet, DateTimeZone, InputFile, bool, TextWriter> Evaluate);

    public static Command Create(Definition definition, TextWriter output, TextWriter error, IStandardStreams streams)
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
        command.SetAction(result => Run(definition, result.GetRequiredValue(inputs), result.GetValue(rules), result.GetValue(json), output, error, streams));
        return command;
    }

    private static int Run(Definition definition, string[] inputs, string? rulesDirectory, bool json, TextWriter output, TextWriter error, IStandardStreams streams)
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

        var files = InputFiles.Files(inputs, error).ToList();
        var progress = FileProgress.For(streams, error, files.Count);
        bool allValid;
        try
        {
            allValid = InputOrderPipeline.Run(
                files,
                (file, writer) =>
                {
                    file.EnsureRegular();
                    definition.Evaluate(ruleSet, zone, file, json, writer);
                },
                DescribeError,
                output,
                error,
                progress);
        }
        finally
        {
            progress.Finish();
        }

        return allValid ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>Reads a request file with the reader's path and bytes methods (<see cref="InputFile.Read"/>), within the default limits.</summary>
    public static T ReadRequest<T>(InputFile file, Func<string, T> byPath, InputFile.BytesReader<T> byBytes) =>
        file.Read(byPath, byBytes, RequestLimits.Default.MaxBytes);

    /// <summary>What is written for a file that cannot be evaluated; <see langword="null"/> for an exception that is a fault of the tool.</summary>
    private static string? DescribeError(InputFile file, Exception exception) => exception switch
    {
        RequestFormatException or NotARegularFileException => $"error: {exception.Message}",
        IOException or UnauthorizedAccessException => $"error: {file.Name}: cannot be read ({exception.Message})",
        _ => null,
    };
}
