using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Catalogue.Infrastructure.Persistence;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Publication;
using OpenGov.Publication.Contracts;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Catalogue;

/// <summary>Catalogue coverage (units × domains) kept from Publication's events, never from Publication's tables.</summary>
public sealed class CoverageTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private sealed record Figures(int Items, int Published, int Overdue, int PublishedLate);

    private static Figures Cell(JsonObject matrix, Guid unitId, string domainCode)
    {
        var row = matrix["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<Guid>() == unitId)!;
        var cell = row["cells"]!.AsArray().Single(c => c!["domainCode"]!.GetValue<string>() == domainCode)!;
        return new Figures(cell["items"]!.GetValue<int>(), cell["published"]!.GetValue<int>(), cell["overdue"]!.GetValue<int>(), cell["publishedLate"]!.GetValue<int>());
    }

    private async Task<Figures> CoverageAsync(HttpClient client, Guid unitId, string domainCode = "D04") =>
        Cell(await ReadAsync<JsonObject>(await client.GetAsync("/api/catalogue/coverage")), unitId, domainCode);

    /// <summary>The integration event Publication stored in its outbox, read back as the dispatcher would deliver it.</summary>
    private static async Task<TEvent> StoredEventAsync<TEvent>(HttpClient admin)
        where TEvent : IIntegrationEvent
    {
        var outbox = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?module=Publication&pageSize=200"));
        var message = outbox["items"]!.AsArray().Single(m => m!["type"]!.GetValue<string>() == typeof(TEvent).FullName)!;
        return JsonSerializer.Deserialize<TEvent>(message["payload"]!.GetValue<string>(), ModuleDbContext.EventJson)!;
    }

    private async Task DeliverAsync(IIntegrationEvent integrationEvent)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }

    [Fact]
    public async Task Given_linked_record_When_overdue_then_published_then_withdrawn_Then_the_matrix_follows_each_event()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var catalogue = await CatalogueApi.PublishAsync(admin, unit.Editor, unit.UnitId, "D04",
            CatalogueApi.Item("部门预算"), CatalogueApi.Item("部门决算"), CatalogueApi.Item("三公经费"));
        await DrainOutboxAsync();
        var budget = catalogue["items"]!.AsArray()[0]!["itemId"]!.GetValue<Guid>();
        Assert.Equal(new Figures(3, 0, 0, 0), await CoverageAsync(admin, unit.UnitId));

        // Formed 2026-10-09, due 2026-11-05: long past on 2026-11-23.
        var record = await DraftAsync(unit, Document("2026年部门预算", formedOn: "2026-10-09", catalogueItemIds: [budget]));
        Assert.Equal(1, await ReadAsync<int>(await admin.PostAsync("/api/publication/deadlines/scan", null)));
        await DrainOutboxAsync();
        Assert.Equal(new Figures(3, 0, 1, 0), await CoverageAsync(admin, unit.UnitId));

        Clock.Advance(TimeSpan.FromMinutes(5));
        record = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(record))); // the scan moved its version
        record = await PublishAsync(unit, await ReviewAllAsync(unit, record));
        await DrainOutboxAsync();
        Assert.Equal(new Figures(3, 1, 0, 1), await CoverageAsync(admin, unit.UnitId));

        // An overdue notice for the same record arriving after its publication (a retry, say) must not flag it again.
        var overdue = await StoredEventAsync<GovernmentInformationOverdueIntegrationEvent>(admin);
        await DeliverAsync(overdue with { Id = Guid.NewGuid() });
        Assert.Equal(new Figures(3, 1, 0, 1), await CoverageAsync(admin, unit.UnitId));

        record = await CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, Url(record) + "/withdraw", new { reason = "预算已调整", version = Version(record) });
        await DrainOutboxAsync();
        Assert.Equal(new Figures(3, 0, 0, 1), await CoverageAsync(admin, unit.UnitId));
    }

    [Fact]
    public async Task Given_the_same_published_event_twice_When_delivered_Then_the_inbox_lets_only_the_first_through()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var catalogue = await CatalogueApi.PublishAsync(admin, unit.Editor, unit.UnitId, "D04", CatalogueApi.Item("部门预算"));
        await DrainOutboxAsync();
        var budget = catalogue["items"]!.AsArray()[0]!["itemId"]!.GetValue<Guid>();
        await DraftReviewPublishAsync(unit, Document("2026年部门预算", catalogueItemIds: [budget]));
        await DrainOutboxAsync();
        Assert.Equal(new Figures(1, 1, 0, 0), await CoverageAsync(admin, unit.UnitId));

        var published = await StoredEventAsync<GovernmentInformationPublishedIntegrationEvent>(admin);
        await DeliverAsync(published);
        await DeliverAsync(published);

        Assert.Equal(new Figures(1, 1, 0, 0), await CoverageAsync(admin, unit.UnitId));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.EventId == published.Id));
        Assert.Equal(1, (await db.LinkedRecords.SingleAsync(r => r.Id == published.RecordId)).Version);
    }

    [Fact]
    public async Task Given_two_units_When_each_asks_Then_the_county_office_sees_both_and_a_unit_only_itself()
    {
        var admin = await AdminAsync();
        var finance = await PublicationApi.UnitAsync(admin, SignInAsync);
        var health = await PublicationApi.UnitAsync(admin, SignInAsync, "测试县卫健局", "health");
        await CatalogueApi.PublishAsync(admin, finance.Editor, finance.UnitId, "D04", CatalogueApi.Item("部门预算"), CatalogueApi.Item("部门决算"));
        await CatalogueApi.PublishAsync(admin, health.Editor, health.UnitId, "D25", CatalogueApi.Item("医疗机构名录", "医疗服务"));
        await DrainOutboxAsync();

        var county = await ReadAsync<JsonObject>(await admin.GetAsync("/api/catalogue/coverage"));
        Assert.Equal("全县", county["scopeName"]!.GetValue<string>());
        Assert.Equal(26, county["domains"]!.AsArray().Count);
        Assert.Equal(new Figures(2, 0, 0, 0), Cell(county, finance.UnitId, "D04"));
        Assert.Equal(new Figures(0, 0, 0, 0), Cell(county, finance.UnitId, "D25"));
        Assert.Equal(new Figures(1, 0, 0, 0), Cell(county, health.UnitId, "D25"));

        // An editor asking for another unit still gets only their own.
        var own = await ReadAsync<JsonObject>(await health.Editor.GetAsync($"/api/catalogue/coverage?unitId={finance.UnitId}&domainCode=D25"));
        var row = Assert.Single(own["units"]!.AsArray())!;
        Assert.Equal(health.UnitId, row["unitId"]!.GetValue<Guid>());
        Assert.Equal("D25", Assert.Single(own["domains"]!.AsArray())!["code"]!.GetValue<string>());

        var focused = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/catalogue/coverage?unitId={finance.UnitId}"));
        Assert.Equal("测试县财政局", focused["scopeName"]!.GetValue<string>());
        Assert.Single(focused["units"]!.AsArray());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/catalogue/coverage?domainCode=D99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/catalogue/coverage?unitId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync("/api/catalogue/coverage")).StatusCode);
    }

    [Fact]
    public async Task Given_an_item_dropped_in_an_adjustment_When_counting_Then_it_no_longer_counts()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var first = await CatalogueApi.PublishAsync(admin, unit.Editor, unit.UnitId, "D04", CatalogueApi.Item("部门预算"), CatalogueApi.Item("部门决算"));
        await DrainOutboxAsync();
        var items = first["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()).ToArray();
        await DraftReviewPublishAsync(unit, Document("2026年部门决算", catalogueItemIds: [items[1]]));
        await DrainOutboxAsync();
        Assert.Equal(new Figures(2, 1, 0, 0), await CoverageAsync(admin, unit.UnitId));

        var url = CatalogueApi.Url(unit.UnitId, "D04");
        var draft = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, url + "/draft", new { changeReason = "决算改由审计部门公开" }, HttpStatusCode.Created);
        draft = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Put, url + "/draft/items",
            new { items = new[] { CatalogueApi.Item("部门预算", itemId: items[0]) }, version = CatalogueApi.VersionOf(draft) });
        draft = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, url + "/draft/submit", new { version = CatalogueApi.VersionOf(draft) });
        draft = await CatalogueApi.SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = CatalogueApi.VersionOf(draft) });
        await CatalogueApi.SendAsync(admin, HttpMethod.Post, url + "/draft/publish", new { version = CatalogueApi.VersionOf(draft) });

        Assert.Equal(new Figures(1, 0, 0, 0), await CoverageAsync(admin, unit.UnitId));
    }

    [Fact]
    public async Task Given_coverage_When_exported_Then_a_valid_workbook_with_chinese_headers_and_the_same_counts()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var catalogue = await CatalogueApi.PublishAsync(admin, unit.Editor, unit.UnitId, "D04", CatalogueApi.Item("部门预算"), CatalogueApi.Item("部门决算"));
        await DrainOutboxAsync();
        var budget = catalogue["items"]!.AsArray()[0]!["itemId"]!.GetValue<Guid>();
        await DraftReviewPublishAsync(unit, Document("2026年部门预算", catalogueItemIds: [budget]));
        await DrainOutboxAsync();

        using var response = await unit.Editor.GetAsync("/api/catalogue/coverage/export?domainCode=D04");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("测试县财政局政务公开目录覆盖情况.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));

        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .Where(c => c.InlineString is not null || c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text);
        Assert.Equal("测试县财政局政务公开目录覆盖情况", cells["A1"]);
        Assert.Equal("单位", cells["A2"]);
        Assert.Equal("财政预决算", cells["B2"]);
        Assert.Equal(["事项数", "已公开", "逾期"], new[] { cells["B3"], cells["C3"], cells["D3"] });
        Assert.Equal(["测试县财政局", "2", "1", "0"], new[] { cells["A4"], cells["B4"], cells["C4"], cells["D4"] });
    }
}
