namespace OrderConfirmation.Cli;

/// <summary>Expands the paths given on the command line into the request files to read, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files are taken as given; a directory gives its files matching <paramref name="pattern"/> (not its
    /// sub-directories) in ordinal name order. A path that does not exist is returned too, so that reading it reports it.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, TextWriter error, string pattern = "*.json")
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    error.WriteLine($"warning: {path}: the directory has no {pattern} files.");
                }

                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
