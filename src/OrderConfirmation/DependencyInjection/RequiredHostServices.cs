using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrderConfirmation.DependencyInjection;

/// <summary>
/// The services the library needs from the host and never installs itself (the facts providers: a stand-in would
/// answer "unknown" and hold every order). Checked when the host starts, through the options' start-up validation
/// that the .NET generic host runs before it serves anything, and again when a reviewer is first resolved (for a
/// container built without a host); both fail with a message naming every missing service.
/// </summary>
internal sealed class RequiredHostServices
{
    private readonly List<Type> _services = [];

    /// <summary>The required services, in the order first required.</summary>
    public IReadOnlyList<Type> Services => _services;

    /// <summary>Requires the services: a host that has not registered each of them fails at start-up.</summary>
    public static void Require(IServiceCollection services, params IEnumerable<Type> required)
    {
        services.AddOptions<RequiredHostServices>().Configure(r => r.Add(required)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RequiredHostServices>, Validator>());
    }

    /// <summary>Throws when a required service is missing, as a reviewer is resolved.</summary>
    /// <exception cref="InvalidOperationException">A required service is not registered; the message names each one.</exception>
    public static void ThrowIfMissing(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<RequiredHostServices>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }

    /// <summary>What to tell the host about the missing services.</summary>
    public static string Describe(IReadOnlyList<Type> missing) =>
        $"OrderConfirmation needs {(missing.Count == 1 ? "a service" : "services")} the host has not registered: {string.Join(", ", missing.Select(Name))}. "
        + "The library installs no stand-in for them (it would answer \"unknown\" and hold every order): register the host's own implementation of each, "
        + $"for example services.AddSingleton<{ShortName(missing[0])}, …>(), before the service provider is built. "
        + "Tests and tools can register the in-memory ones of the OrderConfirmation.Testing package.";

    private void Add(IEnumerable<Type> required) => _services.AddRange(required.Where(t => !_services.Contains(t)));

    private static string Name(Type type) => type.Namespace is { } ns ? $"{ns}.{ShortName(type)}" : ShortName(type);

    private static string ShortName(Type type) =>
        !type.IsGenericType ? type.Name
            : $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(ShortName))}>";

    /// <summary>Finds the required services the container cannot give.</summary>
    private sealed class Validator(IServiceProvider services) : IValidateOptions<RequiredHostServices>
    {
        public ValidateOptionsResult Validate(string? name, RequiredHostServices options)
        {
            var registered = services.GetService<IServiceProviderIsService>();
            var missing = options.Services.Where(t => !(registered?.IsService(t) ?? services.GetService(t) is not null)).ToList();
            return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Describe(missing));
        }
    }
}
