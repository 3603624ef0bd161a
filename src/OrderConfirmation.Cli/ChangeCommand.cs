using System.CommandLine;
using OrderConfirmation.Changes;
using OrderConfirmation.Requests;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Cli;

/// <summary><c>orderconfirm change &lt;file-or-directory&gt;… [--rules &lt;dir&gt;] [--json]</c>.</summary>
internal static class ChangeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Change-request files, or directories of them (*.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = new Option<string?>("--rules") { Description = "A directory of rule files to use instead of the shipped rules." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per change request, one per line, in input order." };
        var command = new Command("change", "Assess change requests: eligibility, the re-review of the changed order, and the impact.")
        {
            inputs,
            rules,
            json,
        };
        command.SetAction(result => Run(result.GetRequiredValue(inputs), result.GetValue(rules), result.GetValue(json), output, error));
        return command;
    }

    private static int Run(string[] inputs, string? rulesDirectory, bool json, TextWriter output, TextWriter error)
    {
        var ruleSet = RuleSetOption.Load(rulesDirectory, error);
        if (ruleSet is null)
        {
            return ExitCodes.InvalidRules;
        }

        if (!ruleSet.Rules.Any(r => r.Metadata.Stage == Review.ReviewStage.ChangeEligibility))
        {
            error.WriteLine("error: the rules have no ChangeEligibility rules (change-eligibility.json), so no change can be judged.");
            return ExitCodes.InvalidRules;
        }

        var exitCode = ExitCodes.Success;
        foreach (var file in InputFiles.Expand(inputs, error))
        {
            if (Read(file, error) is not { } request)
            {
                exitCode = ExitCodes.InvalidInput;
                continue;
            }

            var evaluation = ChangeEvaluator.Evaluate(ruleSet, request.Current, request.Change, request.Facts);
            if (json)
            {
                output.WriteLine(ChangeJsonWriter.ToJson(evaluation));
            }
            else
            {
                ChangeTextWriter.Write(output, file, evaluation);
            }
        }

        return exitCode;
    }

    private static ChangeReviewRequest? Read(string file, TextWriter error)
    {
        try
        {
            return ChangeRequestReader.ReadFile(file);
        }
        catch (RequestFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file}: cannot be read ({e.Message})");
        }

        return null;
    }
}
