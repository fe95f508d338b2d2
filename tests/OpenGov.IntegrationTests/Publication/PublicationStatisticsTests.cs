using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.Publication.Contracts;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

/// <summary>The in-process statistics query the annual report counts from (RPT-3; table 二, 第二十条第（一）项).</summary>
public sealed class PublicationStatisticsTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private async Task<Result<IReadOnlyList<UnitPublicationStatistics>>> StatisticsAsync(int year, IReadOnlyCollection<Guid>? unitIds = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetPublicationStatisticsQuery(year, unitIds));
    }

    private static JsonObject ValidUntil(object document, string validUntil)
    {
        var json = JsonSerializer.SerializeToNode(document, Json)!.AsObject();
        json["validUntil"] = validUntil;
        return json;
    }

    [Fact]
    public async Task Given_records_seeded_over_http_When_counting_a_year_Then_each_figure_counts_what_the_report_asks()
    {
        var admin = await AdminAsync();
        var finance = await PublicationApi.UnitAsync(admin, SignInAsync);
        var health = await PublicationApi.UnitAsync(admin, SignInAsync, "测试县卫健局", "health");

        await DraftReviewPublishAsync(finance, Document("规范性文件甲", formedOn: "2026-03-02", kind: "NormativeDocument"));
        var repealed = await DraftReviewPublishAsync(finance, Document("规范性文件乙", formedOn: "2026-04-01", kind: "NormativeDocument"));
        await CatalogueApi.SendAsync(finance.Leader, HttpMethod.Post, Url(repealed) + "/normative-status",
            new { status = "Repealed", effectiveOn = "2026-09-01", note = "县政府决定废止", version = Version(repealed) });
        var withdrawn = await DraftReviewPublishAsync(finance, Document("规范性文件丁", formedOn: "2026-04-02", kind: "NormativeDocument"));
        await CatalogueApi.SendAsync(finance.Leader, HttpMethod.Post, Url(withdrawn) + "/withdraw", new { reason = "误发", version = Version(withdrawn) });
        await DraftReviewPublishAsync(finance, ValidUntil(Document("规范性文件丙", formedOn: "2026-05-01", kind: "NormativeDocument"), "2026-06-30"));
        await DraftReviewPublishAsync(finance, Document("规章甲", formedOn: "2026-02-02", kind: "Rule"));
        await DraftAsync(finance, Document("依申请公开的文件", "OnRequestOnly", ["ProcessInformation"], "属于过程性信息", formedOn: "2026-07-01"));
        await DraftReviewPublishAsync(finance, Document("去年年底形成的文件", formedOn: "2025-12-31"));
        await DraftAsync(health, Document("删减后公开的文件", "PublishRedacted", ["PersonalPrivacy"], "含有个人信息", redactedBody: "<p>删减稿</p>", formedOn: "2026-08-03"));

        var elsewhere = Guid.NewGuid();
        var thisYear = await StatisticsAsync(2026, [finance.UnitId, health.UnitId, elsewhere]);
        Assert.True(thisYear.IsSuccess);
        Assert.Equal([finance.UnitId, health.UnitId, elsewhere], thisYear.Value.Select(s => s.UnitId));

        var f = thisYear.Value[0];
        // 乙 repealed, 丙's 有效期 over by the year's end, 丁 withdrawn (not a repeal): only 甲 is in force.
        Assert.Equal(new DocumentIssueFigures(IssuedThisYear: 4, RepealedThisYear: 1, InForce: 1), f.NormativeDocuments);
        Assert.Equal(new DocumentIssueFigures(IssuedThisYear: 1, RepealedThisYear: 0, InForce: 1), f.Rules);
        Assert.Equal(new AttributeFigures(PublishInFull: 5, PublishRedacted: 0, OnRequestOnly: 1, NotDisclosed: 0), f.FormedByAttribute);

        // Six releases on 政府网站 and 政府公报 each; the withdrawal's registration is not a release.
        var channels = f.RegistrationsByChannel.ToDictionary(c => c.Channel, c => c.Registrations);
        Assert.Equal(8, channels.Count);
        Assert.Equal(6, channels["Portal"]);
        Assert.Equal(6, channels["Gazette"]);
        Assert.Equal(0, channels["NewMedia"]);
        Assert.Equal("政府网站", f.RegistrationsByChannel.Single(c => c.Channel == "Portal").Name);

        Assert.Equal(new AttributeFigures(0, 1, 0, 0), thisYear.Value[1].FormedByAttribute);
        Assert.Equal(new DocumentIssueFigures(0, 0, 0), thisYear.Value[2].NormativeDocuments);
        Assert.All(thisYear.Value[2].RegistrationsByChannel, c => Assert.Equal(0, c.Registrations));

        // Everything was published in 2026 (China time), so 2025 only knows what was formed in it.
        var lastYear = await StatisticsAsync(2025, [finance.UnitId]);
        var l = Assert.Single(lastYear.Value);
        Assert.Equal(new DocumentIssueFigures(0, 0, 0), l.NormativeDocuments);
        Assert.Equal(new AttributeFigures(1, 0, 0, 0), l.FormedByAttribute);
        Assert.All(l.RegistrationsByChannel, c => Assert.Equal(0, c.Registrations));

        var everyone = await StatisticsAsync(2026);
        Assert.Equal(new[] { finance.UnitId, health.UnitId }.Order(), everyone.Value.Select(s => s.UnitId).Order());

        var outOfRange = await StatisticsAsync(1999);
        Assert.False(outOfRange.IsSuccess);
        Assert.Equal(ErrorKind.Validation, outOfRange.Error!.Kind);
    }
}
