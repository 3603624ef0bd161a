using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// Who is acting: the <c>X-User</c> and <c>X-Role</c> request headers. This is the sample's stand-in for
/// authentication; a real host takes the user and role from its sign-in (claims), never from headers the caller chooses.
/// </summary>
internal static class ActorHeaders
{
    /// <summary>The header holding the user id, such as <c>head.chen</c>.</summary>
    public const string UserHeader = "X-User";

    /// <summary>The header holding the role, one of <see cref="Role"/>'s names, such as <c>HeadOfOrderConfirmation</c>.</summary>
    public const string RoleHeader = "X-Role";

    /// <summary>The actor the headers name.</summary>
    /// <exception cref="RequestFormatException">A header is missing, or the role is not one of the library's roles.</exception>
    public static Actor Read(string? user, string? role)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new RequestFormatException("headers", UserHeader, "Required: the user id of the person acting, such as head.chen.");
        }

        var roles = Enum.GetNames<Role>();
        if (string.IsNullOrWhiteSpace(role))
        {
            throw new RequestFormatException("headers", RoleHeader, $"Required: the role the person acts in, one of {string.Join(", ", roles)}.");
        }

        var name = Array.Find(roles, r => r.Equals(role.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestFormatException("headers", RoleHeader, $"'{role}' is not a role; use one of {string.Join(", ", roles)}.");
        return new Actor(user.Trim(), Enum.Parse<Role>(name));
    }
}
