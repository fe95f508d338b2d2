using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class PublicSearchTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_published_records_When_searching_Then_title_number_and_body_match_with_filters()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var budget = await DraftReviewPublishAsync(unit, Document("2026年部门预算公开说明", body: "<p>一般公共预算支出<b>三公经费</b>情况</p>"));
        await DraftReviewPublishAsync(unit, Document("关于开展安全生产大检查的通知", formedOn: "2025-06-10"));

        async Task<JsonArray> Search(string query) =>
            (await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/publication/documents?" + query)))["items"]!.AsArray();

        Assert.Single(await Search("q=" + Uri.EscapeDataString("三公经费")));
        Assert.Single(await Search("q=" + Uri.EscapeDataString("部门预算")));
        Assert.Equal(2, (await Search("q=" + Uri.EscapeDataString("测政办发"))).Count);
        Assert.Single(await Search("year=2025"));
        Assert.Equal(2, (await Search($"unitId={unit.UnitId}")).Count);
        Assert.Empty(await Search("q=" + Uri.EscapeDataString("不存在的词")));
        Assert.Empty(await Search("q=" + Uri.EscapeDataString("100%_")));

        var detail = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{budget["id"]}"));
        Assert.Equal("2026年部门预算公开说明", detail["title"]!.GetValue<string>());
        Assert.Equal(budget["indexNumber"]!.GetValue<string>(), detail["indexNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_withheld_and_redacted_records_When_reading_every_public_route_Then_nothing_withheld_leaks()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var onRequest = await ReviewAllAsync(unit, await DraftAsync(unit, Document("甲乙丙依申请文件", "OnRequestOnly", ["ProcessInformation"], "过程稿", "<p>丁戊己秘密正文</p>")));
        var secret = await ReviewAllAsync(unit, await DraftAsync(unit, Document("庚辛壬不公开文件", "NotDisclosed", ["StateSecret"], "国家秘密", "<p>丁戊己秘密正文</p>")));
        var draft = await DraftAsync(unit, Document("癸子丑未发布草稿", body: "<p>丁戊己秘密正文</p>"));
        var redacted = await DraftReviewPublishAsync(unit,
            Document("删减后公开的通知", "PublishRedacted", ["PersonalPrivacy"], "含个人信息", "<p>公开部分。丁戊己秘密正文</p>", "<p>公开部分。</p>"));

        var everything = await Anonymous().GetStringAsync("/api/public/publication/documents?pageSize=200");
        foreach (var phrase in new[] { "甲乙丙", "庚辛壬", "癸子丑", "丁戊己" })
        {
            Assert.DoesNotContain(phrase, everything);
            Assert.Contains("\"total\":0", await Anonymous().GetStringAsync("/api/public/publication/documents?q=" + Uri.EscapeDataString(phrase)));
        }

        foreach (var record in new[] { onRequest, secret, draft })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/publication/documents/{record["id"]}")).StatusCode);
        }

        var shown = await Anonymous().GetStringAsync($"/api/public/publication/documents/{redacted["id"]}");
        Assert.Contains("公开部分", shown);
        Assert.DoesNotContain("丁戊己", shown);
    }
}
