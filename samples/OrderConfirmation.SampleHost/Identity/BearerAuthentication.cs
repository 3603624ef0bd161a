using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// Who may call the host: JWT bearer tokens, validated with the standard <c>Authentication:Schemes:Bearer</c>
/// configuration section (<c>ValidIssuer</c>, <c>ValidAudiences</c>, <c>SigningKeys</c>), the one
/// <c>dotnet user-jwts</c> writes for development (the signing key into the user secrets, the issuer and audience into
/// appsettings.Development.json). The token's claims are read as they are written (<c>unique_name</c>, <c>sub</c>,
/// <c>role</c>), not renamed to Microsoft's long claim types. A request without a valid token is a 401 problem.
/// </summary>
internal static class BearerAuthentication
{
    /// <summary>Registers authentication with the bearer scheme as the default, and authorization.</summary>
    public static IServiceCollection AddBearerAuthentication(this IServiceCollection services)
    {
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = Caller.NameClaim;
                options.TokenValidationParameters.RoleClaimType = Caller.RoleClaim;
                options.Events = new JwtBearerEvents { OnChallenge = BearerChallenge.WriteAsync };
            });

        // Every endpoint needs an authenticated caller unless it says otherwise (the OpenAPI document does).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .Build());
        return services;
    }
}
