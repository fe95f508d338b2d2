using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenGov.Host.Swagger;

/// <summary>Swagger UI is the county office's admin console: Chinese texts, grouped by module, Authorize with the token endpoint.</summary>
internal static class SwaggerSetup
{
    public const string SchemeId = "oauth2";

    public static IServiceCollection AddOpenGovSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OpenGov 政务公开平台 API",
                Version = "v1",
                Description = """
                    县级政务公开工作平台：标准目录、政府信息发布、依申请公开、政策解读、公众参与、政务新媒体、培训考核和政府信息公开工作年度报告。

                    登录：点击右侧 Authorize，工作人员用 password 方式填写登录名和密码；OA 系统用 client_credentials 方式填写 client_id 和 client_secret。
                    错误一律以 RFC 9457 问题详情（application/problem+json）返回，其中 code 为稳定的错误码，errors 为逐字段的中文提示。
                    """,
            });
            o.AddSecurityDefinition(SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "OAuth 2.0：工作人员用密码方式，OA 系统用客户端凭据方式，令牌地址 /api/auth/token。",
                Flows = new OpenApiOAuthFlows
                {
                    Password = new OpenApiOAuthFlow { TokenUrl = new Uri("/api/auth/token", UriKind.Relative), Scopes = new Dictionary<string, string>() },
                    ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/api/auth/token", UriKind.Relative), Scopes = new Dictionary<string, string>() },
                },
            });
            o.OperationFilter<AuthorizeOperationFilter>();
            o.SupportNonNullableReferenceTypes();
            o.CustomSchemaIds(t => t.FullName!.Replace("OpenGov.", "").Replace('+', '.'));
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "OpenGov.*.xml"))
            {
                o.IncludeXmlComments(xml, includeControllerXmlComments: false);
            }
        });
        return services;
    }

    public static WebApplication UseOpenGovSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "OpenGov v1");
            o.DocumentTitle = "OpenGov 政务公开平台";
            o.EnablePersistAuthorization();
            o.DisplayRequestDuration();
        });
        return app;
    }
}

/// <summary>Marks exactly the operations that need a token, so public routes show no lock in Swagger UI.</summary>
internal sealed class AuthorizeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var requiresAuth = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!requiresAuth)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SwaggerSetup.SchemeId, context.Document)] = [] });
    }
}
