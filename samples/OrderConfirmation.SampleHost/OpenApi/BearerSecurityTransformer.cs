using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrderConfirmation.SampleHost.OpenApi;

/// <summary>
/// Declares the bearer scheme (<c>Authorization: Bearer &lt;JWT&gt;</c>) in the OpenAPI document and requires it on
/// every operation except those that allow anonymous callers, which declare no security.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The scheme's name in <c>components.securitySchemes</c>.</summary>
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description =
                "A JWT whose `unique_name` (or `sub`) is the user id and whose `role` claims hold the library's roles (SalesRep, " +
                "ConfirmationOfficer, FinanceOfficer, HeadOfOrderConfirmation, ExecutionOfficer, Auditor, TechnicalEngineer, ProductPlanner). In development: " +
                "`dotnet user-jwts create --name head.chen --role HeadOfOrderConfirmation` in the host's project directory.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        return Task.CompletedTask;
    }
}
