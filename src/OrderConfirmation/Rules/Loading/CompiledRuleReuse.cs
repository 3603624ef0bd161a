using System.Security.Cryptography;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Rules.Compilation;

namespace OrderConfirmation.Rules.Loading;

/// <summary>
/// What the previous load of a rules directory compiled, file by file, so that a reload recompiles only the files that
/// changed: a rule of a file whose path and content are those of the last load gives the same compiled rule (immutable)
/// and the same diagnostics as then, for the same stages. Holds the files of the last load only. Used by one reload at a
/// time; not thread-safe.
/// </summary>
internal sealed class CompiledRuleReuse
{
    private readonly Dictionary<string, FileCompilation> _files = new(StringComparer.Ordinal);
    private RuleStageCatalog? _stages;

    /// <summary>Starts a load: forgets everything when the stages differ from the last load's.</summary>
    public void Begin(RuleStageCatalog stages)
    {
        if (!ReferenceEquals(stages, _stages))
        {
            _files.Clear();
            _stages = stages;
        }
    }

    /// <summary>The compilations of a file of this load: those of the last load when the file is unchanged, else none yet.</summary>
    public FileCompilation For(RuleFile file)
    {
        var hash = SHA256.HashData(file.Content.Span);
        if (!_files.TryGetValue(file.Path, out var known) || !known.Hash.AsSpan().SequenceEqual(hash))
        {
            known = new FileCompilation(hash);
            _files[file.Path] = known;
        }

        known.Seen = true;
        return known;
    }

    /// <summary>Ends a load: forgets the files it did not read.</summary>
    public void End()
    {
        foreach (var (path, file) in _files.ToList())
        {
            if (!file.Seen)
            {
                _files.Remove(path);
            }

            file.Seen = false;
        }
    }

    /// <summary>The rules of one file content, by their position among the file's rule definitions.</summary>
    internal sealed class FileCompilation(byte[] hash)
    {
        private readonly Dictionary<int, (CompiledRule? Rule, RuleDiagnostic[] Diagnostics)> _rules = [];

        public byte[] Hash { get; } = hash;

        public bool Seen { get; set; }

        /// <summary>Compiles the file's <paramref name="index"/>-th definition, or gives its last compilation and diagnostics again.</summary>
        public CompiledRule? Compile(int index, RuleDefinition definition, RuleExpressionCompiler compiler, List<RuleDiagnostic> diagnostics)
        {
            if (!_rules.TryGetValue(index, out var compiled))
            {
                var before = diagnostics.Count;
                compiled = (compiler.Compile(definition), diagnostics[before..].ToArray());
                diagnostics.RemoveRange(before, diagnostics.Count - before);
                _rules.Add(index, compiled);
            }

            diagnostics.AddRange(compiled.Diagnostics);
            return compiled.Rule;
        }
    }
}
