using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

public sealed class TokenEndpointTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("grant_type=authorization_code&code=x", "unsupported_grant_type")]
    [InlineData("grant_type=password&username=countyadmin", "invalid_request")]
    [InlineData("grant_type=client_credentials&client_id=x", "invalid_request")]
    [InlineData("grant_type=password&username=nobody&password=whatever1", "invalid_grant")]
    public async Task Given_bad_token_request_When_posting_Then_problem_with_oauth_error(string form, string error)
    {
        var response = await Anonymous().PostAsync("/api/auth/token", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(error, problem["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["error_description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Given_json_instead_of_form_When_posting_Then_415_problem()
    {
        var response = await Anonymous().PostAsync("/api/auth/token", new StringContent("{\"grant_type\":\"password\"}", Encoding.UTF8, "application/json"));
        Assert.Equal("request.unsupported_media_type", (await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_token_When_clock_passes_its_lifetime_Then_401()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/organization/me")).StatusCode);
        Clock.Advance(TimeSpan.FromHours(9));
        await ProblemAsync(await admin.GetAsync("/api/organization/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_forged_token_When_calling_Then_401()
    {
        var forged = WithToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6IkNvdW50eUFkbWluIn0.c2lnbmF0dXJl");
        await ProblemAsync(await forged.GetAsync("/api/organization/units"), HttpStatusCode.Unauthorized);
    }
}
