namespace OrderConfirmation.Tests.Architecture;

/// <summary>The repository's C# source files, found from the test output by walking up to OrderConfirmation.sln.</summary>
internal static class SourceFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest directory above the test output that holds OrderConfirmation.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// Every .cs file under <paramref name="folder"/> (relative to the root, '/'-separated), recursively, bin/ and obj/
    /// excluded, as (path relative to the root, text), in ordinal path order.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Under(string folder)
    {
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Select(f => (f, File.ReadAllText(Path.Combine(Root, f)))),
        ];
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrderConfirmation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrderConfirmation.sln above {AppContext.BaseDirectory}.");
    }
}
