using System.Collections;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// The stages rules may be written for, in the order they are listed when a rule names an unknown stage. Rule files
/// are loaded against a catalog: a rule's <c>Stage</c> must be one of its stages and its expressions may read only
/// that stage's inputs. Immutable; <see cref="With"/> gives a catalog with one more stage.
/// </summary>
public sealed class RuleStageCatalog : IReadOnlyList<RuleStage>
{
    private readonly RuleStage[] _stages;

    /// <summary>A catalog of the given stages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two stages have the same name.</exception>
    public RuleStageCatalog(IEnumerable<RuleStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        for (var i = 0; i < _stages.Length; i++)
        {
            var stage = _stages[i] ?? throw new ArgumentNullException(nameof(stages), "A stage of the catalog is null.");
            if (Array.FindIndex(_stages, 0, i, s => s.Name == stage.Name) >= 0)
            {
                throw new ArgumentException($"Two stages are named {stage.Name}.", nameof(stages));
            }
        }

        foreach (var stage in _stages)
        {
            stage.Seal();
        }

        InputNames = [.. _stages.SelectMany(s => s.Inputs).Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The names of every input of every stage, in catalog and declaration order, each once: names a rule's own parameters may not take.</summary>
    public IReadOnlyList<string> InputNames { get; }

    /// <inheritdoc />
    public int Count => _stages.Length;

    /// <inheritdoc />
    public RuleStage this[int index] => _stages[index];

    /// <summary>The catalog's stage of this name, or <see langword="null"/>.</summary>
    public RuleStage? Find(ReviewStage name) => Array.Find(_stages, s => s.Name == name);

    /// <summary>A catalog with these stages and one more, after them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog already has a stage of that name.</exception>
    public RuleStageCatalog With(RuleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new RuleStageCatalog([.. _stages, stage]);
    }

    /// <inheritdoc />
    public IEnumerator<RuleStage> GetEnumerator() => ((IEnumerable<RuleStage>)_stages).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
