using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;

namespace OrderConfirmation.Rules.Loading;

/// <summary>
/// Reads the optional <c>VersionLabel</c> and <c>EffectiveDate</c> of rule files: any file may give them, and
/// files that give them must agree.
/// </summary>
internal sealed class RuleSetVersionReader(List<RuleDiagnostic> diagnostics)
{
    private string? _labelFile;
    private string? _dateFile;

    public string? Label { get; private set; }

    public LocalDate? EffectiveDate { get; private set; }

    public void Read(string file, RuleFileDocument document, JsonPositionIndex positions)
    {
        if (document.VersionLabel is { } label)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                Report(file, positions.Find("VersionLabel"), "The VersionLabel is empty; give a label such as \"2026.11-b\" or leave it out.");
            }
            else if (Label is null)
            {
                (Label, _labelFile) = (label, file);
            }
            else if (!string.Equals(Label, label, StringComparison.Ordinal))
            {
                Report(file, positions.Find("VersionLabel"), $"The VersionLabel '{label}' differs from '{Label}' in {_labelFile}; the files of one rule set share one label.");
            }
        }

        if (document.EffectiveDate is { } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                Report(file, positions.Find("EffectiveDate"), $"The EffectiveDate '{text}' is not a date such as 2026-12-01.");
            }
            else if (EffectiveDate is null)
            {
                (EffectiveDate, _dateFile) = (parsed.Value, file);
            }
            else if (EffectiveDate != parsed.Value)
            {
                Report(file, positions.Find("EffectiveDate"), $"The EffectiveDate {text} differs from {LocalDatePattern.Iso.Format(EffectiveDate.Value)} in {_dateFile}; the files of one rule set share one date.");
            }
        }
    }

    private void Report(string file, SourcePosition position, string message) =>
        diagnostics.Add(new RuleDiagnostic(file, position, null, RuleDiagnosticCodes.InvalidVersion, message));
}
