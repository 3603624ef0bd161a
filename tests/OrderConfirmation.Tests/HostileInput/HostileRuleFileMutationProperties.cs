using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>
/// Any mutation of a shipped rule file leaves the rule set either loadable, with exactly the enabled rules of the
/// files as they now are, or refused as a whole with diagnostics; checking never throws, loading throws only
/// <see cref="RuleSetLoadException"/>, and never is a part of the rules loaded.
/// </summary>
public sealed class HostileRuleFileMutationProperties
{
    private static readonly JsonNode[] Originals = [.. HostileSamples.RuleFiles.Select(f => JsonNode.Parse(f.Content.Span)!)];

    private static readonly Lazy<ReviewFacts[]> SampleRequests = new(() =>
        [.. HostileSamples.ReviewRequests.Select(r => ReviewRequestReader.Read(Encoding.UTF8.GetBytes(r.Json.ToJsonString()), r.Name))]);

    [Property(MaxTest = 500)]
    public Property RuleFiles_AnyMutation_LoadWhollyWithTheirEnabledRulesOrAreRefusedWithDiagnostics() =>
        Prop.ForAll(JsonMutation.Of(Originals.Length).ToArbitrary(), mutated =>
        {
            var (json, description) = mutated.Apply(Originals[mutated.Sample]);
            var files = HostileSamples.RuleFiles.Select((f, i) => i == mutated.Sample ? new RuleFile(f.Path, json) : f).ToArray();
            var label = $"{Path.GetFileName(files[mutated.Sample].Path)}: {description}";
            var (outcome, problem) = Check(files);
            return (problem is null).Label($"{label} => {outcome}: {problem}").Collect(outcome);
        });

    /// <summary>Mutations that keep the files valid (rules disabled, enabled or removed anywhere): the set must follow exactly.</summary>
    [Property(MaxTest = 50)]
    public Property RuleFiles_RulesDisabledEnabledOrRemoved_LoadExactlyTheEnabledRules() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("keep", "disable", "enable", "remove"), RuleCount).ToArbitrary(), actions =>
        {
            var next = 0;
            var files = HostileSamples.RuleFiles.Select((file, i) =>
            {
                var json = Originals[i].DeepClone();
                var rules = json["Rules"]!.AsArray();
                foreach (var rule in rules.ToArray())
                {
                    switch (actions[next++])
                    {
                        case "disable":
                            rule!["Enabled"] = false;
                            break;
                        case "enable":
                            rule!["Enabled"] = true;
                            break;
                        case "remove" when rules.Count > 1: // a file without rules is an error (OC1002)
                            rules.Remove(rule);
                            break;
                    }
                }

                return new RuleFile(file.Path, Encoding.UTF8.GetBytes(json.ToJsonString()));
            }).ToArray();
            var (outcome, problem) = Check(files);
            return (outcome == "loaded" && problem is null).Label($"{string.Join(", ", actions)} => {outcome}: {problem}");
        });

    private static int RuleCount => Originals.Sum(o => o["Rules"]!.AsArray().Count);

    private static (string Outcome, string? Problem) Check(RuleFile[] files)
    {
        RuleSetValidation validation;
        try
        {
            validation = RuleSetLoader.Validate(files);
        }
#pragma warning disable CA1031 // The property's point: any exception from checking rule files is a failure.
        catch (Exception e)
        {
            return ($"validate crashed ({e.GetType().Name})", e.ToString());
        }
#pragma warning restore CA1031

        var loaded = Load(files);
        if (validation.RuleSet is not { } ruleSet)
        {
            return ("refused with diagnostics", validation.Errors.Count == 0 ? "no rule set, but no error either"
                : validation.Errors.Any(d => string.IsNullOrWhiteSpace(d.Message)) ? "an error without a message"
                : loaded is RuleSetLoadException refused && refused.Diagnostics.SequenceEqual(validation.Errors) ? null
                : $"Load did not refuse with the same errors: {loaded}");
        }

        var expected = EnabledRules(files);
        var actual = ruleSet.Rules.Select(r => r.Name).ToArray();
        return ("loaded", validation.Errors.Count > 0 ? "a rule set despite errors"
            : !actual.SequenceEqual(expected) ? $"partial rule set: loaded [{string.Join(", ", actual)}], the files enable [{string.Join(", ", expected)}]"
            : loaded is not RuleSet again || !again.Rules.Select(r => r.Name).SequenceEqual(expected) ? $"Load disagrees with Validate: {loaded}"
            : Reviews(ruleSet));
    }

    private static object Load(RuleFile[] files)
    {
        try
        {
            return RuleSetLoader.Load(files);
        }
        catch (RuleSetLoadException e)
        {
            return e;
        }
#pragma warning disable CA1031 // Reported as a failure by the caller.
        catch (Exception e)
        {
            return $"Load threw {e}";
        }
#pragma warning restore CA1031
    }

    /// <summary>A rule set that loads reviews every sample request to a decision.</summary>
    private static string? Reviews(RuleSet ruleSet)
    {
        try
        {
            foreach (var facts in SampleRequests.Value)
            {
                _ = ReviewEvaluator.Evaluate(ruleSet, facts);
            }

            return null;
        }
#pragma warning disable CA1031 // Reported as a failure by the caller.
        catch (Exception e)
        {
            return $"the loaded rules crash a review: {e}";
        }
#pragma warning restore CA1031
    }

    /// <summary>The names of the rules the files enable, in file and declaration order, read independently of the loader.</summary>
    private static string[] EnabledRules(RuleFile[] files) =>
        [.. files.SelectMany(file =>
        {
            using var document = JsonDocument.Parse(file.Content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.TryGetProperty("Rules", out var rules) && rules.ValueKind == JsonValueKind.Array
                ? rules.EnumerateArray()
                    .Where(r => !(r.TryGetProperty("Enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False))
                    .Select(r => r.GetProperty("RuleName").GetString()!)
                    .ToArray()
                : [];
        })];
}
