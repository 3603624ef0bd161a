using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Storage;

// A writer process of the storage tests (tests/OrderConfirmation.Storage.ProcessTests):
//   OrderConfirmation.StoreWriter setup <sqlite|postgresql> <connection> <order-id>
//     creates the schema and brings the order to InExecution through the processor; prints "ready <version>".
//   OrderConfirmation.StoreWriter report <sqlite|postgresql> <connection> <order-id> <writer> <count>
//     gives <count> progress reports (0: until killed) on the order under the ids <writer>-1, <writer>-2, …
//     (milestones "<writer> step 1", "<writer> step 2", …), all writers on the same order at once, and prints
//     "started <ticks>" then "ack <command-id> <version> <ticks>" once each is committed. A report that meets a Conflict (other writers kept changing
//     the order first; nothing was written) is given again under the same id, as a client would, up to MaxConflicts
//     times; each such retry is told on stderr.
if (args is not [var mode and ("setup" or "report"), var provider, var connection, var orderId, ..])
{
    Console.Error.WriteLine("usage: OrderConfirmation.StoreWriter setup|report <sqlite|postgresql> <connection> <order-id> [<writer> <count>]");
    return 2;
}

await using var services = new ServiceCollection()
    .AddOrderConfirmationEntityFrameworkCore(o => _ = provider == "postgresql" ? o.UsePostgreSql(connection) : o.UseSqlite(connection))
    .BuildServiceProvider();
var policy = new LifecyclePolicy(WorkingCalendar.Standard(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]));
#pragma warning disable RS0030 // A program of its own: the real clock.
var clock = SystemClock.Instance;
#pragma warning restore RS0030
using var processor = new OrderCommandProcessor(new OrderStateMachine(policy), services.GetRequiredService<IOrderStore>(), clock);

if (mode == "setup")
{
    await services.MigrateOrderConfirmationDatabaseAsync();
    var now = clock.GetCurrentInstant();
    var order = new Order(orderId, now, "sales.li", new Customer("C-1", "Acme Networks", ContactDetails.Empty, PostalAddress.Empty), "CNY", [new OrderLine(1, "CLOUD-HOST-8C", "Cloud host", 10m, 1200m)], new LocalDate(2030, 1, 15), null);
    var ready = new ReviewDecision(orderId, [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability], [], "test", now);
    var sales = new Actor("sales.li", Role.SalesRep);
    CommandStep[] steps =
    [
        new(new EnterOrder(order), sales),
        new(new SubmitOrder(ready), sales),
        new(new StartReview(ready), new Actor("conf.wang", Role.ConfirmationOfficer)),
        new(new ConfirmOrder(new LocalDate(2030, 1, 15)), new Actor("head.chen", Role.HeadOfOrderConfirmation)),
        new(new StartExecution(), new Actor("exec.liu", Role.ExecutionOfficer)),
    ];
    var setUp = await processor.ExecuteAsync(new CommandRequest($"setup-{orderId}", orderId, "setup"), (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>(steps), CancellationToken.None);
    if (setUp.Status != CommandStatus.Accepted)
    {
        Console.Error.WriteLine($"setup {setUp.Status}: {setUp.Refusal?.Message}");
        return 3;
    }

    Console.Out.WriteLine($"ready {setUp.Order!.Version}");
    return 0;
}

if (args is not [_, _, _, _, var writer, var countText] || !int.TryParse(countText, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: OrderConfirmation.StoreWriter report <sqlite|postgresql> <connection> <order-id> <writer> <count>");
    return 2;
}

// Writers meant to start together (STOREWRITER_AWAIT_GO=1) get ready first, print "ready", and begin on a line on stdin.
if (Environment.GetEnvironmentVariable("STOREWRITER_AWAIT_GO") == "1")
{
    await processor.Store.FindAsync(orderId);
    Console.Out.WriteLine("ready");
    Console.Out.Flush();
    await Console.In.ReadLineAsync();
}

// When it began, and below when each command was acknowledged, on the machine's monotonic clock (Stopwatch ticks, the
// same clock in every process on Linux), so the tests can tell that the writers were all at work at the same time.
Console.Out.WriteLine($"started {Stopwatch.GetTimestamp()}");

const int MaxConflicts = 50;
var executor = new Actor("exec.liu", Role.ExecutionOfficer);
for (var i = 1; count == 0 || i <= count; i++)
{
    var commandId = $"{writer}-{i}";
    var report = new ReportProgress(ProgressReport.Milestone($"{writer} step {i}"));
    var result = await processor.ExecuteAsync(commandId, orderId, report, executor, CancellationToken.None);
    for (var conflicts = 1; result.Status == CommandStatus.Conflict && conflicts < MaxConflicts; conflicts++)
    {
        Console.Error.WriteLine($"{commandId} conflict {conflicts}: given again");
        result = await processor.ExecuteAsync(commandId, orderId, report, executor, CancellationToken.None);
    }

    if (result.Status != CommandStatus.Accepted)
    {
        Console.Error.WriteLine($"{commandId} {result.Status}: {result.Refusal?.Message}");
        return 3;
    }

    Console.Out.WriteLine($"ack {commandId} {result.Order!.Version} {Stopwatch.GetTimestamp()}");
    Console.Out.Flush();
}

return 0;
