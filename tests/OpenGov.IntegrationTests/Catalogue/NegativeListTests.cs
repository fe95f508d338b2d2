using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;
using static OpenGov.IntegrationTests.Catalogue.CatalogueApi;

namespace OpenGov.IntegrationTests.Catalogue;

/// <summary>CAT-11: 负面清单 with legal basis, reviewed once a year with the outcome recorded.</summary>
public sealed class NegativeListTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static object Entry(string name) => new
    {
        domainCode = "D05",
        name,
        description = name + "的具体点位和处置方案，公开可能危及公共安全",
        legalBasis = "《中华人民共和国政府信息公开条例》第十四条",
    };

    [Fact]
    public async Task Given_entries_When_reviewed_for_a_year_Then_released_ones_leave_the_public_list_and_the_outcome_is_kept()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县应急管理局", "em-editor");
        var (_, unitAdminPassword) = await OrgApi.CreateUserAsync(admin, "em-admin", unitId, "UnitAdmin");
        var unitAdmin = await SignInAsync("em-admin", unitAdminPassword);
        var url = $"/api/catalogue/units/{unitId}/negative-list";

        var hazard = await SendAsync(editor, HttpMethod.Post, url, Entry("重大危险源监控信息"), HttpStatusCode.Created);
        var plan = await SendAsync(editor, HttpMethod.Post, url, Entry("应急物资储备库位置"), HttpStatusCode.Created);
        Assert.Equal("Active", hazard["status"]!.GetValue<string>());
        Assert.Equal(2, (await ReadAsync<JsonArray>(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/negative-list"))).Count);

        var incomplete = await ProblemAsync(await PostJsonAsync(unitAdmin, url + "/reviews", new
        {
            year = 2026, summary = "年度评估", decisions = new[] { new { itemId = hazard["id"]!.GetValue<Guid>(), decision = "Keep" } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal("negative_list.review_incomplete", incomplete["code"]!.GetValue<string>());
        Assert.Contains("应急物资储备库位置", incomplete["errors"]!["decisions"]![0]!.GetValue<string>());

        await SendAsync(unitAdmin, HttpMethod.Post, url + "/reviews", new
        {
            year = 2026,
            summary = "储备库位置已在政府网站公布，移出清单",
            decisions = new object[]
            {
                new { itemId = hazard["id"]!.GetValue<Guid>(), decision = "Keep" },
                new { itemId = plan["id"]!.GetValue<Guid>(), decision = "Release", note = "已公开" },
            },
        }, HttpStatusCode.Created);

        var publicList = await ReadAsync<JsonArray>(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/negative-list"));
        Assert.Equal("重大危险源监控信息", Assert.Single(publicList)!["name"]!.GetValue<string>());
        var all = await ReadAsync<JsonArray>(await editor.GetAsync(url + "?includeReleased=true"));
        var released = all.Single(i => i!["name"]!.GetValue<string>() == "应急物资储备库位置")!;
        Assert.Equal("Released", released["status"]!.GetValue<string>());
        Assert.Equal(2026, released["releasedInReviewYear"]!.GetValue<int>());

        var reviews = await ReadAsync<JsonArray>(await editor.GetAsync(url + "/reviews"));
        var review = Assert.Single(reviews)!;
        Assert.Equal(1, review["kept"]!.GetValue<int>());
        Assert.Equal(1, review["released"]!.GetValue<int>());

        var again = await ProblemAsync(await PostJsonAsync(unitAdmin, url + "/reviews", new
        {
            year = 2026, summary = "再评估", decisions = new[] { new { itemId = hazard["id"]!.GetValue<Guid>(), decision = "Keep" } },
        }), HttpStatusCode.Conflict);
        Assert.Equal("negative_list.review_exists", again["code"]!.GetValue<string>());

        var releasedEdit = await ProblemAsync(await PutJsonAsync(editor, $"{url}/{plan["id"]}", new
        {
            domainCode = "D05", name = "改名", description = "内容", legalBasis = "依据", version = released["version"]!.GetValue<int>(),
        }), HttpStatusCode.Conflict);
        Assert.Equal("negative_list.released", releasedEdit["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_missing_legal_basis_or_other_unit_When_adding_Then_400_or_403()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (otherUnit, _) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        var url = $"/api/catalogue/units/{unitId}/negative-list";

        var problem = await ProblemAsync(await PostJsonAsync(editor, url, new { name = "某事项", description = "内容", domainCode = "D99" }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("legalBasis"));
        var unknownDomain = await ProblemAsync(
            await PostJsonAsync(editor, url, new { name = "某事项", description = "内容", legalBasis = "依据", domainCode = "D99" }), HttpStatusCode.BadRequest);
        Assert.True(unknownDomain["errors"]!.AsObject().ContainsKey("domainCode"));

        await ProblemAsync(await PostJsonAsync(editor, $"/api/catalogue/units/{otherUnit}/negative-list", Entry("某事项")), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostJsonAsync(editor, url + "/reviews", new { year = 2026, summary = "评估", decisions = Array.Empty<object>() }), HttpStatusCode.Forbidden);
        await ProblemAsync(await editor.GetAsync($"{url}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
