using System.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tasks;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// A temporary directory holding a copy of the default rule files (the top-level rule files only: no calendar, department tasks, schemas
/// or analysts' test cases), for tests that edit rules; deleted on dispose.
/// </summary>
public sealed class RulesDirectoryCopy : IDisposable
{
    private RulesDirectoryCopy(string path) => Path = path;

    public string Path { get; }

    public static RulesDirectoryCopy Create()
    {
        var copy = new RulesDirectoryCopy(Directory.CreateTempSubdirectory("oc-reload-").FullName);
        foreach (var file in Directory.EnumerateFiles(DefaultRules.RulesDirectory, "*.json", SearchOption.TopDirectoryOnly))
        {
            var name = System.IO.Path.GetFileName(file);
            if (!name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase) && name != CalendarFile.FileName && name != TaskFile.FileName)
            {
                File.Copy(file, copy.FilePath(name));
            }
        }

        return copy;
    }

    public string FilePath(string name) => System.IO.Path.Combine(Path, name);

    public string Read(string name) => File.ReadAllText(FilePath(name));

    /// <summary>Rewrites a file in place (truncate, then write), as an editor does; retries while a reader holds it (Windows).</summary>
    public void Write(string name, string content)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.WriteAllText(FilePath(name), content);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(10);
            }
        }
    }

    /// <summary>The rule set these files would load into with <paramref name="name"/> holding <paramref name="content"/>.</summary>
    public RuleSet LoadWith(string name, string content) =>
        RuleSetLoader.Load(RuleFile.FromDirectory(Path).Select(f =>
            System.IO.Path.GetFileName(f.Path) == name ? new RuleFile(f.Path, Encoding.UTF8.GetBytes(content)) : f));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
