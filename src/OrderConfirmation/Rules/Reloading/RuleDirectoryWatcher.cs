namespace OrderConfirmation.Rules.Reloading;

/// <summary>
/// Watches the top level of a rules directory and calls back when a rule file (<c>*.json</c>, not a JSON Schema, the calendar
/// or the department-task file) is changed, created, deleted or renamed, or when the watcher itself fails (for example an
/// overflow of its event buffer), after which every file must be presumed changed.
/// </summary>
internal sealed class RuleDirectoryWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Action _changed;
    private readonly Action<Exception> _failed;

    /// <summary>Starts watching.</summary>
    /// <param name="directory">The rules directory; it must exist.</param>
    /// <param name="changed">Called, on a thread-pool thread, when a rule file may have changed.</param>
    /// <param name="failed">Called, on a thread-pool thread, when the watcher reports an error (before <paramref name="changed"/>).</param>
    /// <exception cref="IOException">The watcher could not start, for example when the system's limit of watches is reached.</exception>
    public RuleDirectoryWatcher(string directory, Action changed, Action<Exception> failed)
    {
        _changed = changed;
        _failed = failed;
        _watcher = new FileSystemWatcher(directory, "*.json")
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += OnError;
        try
        {
            _watcher.EnableRaisingEvents = true;
        }
        catch
        {
            _watcher.Dispose();
            throw;
        }
    }

    /// <summary>Stops watching; no callback starts afterwards.</summary>
    public void Dispose()
    {
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
    }

    /// <summary>Whether a file name is one <see cref="RuleFile.FromDirectory"/> reads.</summary>
    internal static bool IsRuleFile(string? name) => RuleFile.IsRuleFileName(name);

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsRuleFile(e.Name))
        {
            _changed();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (IsRuleFile(e.Name) || IsRuleFile(e.OldName))
        {
            _changed();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        _failed(e.GetException());
        _changed();
    }
}
