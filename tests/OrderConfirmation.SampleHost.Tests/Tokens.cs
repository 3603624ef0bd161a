using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// Bearer tokens shaped as <c>dotnet user-jwts create --name NAME --role ROLE</c> makes them: HS256, claims
/// <c>unique_name</c> and <c>sub</c> (the name), <c>jti</c>, <c>role</c> (a string, or an array for several roles),
/// <c>aud</c> http://localhost:5080 (the launch profile's address), <c>iss</c> dotnet-user-jwts, <c>nbf</c>, <c>iat</c>,
/// <c>exp</c>; signed with the test run's key unless told otherwise.
/// </summary>
internal static class Tokens
{
    public const string Issuer = "dotnet-user-jwts";
    public const string Audience = "http://localhost:5080";

    /// <summary>A valid token for the user in the roles.</summary>
    public static string For(string user, params string[] roles) => Create(user, roles);

    /// <summary>A token with everything given explicitly; a null <paramref name="user"/> leaves out the name claims.</summary>
    public static string Create(
        string? user,
        string[] roles,
        byte[]? key = null,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? expires = null,
        bool subjectOnly = false)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString("N")[..8] };
        if (user is not null)
        {
            claims["sub"] = user;
            if (!subjectOnly)
            {
                claims["unique_name"] = user;
            }
        }

        if (roles.Length > 0)
        {
            claims["role"] = roles.Length == 1 ? roles[0] : roles;
        }

        var end = expires ?? now.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = end < now ? end.AddHours(-2) : now,
            NotBefore = end < now ? end.AddHours(-2) : now,
            Expires = end,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SampleHostFactory.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
