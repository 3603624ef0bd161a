using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using OrderConfirmation.Review;
using OrderConfirmation.SampleHost;
using OrderConfirmation.SampleHost.Endpoints;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.OpenApi;
using OrderConfirmation.SampleHost.Store;

var builder = WebApplication.CreateBuilder(args);
var contentRoot = builder.Environment.ContentRootPath;

// The library, set up from the "OrderConfirmation" section (paths relative to the content root). The analysts'
// working calendar sits next to their rule files; registered before AddOrderConfirmation, it replaces the standard
// calendar the lifecycle would otherwise use for reply deadlines, and it is the calendar the KPIs are measured on.
var section = builder.Configuration.GetSection("OrderConfirmation");
var rulesDirectory = ContentPaths.Resolve(contentRoot, section["RulesDirectory"]);
var calendar = ContentPaths.CalendarIn(rulesDirectory) is { } calendarPath ? CalendarFile.Load(calendarPath) : CalendarFile.LoadDefault();
builder.Services.AddSingleton(calendar.Calendar);
builder.Services.AddSingleton(new KpiCalculator(calendar));
builder.Services.AddOrderConfirmation(options =>
{
    section.Bind(options);
    options.RulesDirectory = rulesDirectory;
    options.AuditLogPath = ContentPaths.Resolve(contentRoot, options.AuditLogPath);
});

// The facts the reviews need: a real host registers providers backed by its ERP and CRM; this one keeps the facts
// its review requests brought. The library installs none: without them the host would fail at start-up.
builder.Services.AddSingleton<RecordedFacts>();
builder.Services.AddSingleton<ICreditProfileProvider>(sp => sp.GetRequiredService<RecordedFacts>());
builder.Services.AddSingleton<ISupplyProvider>(sp => sp.GetRequiredService<RecordedFacts>());
builder.Services.AddSingleton<IPriceListProvider>(sp => sp.GetRequiredService<RecordedFacts>());
builder.Services.AddSingleton<IExchangeRateProvider>(sp => sp.GetRequiredService<RecordedFacts>());
builder.Services.AddSingleton<ICapabilityCatalog>(sp => sp.GetRequiredService<RecordedFacts>());

// Where the orders, their receipts and the audit trail are kept: SQLite under App_Data by default, or PostgreSQL.
builder.Services.AddHostStorage(builder.Configuration, contentRoot);

// Customer queries, complaints and anonymous reports, kept in the same database (Store/HostCases.cs).
builder.Services.AddHostCases();

// Past KPI records from a JSON Lines file.
builder.Services.AddSingleton(KpiHistory.Load(ContentPaths.Resolve(contentRoot, builder.Configuration["SampleHost:KpiRecordsPath"])));

// Who is calling: a JWT bearer token (Authentication:Schemes:Bearer, as `dotnet user-jwts` writes it).
builder.Services.AddBearerAuthentication();
var maxBodyBytes = builder.Configuration.GetValue(RequestBodyLimit.ConfigurationKey, RequestBodyLimit.DefaultMaxBytes);

// Errors as problem details: bad input is a 400 naming the field, never a 500.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<RequestProblemHandler>();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<DocumentInfoTransformer>();
    options.AddDocumentTransformer<BearerSecurityTransformer>();
    options.AddOperationTransformer<BearerSecurityTransformer>();
    options.CreateSchemaReferenceId = type =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id && id.EndsWith("Schema", StringComparison.Ordinal) && id.Length > "Schema".Length
            ? id[..^"Schema".Length]
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
});

var app = builder.Build();
await app.Services.MigrateOrderConfirmationDatabaseAsync();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimit>(maxBodyBytes);
app.UseAnonymousChannel();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi().AllowAnonymous();

var orders = app.MapGroup(string.Empty)
    .AddEndpointFilter<KnownCallerFilter>()
    .ProducesProblem(StatusCodes.Status401Unauthorized)
    .ProducesProblem(StatusCodes.Status403Forbidden);
orders.MapEntryEndpoints();
orders.MapReviewEndpoints();
orders.MapOrderEndpoints();
orders.MapChangeEndpoints();
orders.MapKpiEndpoints();
orders.MapRuleCatalogueEndpoints();
orders.MapKpiReportEndpoints();
orders.MapSupervisionEndpoints();
orders.MapReadLogEndpoints();
orders.MapCommunicationEndpoints();
orders.MapTaskEndpoints();
orders.MapCaseEndpoints();
app.MapAnonymousReportEndpoint();
await app.RunAsync();

/// <summary>The sample host's entry point; public so that tests can start it in process.</summary>
public partial class Program;
