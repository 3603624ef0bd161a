using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrderConfirmation.Benchmarks.Columns;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Audited commands per second with a durable commit (issue 14): each client takes its share of orders under review and,
/// order after order, confirms it and then applies a change to it (<see cref="ReviewedOrders"/>), each command a request
/// through an <see cref="Storage.OrderCommandProcessor"/> that commits the state, the audit entries and the receipt in
/// one transaction. One operation is one command (OperationsPerInvoke), so Mean is the time per command for all clients
/// together and the Commands/s column its inverse. The orders are put under review before each iteration, unmeasured.
/// The baseline is the same through the library's in-memory store. <c>PostgreSqlStorePerClient</c> gives each client a
/// store of its own, as separate host instances would have, so their commits are not grouped into one transaction.
/// Goals: ≥ 500 commands/s on SQLite with 1 client, ≥ 1,500 on PostgreSQL with 8.
/// </summary>
[MemoryDiagnoser]
[CommandsPerSecondColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class AuditedCommandBenchmarks
{
    /// <summary>The orders confirmed and changed in one iteration, shared out among the clients.</summary>
    public const int OrdersPerIteration = 240;

    private const int Commands = 2 * OrdersPerIteration;

    private readonly ReviewedOrders _orders = new();
    private BenchmarkStore _store = null!;
    private string[] _orderIds = [];
    private int _iteration;

    /// <summary>How many clients give commands at once.</summary>
    [Params(1, 8)]
    public int Clients { get; set; }

    [GlobalSetup(Target = nameof(InMemory))]
    public void CreateInMemoryStore() => Create(StoreKind.InMemory, storePerClient: false);

    [GlobalSetup(Target = nameof(Sqlite))]
    public void CreateSqliteStore() => Create(StoreKind.Sqlite, storePerClient: false);

    [GlobalSetup(Target = nameof(PostgreSql))]
    public void CreatePostgreSqlStore() => Create(StoreKind.PostgreSql, storePerClient: false);

    [GlobalSetup(Target = nameof(PostgreSqlStorePerClient))]
    public void CreatePostgreSqlStorePerClient() => Create(StoreKind.PostgreSql, storePerClient: true);

    [IterationSetup]
    public void PutOrdersUnderReview()
    {
        _iteration++;
        _orderIds = [.. Enumerable.Range(1, OrdersPerIteration).Select(n => $"SO-{_iteration}-{n}")];
        EachClientAsync(_orders.PutUnderReviewAsync).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void DropStore() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands)]
    public Task InMemory() => EachClientAsync(_orders.ConfirmAndChangeAsync);

    [Benchmark(OperationsPerInvoke = Commands)]
    public Task Sqlite() => EachClientAsync(_orders.ConfirmAndChangeAsync);

    [Benchmark(OperationsPerInvoke = Commands)]
    public Task PostgreSql() => EachClientAsync(_orders.ConfirmAndChangeAsync);

    [Benchmark(OperationsPerInvoke = Commands)]
    public Task PostgreSqlStorePerClient() => EachClientAsync(_orders.ConfirmAndChangeAsync);

    private void Create(StoreKind kind, bool storePerClient) =>
        _store = BenchmarkStore.CreateAsync(kind, Clients, storePerClient, _orders).GetAwaiter().GetResult();

    /// <summary>Runs the clients at once, each on every <see cref="Clients"/>-th order in turn with its processor.</summary>
    private Task EachClientAsync(Func<Storage.OrderCommandProcessor, string, ValueTask> work) =>
        Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; i < _orderIds.Length; i += Clients)
            {
                await work(_store.Processors[client], _orderIds[i]);
            }
        })));
}
