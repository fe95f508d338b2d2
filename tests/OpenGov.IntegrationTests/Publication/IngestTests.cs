using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Publication;

public sealed class IngestTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(Guid UnitId, HttpClient Oa)> OaClientAsync(string scopes = "publication.write publication.read", string unitName = "测试县教育局")
    {
        var admin = await AdminAsync();
        var unitId = (await Organization.OrgApi.CreateUnitAsync(admin, unitName))["id"]!.GetValue<Guid>();
        var created = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/api-clients",
            new { name = "县教育局 OA 系统", unitId, scopes = scopes.Split(' ') }), HttpStatusCode.Created);
        var token = await ReadAsync<JsonObject>(await Anonymous().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created["client"]!["clientId"]!.GetValue<string>(),
            ["client_secret"] = created["clientSecret"]!.GetValue<string>(),
        })));
        return (unitId, WithToken(token["access_token"]!.GetValue<string>()));
    }

    private static JsonObject Push(Guid unitId, string externalId, string title = "关于做好秋季开学工作的通知", bool submit = false)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(PublicationApi.Document(title, formedOn: "2026-11-20"), Json))!.AsObject();
        body["externalId"] = externalId;
        body["unitId"] = unitId;
        body["submitForReview"] = submit;
        return body;
    }

    [Fact]
    public async Task Given_oa_push_When_retried_Then_first_result_is_returned_and_nothing_is_registered_twice()
    {
        var (unitId, oa) = await OaClientAsync();
        var first = await oa.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(Push(unitId, "OA-2026-0001", submit: true)));
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.True(first.StatusCode == HttpStatusCode.Created, firstBody);
        Assert.EndsWith("/api/publication/documents/OA-2026-0001", first.Headers.Location!.ToString());

        Clock.Advance(TimeSpan.FromMinutes(5));
        var retry = await oa.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(Push(unitId, "OA-2026-0001", submit: true)));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());

        var conflict = await ProblemAsync(await oa.PostAsync("/api/publication/documents",
            Organization.OrgApi.JsonContent(Push(unitId, "OA-2026-0001", "另一份内容不同的文件"))), HttpStatusCode.Conflict);
        Assert.Equal("idempotency.key_reused", conflict["code"]!.GetValue<string>());

        var status = await ReadAsync<JsonObject>(await oa.GetAsync("/api/publication/documents/OA-2026-0001"));
        Assert.Equal("InReview", status["status"]!.GetValue<string>());
        Assert.Equal("Confidentiality", status["pendingStage"]!.GetValue<string>());
        Assert.Equal(JsonNode.Parse(firstBody)!["indexNumber"]!.GetValue<string>(), status["indexNumber"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await oa.GetAsync("/api/publication/documents/OA-unknown")).StatusCode);

        var admin = await AdminAsync();
        var records = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/publication/records?unitId={unitId}"));
        Assert.Equal(1, records["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_oa_push_without_attribute_or_grounds_When_sent_Then_400_names_the_field()
    {
        var (unitId, oa) = await OaClientAsync();
        var noAttribute = Push(unitId, "OA-1");
        noAttribute.Remove("attribute");
        var problem = await ProblemAsync(await oa.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(noAttribute)), HttpStatusCode.BadRequest);
        Assert.Contains("attribute", problem["errors"]!.AsObject().Select(e => e.Key));

        var noGrounds = Push(unitId, "OA-2");
        noGrounds["attribute"] = "OnRequestOnly";
        problem = await ProblemAsync(await oa.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(noGrounds)), HttpStatusCode.BadRequest);
        Assert.Contains("grounds", problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("attributeReason", problem["errors"]!.AsObject().Select(e => e.Key));

        var noExternalId = Push(unitId, "");
        problem = await ProblemAsync(await oa.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(noExternalId)), HttpStatusCode.BadRequest);
        Assert.Contains("externalId", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Given_client_without_write_scope_or_for_another_unit_When_pushing_Then_403()
    {
        var (unitId, readOnly) = await OaClientAsync("publication.read");
        var problem = await ProblemAsync(await readOnly.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(Push(unitId, "OA-3"))), HttpStatusCode.Forbidden);
        Assert.Equal("auth.scope_required", problem["code"]!.GetValue<string>());

        var admin = await AdminAsync();
        var other = (await Organization.OrgApi.CreateUnitAsync(admin, "测试县民政局"))["id"]!.GetValue<Guid>();
        var (_, writer) = await OaClientAsync(unitName: "测试县文旅局");
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/api/publication/documents", Organization.OrgApi.JsonContent(Push(other, "OA-4")))).StatusCode);
    }

    [Fact]
    public async Task Given_review_returned_a_pushed_document_When_oa_replaces_it_Then_it_is_resubmitted_and_a_retry_is_replayed()
    {
        var (unitId, oa) = await OaClientAsync();
        var admin = await AdminAsync();
        var (_, password) = await Organization.OrgApi.CreateUserAsync(admin, "edu-reviewer", unitId, "Reviewer");
        var reviewer = await SignInAsync("edu-reviewer", password);
        var pushed = await ReadAsync<JsonObject>(await oa.PostAsync("/api/publication/documents",
            Organization.OrgApi.JsonContent(Push(unitId, "OA-9", submit: true))), HttpStatusCode.Created);
        var record = await ReadAsync<JsonObject>(await reviewer.GetAsync($"/api/publication/records/{pushed["id"]}"));
        await PublicationApi.DecideAsync(reviewer, record, "Confidentiality", approve: false, opinion: "附件含个人身份证号");

        var fixedBody = Push(unitId, "OA-9", "关于做好秋季开学工作的通知（修改稿）", submit: true);
        using var first = new HttpRequestMessage(HttpMethod.Put, "/api/publication/documents/OA-9") { Content = Organization.OrgApi.JsonContent(fixedBody) };
        first.Headers.Add("Idempotency-Key", "fix-1");
        var firstResponse = await oa.SendAsync(first);
        var firstText = await firstResponse.Content.ReadAsStringAsync();
        Assert.True(firstResponse.StatusCode == HttpStatusCode.OK, firstText);
        Assert.Equal("InReview", JsonNode.Parse(firstText)!["status"]!.GetValue<string>());

        using var retry = new HttpRequestMessage(HttpMethod.Put, "/api/publication/documents/OA-9") { Content = Organization.OrgApi.JsonContent(fixedBody) };
        retry.Headers.Add("Idempotency-Key", "fix-1");
        var retryResponse = await oa.SendAsync(retry);
        Assert.Equal(HttpStatusCode.OK, retryResponse.StatusCode);
        Assert.Equal(firstText, await retryResponse.Content.ReadAsStringAsync());

        var unkeyed = await ProblemAsync(await oa.PutAsync("/api/publication/documents/OA-9", Organization.OrgApi.JsonContent(fixedBody)), HttpStatusCode.Conflict);
        Assert.Equal("publication.not_draft", unkeyed["code"]!.GetValue<string>());
        var status = await ReadAsync<JsonObject>(await oa.GetAsync("/api/publication/documents/OA-9"));
        Assert.Equal("InReview", status["status"]!.GetValue<string>());
    }
}
