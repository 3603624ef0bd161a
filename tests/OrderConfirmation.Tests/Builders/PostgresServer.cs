using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// The PostgreSQL server the tests run against, found once per test run: the connection string in
/// <c>ORDERCONFIRMATION_POSTGRES</c> (.ci/run sets it from <c>eng/postgres.sh start</c>), or, on a developer's machine
/// without it, the throwaway server <c>eng/postgres.sh start</c> gives (left running for the next run;
/// <c>eng/postgres.sh stop</c> removes it). A PostgreSQL test never skips: with <c>CI=true</c> and no variable, or
/// with no server that answers, <see cref="ConnectionString"/> throws and the test fails with the reason.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding the Npgsql connection string of a server the tests may use.</summary>
    public const string EnvironmentVariable = "ORDERCONFIRMATION_POSTGRES";

    // Lazy caches a failure too: the first test that asks pays for the start, the others get the same answer.
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The connection string of a server that answered <c>select 1</c>.</summary>
    /// <exception cref="InvalidOperationException">No server: the message says why and how to get one.</exception>
    public static string ConnectionString => Found.Value;

    private static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string connectionString;
        string source;
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            (connectionString, source) = (fromEnvironment.Trim(), EnvironmentVariable);
        }
        else if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"CI=true and {EnvironmentVariable} is not set, so this PostgreSQL test fails (it never skips): .ci/run sets it " +
                "from `eng/postgres.sh start`, which failed (see its output before the tests) or did not run.");
        }
        else
        {
            (connectionString, source) = (StartLocalServer(), "eng/postgres.sh start");
        }

        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("select 1", connection);
            command.ExecuteScalar();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException or SocketException)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL server answers at {Describe(connectionString)} (from {source}), so this PostgreSQL test fails " +
                $"(it never skips): {e.Message.TrimEnd('.')}. Start one with `eng/postgres.sh start` and put its output in {EnvironmentVariable}, " +
                "or unset the variable to let the tests start it.",
                e);
        }

        return connectionString;
    }

    /// <summary>Host, port, database and user of a connection string, without its password.</summary>
    private static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
        }
        catch (ArgumentException)
        {
            return "an unreadable connection string";
        }
    }

    private static string StartLocalServer()
    {
        var script = Path.Combine(DotnetCli.RepositoryRoot, "eng", "postgres.sh");
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = DotnetCli.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("start");
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not run {script}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        // Installing the packages on a fresh machine takes a while; a server start takes seconds.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"`{script} start` did not finish in 10 minutes, so this PostgreSQL test fails.");
        }

        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || connectionString is null)
        {
            throw new InvalidOperationException(
                $"`{script} start` exited with {process.ExitCode}, so this PostgreSQL test fails (it never skips). Its output:\n{error.Result}");
        }

        return connectionString;
    }
}
