using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Review-request files for the CLI benchmark: the sample requests (samples/requests, embedded in this assembly) in
/// turn, each copy with its own order number, written to a fresh temporary directory.
/// </summary>
public static partial class RequestFiles
{
    private const string ResourcePrefix = "OrderConfirmation.Benchmarks.Requests.";

    /// <summary>Writes <paramref name="count"/> request files to a new temporary directory and returns its path.</summary>
    /// <exception cref="InvalidOperationException">No sample request could be read.</exception>
    public static string WriteToTemporaryDirectory(int count)
    {
        var directory = Directory.CreateTempSubdirectory("orderconfirm-cli-bench-").FullName;
        Write(directory, count);
        return directory;
    }

    /// <summary>Writes <paramref name="count"/> request files, request-000001.json onwards, to <paramref name="directory"/> (created if need be).</summary>
    /// <exception cref="InvalidOperationException">No sample request could be read.</exception>
    public static void Write(string directory, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var samples = Samples();
        Directory.CreateDirectory(directory);
        for (var i = 0; i < count; i++)
        {
            var orderId = $"\"orderId\": \"SO-{i + 1:D6}\"";
            var content = OrderIdPattern().Replace(samples[i % samples.Count], orderId, 1);
            File.WriteAllText(Path.Combine(directory, $"request-{i + 1:D6}.json"), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>The embedded sample requests that are valid review requests, in name order.</summary>
    private static List<string> Samples()
    {
        var assembly = typeof(RequestFiles).Assembly;
        var samples = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var content = Read(assembly, name);
            try
            {
                ReviewRequestReader.Read(Encoding.UTF8.GetBytes(content), name);
                samples.Add(content);
            }
            catch (RequestFormatException)
            {
                // A sample that shows an invalid request is not part of the throughput run.
            }
        }

        return samples.Count > 0 ? samples : throw new InvalidOperationException("No valid sample request is embedded in the benchmark assembly.");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("\"orderId\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex OrderIdPattern();
}
