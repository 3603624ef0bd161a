using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Changes;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>
/// Any mutation of a valid request (a node deleted, retyped, duplicated, nested, made huge or long; the text cut)
/// is read and reviewed to a decision, or refused with a <see cref="RequestFormatException"/> that names what is
/// wrong; never another exception.
/// </summary>
public sealed class HostileRequestMutationProperties
{
    private const string Source = "mutated.json";

    [Property(MaxTest = 3_000)]
    public Property ReviewRequest_AnyMutation_IsADecisionOrARequestFormatException() =>
        Prop.ForAll(JsonMutation.Of(HostileSamples.ReviewRequests.Count).ToArbitrary(), mutated =>
        {
            var (name, sample) = HostileSamples.ReviewRequests[mutated.Sample];
            var (json, description) = mutated.Apply(sample);
            return Verdict.Of(() => ReviewEvaluator.Evaluate(HostileSamples.DefaultRules, ReviewRequestReader.Read(json, Source)))
                .ToProperty($"{name}: {description}");
        });

    [Property(MaxTest = 3_000)]
    public Property ChangeRequest_AnyMutation_IsADecisionOrARequestFormatException() =>
        Prop.ForAll(JsonMutation.Of(HostileSamples.ChangeRequests.Count).ToArbitrary(), mutated =>
        {
            var (name, sample) = HostileSamples.ChangeRequests[mutated.Sample];
            var (json, description) = mutated.Apply(sample);
            return Verdict.Of(() =>
                {
                    var request = ChangeRequestReader.Read(json, Source);
                    return ChangeEvaluator.Evaluate(HostileSamples.DefaultRules, request.Current, request.Change, request.Facts);
                })
                .ToProperty($"{name}: {description}");
        });

    /// <summary>How reading and reviewing one mutated request ended.</summary>
    private sealed record Verdict(string Outcome, Exception? Error)
    {
        public static Verdict Of(Func<object> review)
        {
            try
            {
                return new Verdict(review() is null ? "no decision" : "decision", null);
            }
            catch (RequestFormatException e)
            {
                return new Verdict("request error", e);
            }
#pragma warning disable CA1031 // The property's point: any other exception is caught and reported as a failure.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return new Verdict($"crash ({e.GetType().Name})", e);
            }
        }

        public Property ToProperty(string mutation)
        {
            var clear = Error is not RequestFormatException error
                || (error.Problem.Length > 0 && !error.Message.Contains("System.", StringComparison.Ordinal));
            return (Outcome is "decision" or "request error" && clear)
                .Label($"{mutation} => {Outcome}: {Error}")
                .Collect(Outcome);
        }
    }
}
