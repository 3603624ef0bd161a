using System.Security.Claims;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// The person calling, as their bearer token names them: the user id is the token's <c>unique_name</c> (else its
/// <c>sub</c>), the roles are its <c>role</c> claims that hold one of the library's <see cref="Role"/> names (other
/// roles a company's tokens carry are ignored). Nothing the caller sends besides the signed token counts.
/// </summary>
internal sealed record Caller
{
    /// <summary>The claim holding the user's name, as <c>dotnet user-jwts create --name</c> writes it.</summary>
    public const string NameClaim = "unique_name";

    /// <summary>The claim the user id falls back to: the token's subject.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The claim holding a role, once per role, as <c>dotnet user-jwts create --role</c> writes it.</summary>
    public const string RoleClaim = "role";

    private Caller(string? id, IReadOnlyList<Role> roles)
    {
        Id = id;
        Roles = roles;
    }

    /// <summary>The user id, or <see langword="null"/> when the token names nobody.</summary>
    public string? Id { get; }

    /// <summary>The library roles the token gives, in the order of <see cref="Role"/>, each once.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Whether the token names a user and gives at least one of the library's roles.</summary>
    public bool IsKnown => Id is not null && Roles.Count > 0;

    /// <summary>The caller the authenticated user's claims describe.</summary>
    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = new[] { NameClaim, SubjectClaim }
            .Select(type => user.FindFirst(type)?.Value?.Trim())
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
        var named = user.FindAll(RoleClaim).Select(c => c.Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Role[] roles = [.. Enum.GetValues<Role>().Where(role => named.Contains(role.ToString()))];
        return new Caller(id, roles);
    }

    /// <summary>Binds a handler's <see cref="Caller"/> parameter to the request's authenticated user.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<Caller?>(From(context.User));
    }

    /// <summary>Whether the token gives the role.</summary>
    public bool Holds(Role role) => Roles.Contains(role);

    /// <summary>
    /// The caller acting in the first of their roles (in the order of <see cref="Role"/>) that <paramref name="policy"/>
    /// lets give <paramref name="command"/>, or <see langword="null"/> when none of their roles may.
    /// </summary>
    public Actor? ActingFor(LifecycleCommandKind command, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var role in Roles)
        {
            if (Id is { } id && policy.Permits(role, command))
            {
                return new Actor(id, role);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id ?? "(no name)"} ({(Roles.Count == 0 ? "no role" : string.Join(", ", Roles))})";
}
