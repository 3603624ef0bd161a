using System.CommandLine;
using OrderConfirmation.Requests;
using OrderConfirmation.Review;

namespace OrderConfirmation.Cli;

/// <summary><c>orderconfirm review &lt;file-or-directory&gt;… [--rules &lt;dir&gt;] [--json]</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Review-request files, or directories of them (*.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = new Option<string?>("--rules") { Description = "A directory of rule files to use instead of the shipped rules." };
        var json = new Option<bool>("--json") { Description = "Write one JSON decision per line, in input order." };
        var command = new Command("review", "Review orders: the preliminary review, then the detailed review (credit, technical, supply).")
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

        var exitCode = ExitCodes.Success;
        foreach (var file in InputFiles.Expand(inputs, error))
        {
            ReviewFacts facts;
            try
            {
                facts = ReviewRequestReader.ReadFile(file);
            }
            catch (RequestFormatException e)
            {
                error.WriteLine($"error: {e.Message}");
                exitCode = ExitCodes.InvalidInput;
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {file}: cannot be read ({e.Message})");
                exitCode = ExitCodes.InvalidInput;
                continue;
            }

            var decision = ReviewEvaluator.Evaluate(ruleSet, facts);
            if (json)
            {
                output.WriteLine(DecisionJsonWriter.ToJson(decision));
            }
            else
            {
                DecisionTextWriter.Write(output, file, decision);
            }
        }

        return exitCode;
    }
}
