using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Packaging;

/// <summary>
/// The packages as users meet them, packed by the README's install recipe as written (<see cref="PackedFeed"/>): the
/// library's and the testing package's nupkgs inspected, a consumer project restoring both from the local feed by
/// version (not a project reference), reviewing a sample order and running an analysts' test case, and the tool
/// installed globally from the feed by the recipe's own lines.
/// </summary>
[Collection(nameof(PackagingFeed))]
public sealed class PackageTests(PackedFeed feed)
{
    private static readonly string[] IntendedDependencies =
        ["Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "NodaTime", "RulesEngine"];

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static IEnumerable<XElement> Dependencies(ZipArchive package) =>
        Nuspec(package).Descendants().Where(e => e.Name.LocalName == "dependency");

    [Fact]
    public void LibraryPackage_HoldsDllXmlDocsAndReadme()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation"));

        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/OrderConfirmation.dll", entries);
        Assert.Contains("lib/net10.0/OrderConfirmation.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.True(File.Exists(feed.Package("OrderConfirmation", "snupkg")), "no symbol package");
        var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal(("OrderConfirmation", feed.Version, "PACKAGE.md", "MIT"), (Field("id"), Field("version"), Field("readme"), Field("license")));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.Contains("order confirmation", Field("tags"), StringComparison.Ordinal);
    }

    [Fact]
    public void LibraryPackage_DependsOnlyOnWhatTheLibraryUses()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation"));

        var dependencies = Dependencies(package).Select(e => e.Attribute("id")!.Value).Order(StringComparer.Ordinal);

        Assert.Equal(IntendedDependencies, dependencies);
    }

    [Fact]
    public void TestingPackage_HoldsDllXmlDocsAndReadme()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation.Testing"));

        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/OrderConfirmation.Testing.dll", entries);
        Assert.Contains("lib/net10.0/OrderConfirmation.Testing.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain("lib/net10.0/OrderConfirmation.dll", entries);
        Assert.True(File.Exists(feed.Package("OrderConfirmation.Testing", "snupkg")), "no symbol package");
    }

    [Fact]
    public void TestingPackage_DependsOnExactlyItsOwnVersionOfTheLibrary()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation.Testing"));

        // It reads the library's internals: any other version of the library may lack them, so only "[v]" will do
        // (a plain project reference would give "v", which NuGet reads as "v or later").
        var dependency = Assert.Single(Dependencies(package));

        Assert.Equal(("OrderConfirmation", $"[{feed.Version}]"), (dependency.Attribute("id")!.Value, dependency.Attribute("version")!.Value));
    }

    [Fact]
    public void StoragePackage_HoldsDllXmlDocsAndReadmeAndDependsOnTheLibraryEfCoreAndBothProviders()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation.EntityFrameworkCore"));

        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/OrderConfirmation.EntityFrameworkCore.dll", entries);
        Assert.Contains("lib/net10.0/OrderConfirmation.EntityFrameworkCore.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain("lib/net10.0/OrderConfirmation.dll", entries);
        // The design-time package is for `dotnet ef migrations add` only; a host never gets it from us.
        Assert.Equal(
            ["Microsoft.EntityFrameworkCore.Relational", "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", "OrderConfirmation"],
            Dependencies(package).Select(e => e.Attribute("id")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LibraryPackage_HasNoTestingTypes()
    {
        var types = ReadLibrary(reader => reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h)).Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}").ToList());

        Assert.DoesNotContain(types, t => t.Contains(".RuleTesting.", StringComparison.Ordinal));
        Assert.DoesNotContain(types, t => t.EndsWith(".InMemoryCreditProfiles", StringComparison.Ordinal) || t.EndsWith(".InMemorySupply", StringComparison.Ordinal) || t.EndsWith(".InMemoryCapabilityCatalog", StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryPackage_EmbedsTheDefaultRulesAndCalendar()
    {
        var resources = ReadLibrary(reader => reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).Order(StringComparer.Ordinal).ToList());

        var expected = Directory.GetFiles(DefaultRules.RulesDirectory, "*.json")
            .Select(Path.GetFileName)
            .Where(f => !f!.EndsWith(".schema.json", StringComparison.Ordinal) && f != "calendar.json" && f != "tasks.json")
            .Select(f => $"OrderConfirmation.Rules.Defaults.{f}")
            .Append("OrderConfirmation.Calendars.Defaults.calendar.json")
            .Append("OrderConfirmation.Tasks.Defaults.tasks.json")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, resources);
    }

    [Fact]
    public void ToolPackage_IsADotnetToolNamedOrderconfirm()
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation.Cli"));

        var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        Assert.Equal("orderconfirm", XDocument.Load(stream).Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/OrderConfirmation.dll", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/OrderConfirmation.Testing.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumer_RestoringThePackagesFromTheFeed_ReviewsASampleOrderAndRunsATestCase()
    {
        var consumer = Directory.CreateDirectory(Path.Combine(feed.Root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="smoke-feed" value="{feed.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OrderConfirmation" Version="{feed.Version}" />
                <PackageReference Include="OrderConfirmation.Testing" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using OrderConfirmation.Formats;
            using OrderConfirmation.Review;
            using OrderConfirmation.Rules;
            using OrderConfirmation.Stages;
            using OrderConfirmation.Testing.RuleTesting;

            var facts = ReviewRequestReader.ReadFile(args[0]);
            var decision = ReviewEvaluator.Evaluate(RuleSetLoader.LoadDefaults(), facts);
            Console.WriteLine($"{decision.OrderId} {decision.Outcome} {decision.Findings.Count}");
            var report = RuleTestRunner.Run(RuleSetLoader.LoadDefaults(), RuleTestCaseReader.ReadPaths([args[1]]));
            Console.WriteLine($"cases: {report.Passed} of {report.Results.Count} pass");
            """);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "requests", "09-credit-limit-exceeded.json");
        var testCase = Path.Combine(DefaultRules.RulesDirectory, "tests", "credit-limit-exceeded-on-hold.json");

        var (exitCode, output) = DotnetCli.Dotnet(consumer, "run", "--", sample, testCase);

        Assert.True(exitCode == 0, output);
        Assert.Contains("SO-1009 OnHold 1", output, StringComparison.Ordinal);
        Assert.Contains("cases: 1 of 1 pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_InstallRecipeAsWritten_PacksEveryPackageAndInstallsTheToolThatShowsItsHelp()
    {
        // The recipe must pack and install (a README that lost those lines would pass vacuously otherwise).
        Assert.Contains(feed.Commands, c => c.StartsWith("dotnet pack ", StringComparison.Ordinal));
        Assert.Contains(feed.Commands, c => c.StartsWith("dotnet tool install ", StringComparison.Ordinal) && c.Contains("OrderConfirmation.Cli", StringComparison.Ordinal));
        Assert.StartsWith("orderconfirm --help", feed.Commands[^1], StringComparison.Ordinal);

        Assert.Equal(feed.Commands, feed.Runs.Select(r => r.Command));
        foreach (var (command, exitCode, output) in feed.Runs)
        {
            Assert.True(exitCode == 0, $"$ {command}\n{output}");
        }

        foreach (var id in new[] { "OrderConfirmation", "OrderConfirmation.Testing", "OrderConfirmation.EntityFrameworkCore", "OrderConfirmation.Cli" })
        {
            Assert.True(File.Exists(feed.Package(id)), $"the recipe packed no {id} {feed.Version}");
        }

        var help = feed.Runs[^1].Output;
        foreach (var command in new[] { "review", "change", "kpi", "validate", "test", "whatif", "audit" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    /// <summary>Reads the metadata of the library's DLL as packed in the feed.</summary>
    private T ReadLibrary<T>(Func<MetadataReader, T> read)
    {
        using var package = ZipFile.OpenRead(feed.Package("OrderConfirmation"));
        using var dll = new MemoryStream();
        using (var stream = package.GetEntry("lib/net10.0/OrderConfirmation.dll")!.Open())
        {
            stream.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        return read(pe.GetMetadataReader());
    }
}

[CollectionDefinition(nameof(PackagingFeed))]
public sealed class PackagingFeed : ICollectionFixture<PackedFeed>;
