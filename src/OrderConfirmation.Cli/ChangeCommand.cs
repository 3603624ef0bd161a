using System.CommandLine;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Cli;

/// <summary><c>orderconfirm change &lt;file-or-directory&gt;… [--rules &lt;dir&gt;] [--json]</c>.</summary>
internal static class ChangeCommand
{
    public static Command Create(TextWriter output, TextWriter error, IStandardStreams streams) => RequestFilesCommand.Create(
        new RequestFilesCommand.Definition(
            "change",
            "Assess change requests: eligibility, the re-review of the changed order, and the impact.",
            "Change-request files, or directories of them (*.json).",
            "Write one JSON object per change request, one per line, in input order.",
            CheckRules: ruleSet => ruleSet.Stages.Contains(ReviewStage.ChangeEligibility)
                ? null
                : "the rules have no ChangeEligibility rules (change-eligibility.json), so no change can be judged.",
            Evaluate: (ruleSet, zone, file, json, writer) =>
            {
                var request = RequestFilesCommand.ReadRequest(
                    file,
                    path => ChangeRequestReader.ReadFile(path, RequestLimits.Default, zone),
                    (bytes, source) => ChangeRequestReader.Read(bytes, source, RequestLimits.Default, zone));
                var evaluation = ChangeEvaluator.Evaluate(ruleSet, request.Current, request.Change, request.Facts);
                if (json)
                {
                    JsonLineWriter.WriteLine(writer, evaluation, ChangeJsonWriter.Write);
                }
                else
                {
                    ChangeTextWriter.Write(writer, file.Name, evaluation);
                }
            }),
        output,
        error,
        streams);
}
