using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class NormativeDocumentTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static object Normative(string title, string number, string? validUntil = null) => new
    {
        title,
        documentNumber = number,
        formedOn = "2026-03-02",
        kind = "NormativeDocument",
        attribute = "PublishInFull",
        body = "<p>规范性文件正文</p>",
        validFrom = "2026-04-01",
        validUntil,
    };

    private async Task<JsonArray> ListAsync(string query = "") =>
        (await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/publication/normative-documents" + query)))["items"]!.AsArray();

    private static Task<JsonObject> MarkAsync(PublicationUnit unit, JsonObject record, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, Url(record) + "/normative-status", body, expected);

    [Fact]
    public async Task Given_normative_documents_When_amended_repealed_or_expired_Then_the_consolidated_list_and_the_original_text_show_it()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var amended = await DraftReviewPublishAsync(unit, Normative("关于规范涉企收费的若干规定", "测政规〔2026〕1号"));
        var repealed = await DraftReviewPublishAsync(unit, Normative("关于农村建房管理的办法", "测政规〔2026〕2号"));
        var successor = await DraftReviewPublishAsync(unit, Normative("农村建房管理办法（修订）", "测政规〔2026〕3号"));
        var expired = await DraftReviewPublishAsync(unit, Normative("2026年冬季供暖临时措施", "测政规〔2026〕4号", validUntil: "2026-11-20"));
        var ordinary = await DraftReviewPublishAsync(unit, Document("普通通知"));

        var valid = await ListAsync();
        Assert.Equal(["测政规〔2026〕1号", "测政规〔2026〕2号", "测政规〔2026〕3号"], valid.Select(d => d!["documentNumber"]!.GetValue<string>()).Order());
        var first = valid.Single(d => d!["id"]!.GetValue<Guid>() == amended["id"]!.GetValue<Guid>())!;
        Assert.Equal("测试县财政局", first["unitName"]!.GetValue<string>());
        Assert.Equal("2026-03-02", first["formedOn"]!.GetValue<string>());
        Assert.Equal("2026-04-01", first["validFrom"]!.GetValue<string>());
        Assert.Equal("现行有效", first["statusName"]!.GetValue<string>());

        // 有效期 passed on 11-20: expired from 11-21 without anyone marking it.
        var expiredRow = (await ListAsync("?status=Expired")).Single()!;
        Assert.Equal(expired["id"]!.GetValue<Guid>(), expiredRow["id"]!.GetValue<Guid>());
        Assert.Equal("2026-11-21", expiredRow["statusOn"]!.GetValue<string>());

        amended = await MarkAsync(unit, amended, new { status = "Amended", effectiveOn = "2026-11-20", note = "第三条已修改", version = Version(amended) });
        Assert.Equal("Amended", amended["normativeStatus"]!.GetValue<string>());
        repealed = await MarkAsync(unit, repealed, new
        {
            status = "Repealed", effectiveOn = "2026-11-23", note = "被测政规〔2026〕3号废止", replacedByRecordId = successor["id"], version = Version(repealed),
        });

        Assert.Equal([successor["id"]!.GetValue<Guid>()], (await ListAsync()).Select(d => d!["id"]!.GetValue<Guid>()));
        Assert.Equal(amended["id"]!.GetValue<Guid>(), (await ListAsync("?status=Amended")).Single()!["id"]!.GetValue<Guid>());
        var repealedRow = (await ListAsync("?status=Repealed")).Single()!;
        Assert.Equal("已废止", repealedRow["statusName"]!.GetValue<string>());
        Assert.Equal("2026-11-23", repealedRow["statusOn"]!.GetValue<string>());
        Assert.Equal(successor["id"]!.GetValue<Guid>(), repealedRow["replacedByRecordId"]!.GetValue<Guid>());
        Assert.Single(await ListAsync("?status=Repealed&q=" + Uri.EscapeDataString("农村建房")));
        Assert.Empty(await ListAsync("?status=Repealed&unitId=" + Guid.NewGuid()));

        // PUB-12(g): the mark is on the original text.
        var original = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{repealed["id"]}"));
        Assert.Equal("Repealed", original["normativeStatus"]!.GetValue<string>());
        Assert.Equal("已废止", original["normativeStatusName"]!.GetValue<string>());
        Assert.Equal("被测政规〔2026〕3号废止", original["normativeStatusNote"]!.GetValue<string>());
        var expiredDetail = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{expired["id"]}"));
        Assert.Equal("已失效", expiredDetail["normativeStatusName"]!.GetValue<string>());
        var plain = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{ordinary["id"]}"));
        Assert.Null(plain["normativeStatus"]);

        // Final states stay; other records and roles are refused.
        Assert.Equal("publication.normative_status_final", (await MarkAsync(unit, repealed,
            new { status = "Expired", effectiveOn = "2026-11-23", note = "x", version = Version(repealed) }, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        Assert.Equal("publication.not_normative", (await MarkAsync(unit, ordinary,
            new { status = "Repealed", effectiveOn = "2026-11-23", note = "x", version = Version(ordinary) }, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        var draft = await DraftAsync(unit, Normative("未发布的规范性文件", "测政规〔2026〕5号"));
        Assert.Equal("publication.not_published", (await MarkAsync(unit, draft,
            new { status = "Repealed", effectiveOn = "2026-11-23", note = "x", version = Version(draft) }, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(unit.Editor, Url(successor) + "/normative-status",
            new { status = "Repealed", effectiveOn = "2026-11-23", note = "x", version = Version(successor) })).StatusCode);
        var health = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync, "测试县卫健局", "health");
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(health.Leader, Url(successor) + "/normative-status",
            new { status = "Repealed", effectiveOn = "2026-11-23", note = "x", version = Version(successor) })).StatusCode);
        var foreign = await DraftAsync(health, Document("卫健局文件"));
        var refused = await ProblemAsync(await PostJsonAsync(unit.Leader, Url(successor) + "/normative-status",
            new { status = "Amended", effectiveOn = "2026-11-23", note = "x", replacedByRecordId = foreign["id"], version = Version(successor) }), HttpStatusCode.BadRequest);
        Assert.Equal("publication.replaced_by_unknown", refused["code"]!.GetValue<string>());
    }
}
