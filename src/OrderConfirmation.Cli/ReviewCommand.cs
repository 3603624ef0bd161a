using System.CommandLine;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;

namespace OrderConfirmation.Cli;

/// <summary><c>orderconfirm review &lt;file-or-directory&gt;… [--rules &lt;dir&gt;] [--json]</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter output, TextWriter error, IStandardStreams streams) => RequestFilesCommand.Create(
        new RequestFilesCommand.Definition(
            "review",
            "Review orders: the preliminary review, then the detailed review (credit, pricing when facts.prices is given, technical, supply).",
            "Review-request files, or directories of them (*.json).",
            "Write one JSON decision per line, in input order.",
            CheckRules: _ => null,
            Evaluate: (ruleSet, zone, file, json, writer) =>
            {
                var facts = RequestFilesCommand.ReadRequest(
                    file,
                    path => ReviewRequestReader.ReadFile(path, RequestLimits.Default, zone),
                    (bytes, source) => ReviewRequestReader.Read(bytes, source, RequestLimits.Default, zone));
                var decision = ReviewEvaluator.Evaluate(ruleSet, facts);
                if (json)
                {
                    JsonLineWriter.WriteLine(writer, decision, DecisionJsonWriter.Write);
                }
                else
                {
                    DecisionTextWriter.Write(writer, file.Name, decision);
                }
            }),
        output,
        error,
        streams);
}
