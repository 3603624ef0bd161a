using System.Text;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>A 100 MB request file (one special requirement of 100 million characters), written once and deleted after the tests.</summary>
public sealed class HundredMegabyteRequestFile : IDisposable
{
    public const long Size = 100L * 1024 * 1024;

    public HundredMegabyteRequestFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hostile-100mb-{Guid.NewGuid():N}.json");
        var head = Encoding.UTF8.GetBytes("{\"order\":{\"specialRequirements\":\"");
        var tail = Encoding.UTF8.GetBytes("\"},\"change\":{},\"facts\":{}}");
        var chunk = Enumerable.Repeat((byte)'x', 1024 * 1024).ToArray();
        using var file = File.Create(Path);
        file.Write(head);
        for (var written = (long)head.Length; written < Size - tail.Length; written += chunk.Length)
        {
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, Size - tail.Length - written));
        }

        file.Write(tail);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
