using OrderConfirmation.Rules.Loading;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Stages;

/// <summary>
/// Loads rule files into a <see cref="RuleSet"/>: reads, checks and compiles everything at once, and either returns a
/// complete rule set or throws <see cref="RuleSetLoadException"/> listing every problem. The rules are written for
/// the regulation's stages (<see cref="StandardStages.Catalog"/>) unless a catalog is given, such as one with a
/// host's own stage.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Loads the default rule files shipped in the package.</summary>
    /// <exception cref="RuleSetLoadException">The embedded rules are invalid (a packaging defect).</exception>
    public static RuleSet LoadDefaults() => Load(RuleFile.EmbeddedDefaults());

    /// <summary>Loads the rule files of a directory (see <see cref="RuleFile.FromDirectory"/>).</summary>
    /// <param name="directory">The rules directory.</param>
    /// <param name="stages">The stages the rules are written for; <see langword="null"/> for <see cref="StandardStages.Catalog"/>.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="RuleSetLoadException">A file is invalid; the exception lists every problem.</exception>
    public static RuleSet LoadDirectory(string directory, RuleStageCatalog? stages = null) => Load(RuleFile.FromDirectory(directory), stages);

    /// <summary>Loads rule files.</summary>
    /// <param name="files">The files.</param>
    /// <param name="stages">The stages the rules are written for; <see langword="null"/> for <see cref="StandardStages.Catalog"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetLoadException">A file is invalid, or there is none; the exception lists every problem.</exception>
    public static RuleSet Load(IEnumerable<RuleFile> files, RuleStageCatalog? stages = null) => RuleSetCompiler.Load(files, stages ?? StandardStages.Catalog);

    /// <summary>
    /// Checks rule files and compiles them when they have no error; never throws for a problem in the files.
    /// Warnings (such as a rule whose expression is constant) do not stop the rules from loading.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="stages">The stages the rules are written for; <see langword="null"/> for <see cref="StandardStages.Catalog"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is <see langword="null"/>.</exception>
    public static RuleSetValidation Validate(IEnumerable<RuleFile> files, RuleStageCatalog? stages = null) => RuleSetCompiler.Validate(files, stages ?? StandardStages.Catalog);
}
