using OrderConfirmation.Formats;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// An analyst's test case: a review request or a change request (as the <c>review</c> and <c>change</c> commands read
/// them) and what the rules must make of it. Create cases with <see cref="RuleTestCaseReader"/>.
/// </summary>
public sealed record RuleTestCase
{
    internal RuleTestCase(string file, string name, string? description, ReviewFacts? review, ChangeReviewRequest? change, RuleTestExpectation expect)
    {
        File = file;
        Name = name;
        Description = description;
        Review = review;
        Change = change;
        Expect = expect;
    }

    /// <summary>The case file.</summary>
    public string File { get; }

    /// <summary>The case's name (its <c>name</c>, or the file name).</summary>
    public string Name { get; }

    /// <summary>What the case is about.</summary>
    public string? Description { get; }

    /// <summary>The review request, for a review case.</summary>
    public ReviewFacts? Review { get; }

    /// <summary>The change request, for a change case.</summary>
    public ChangeReviewRequest? Change { get; }

    /// <summary>What the rules must make of it.</summary>
    public RuleTestExpectation Expect { get; }
}
