using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Infrastructure.Endpoints;
using OpenGov.Catalogue.Infrastructure.Xlsx;
using OpenGov.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static OpenGov.IntegrationTests.Catalogue.CatalogueApi;

namespace OpenGov.IntegrationTests.Catalogue;

/// <summary>Importing a unit's catalogue for one domain from the xlsx template (CAT-3), and withdrawing a submission (CAT-7).</summary>
public sealed class CatalogueImportTests(PostgresApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private static readonly object SpecialItem = new
    {
        firstLevel = "预决算公开",
        secondLevel = "惠民补贴资金",
        content = "补贴对象、标准、金额",
        basis = "《中华人民共和国预算法》第十四条",
        deadline = "信息形成之日起3个工作日内",
        subject = "县财政局",
        channels = new[] { "GovernmentWebsite", "NoticeBoard", "Other" },
        otherChannel = "乡镇广播、村村响",
        audiences = new[] { "Public", "SpecificGroup" },
        specificGroup = "低保对象",
        methods = new[] { "Proactive", "OnRequest" },
        levels = new[] { "County", "Township" },
    };

    [Fact]
    public async Task Given_a_published_catalogue_When_its_export_is_imported_into_an_adjustment_Then_the_draft_equals_the_published_version()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var published = await PublishAsync(admin, editor, unitId, "D04", Item("部门预算"), SpecialItem, Item("部门决算", deadline: "批复后二十日内"));
        var file = await DownloadAsync(editor, $"/api/catalogue/units/{unitId}/export?domainCode=D04");

        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { changeReason = "年度调整" }, HttpStatusCode.Created);
        // Reordered and reworded first (ids kept), so equality below proves the items came from the file.
        var edited = published["items"]!.AsArray().Reverse().Select(i => new
        {
            itemId = i!["itemId"]!.GetValue<Guid>(),
            firstLevel = i["firstLevel"]!.GetValue<string>(),
            secondLevel = i["secondLevel"]!.GetValue<string>(),
            content = "待修改",
            basis = "待修改",
            deadline = "实时",
            subject = "县财政局办公室",
            channels = new[] { "TargetedPush" },
            audiences = new[] { "Public" },
            methods = new[] { "OnRequest" },
            levels = new[] { "Township" },
        });
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = edited, version = VersionOf(draft) });
        Assert.False(JsonNode.DeepEquals(published["items"], draft["items"]));

        var imported = await ImportAsync(editor, url, file, VersionOf(draft), "按新文件调整");

        Assert.Equal(2, imported["edition"]!.GetValue<int>());
        Assert.Equal("Draft", imported["status"]!.GetValue<string>());
        Assert.Equal("按新文件调整", imported["changeReason"]!.GetValue<string>());
        var expected = published["items"]!.AsArray();
        var actual = imported["items"]!.AsArray();
        Assert.Equal(3, actual.Count);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"published:\n{expected}\nimported:\n{actual}");
    }

    [Fact]
    public async Task Given_a_file_with_several_bad_rows_When_imported_Then_400_lists_every_row_and_column_and_nothing_changes()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门预算"), Item("部门决算") }, version = VersionOf(draft) });

        var file = await WorkbookAsync(
            Row("部门预算"),
            Row("部门决算") with { FirstLevel = "" },
            Row("三公经费") with { Channels = [], Levels = [] },
            Row("惠民补贴") with { Audiences = [DisclosureAudience.SpecificGroup], SpecificGroup = null },
            Row("政府采购") with { Content = new string('长', CatalogueLimits.LongText + 1) },
            Row("国有资产"));

        var problem = await ProblemAsync(await PostImportAsync(editor, url, file, VersionOf(draft)), HttpStatusCode.BadRequest);

        Assert.Equal(CatalogueImportErrors.InvalidRows, problem["code"]!.GetValue<string>());
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["rows[5].一级事项", "rows[6].公开渠道和载体", "rows[6].公开层级", "rows[7].特定群体", "rows[8].公开内容（要素）"], errors.Select(e => e.Key));
        Assert.Equal("第 5 行“一级事项”：请填写一级事项", errors["rows[5].一级事项"]![0]!.GetValue<string>());
        Assert.Contains("4000", errors["rows[8].公开内容（要素）"]![0]!.GetValue<string>());

        var unchanged = await SendAsync(editor, HttpMethod.Get, url, null);
        Assert.Equal(VersionOf(draft), VersionOf(unchanged));
        Assert.True(JsonNode.DeepEquals(draft["items"], unchanged["items"]));
    }

    [Fact]
    public async Task Given_repeated_second_level_names_When_imported_Then_each_repeat_names_the_excel_row_it_repeats()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);

        var file = await WorkbookAsync(Row("部门预算"), Row("部门决算"), Row("部门预算"), Row("部门决算"));
        var problem = await ProblemAsync(await PostImportAsync(editor, url, file, VersionOf(draft)), HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["rows[6].二级事项", "rows[7].二级事项"], errors.Select(e => e.Key));
        Assert.Equal("第 7 行“二级事项”：二级事项“部门决算”与第 5 行重复", errors["rows[7].二级事项"]![0]!.GetValue<string>());
        Assert.Empty((await SendAsync(editor, HttpMethod.Get, url, null))["items"]!.AsArray());
    }

    [Fact]
    public async Task Given_files_that_are_not_a_catalogue_workbook_When_imported_Then_400_with_a_stable_code()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var version = VersionOf(await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created));

        async Task Expect(string code, HttpContent content, string field = "file")
        {
            using var response = await editor.PostAsync(url + "/draft/import", content);
            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal(code, problem["code"]!.GetValue<string>());
            Assert.NotNull(problem["errors"]![field]);
        }

        await Expect(CatalogueImportErrors.NotXlsx, Form(Encoding.UTF8.GetBytes("序号,一级事项\n1,预决算公开\n"), version));
        await Expect(CatalogueImportErrors.NotXlsx, Form([.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31))], version));
        await Expect(CatalogueImportErrors.Empty, Form(await WorkbookAsync(), version));
        await Expect(CatalogueImportErrors.FileRequired, new MultipartFormDataContent { { new StringContent(version.ToString()), "version" } });
        using (var json = await editor.PostAsync(url + "/draft/import", new StringContent("{}", Encoding.UTF8, "application/json")))
        {
            Assert.Equal("request.unsupported_media_type", (await ProblemAsync(json, HttpStatusCode.UnsupportedMediaType))["code"]!.GetValue<string>());
        }

        await Expect(CatalogueImportErrors.TooLarge, Form(new byte[CatalogueImportEndpoints.MaxFileBytes + 1], version));
        await Expect("version.required", Form(await WorkbookAsync(Row("部门预算")), version: null), "version");

        var stale = await ProblemAsync(await PostImportAsync(editor, url, await WorkbookAsync(Row("部门预算")), version + 7), HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", stale["code"]!.GetValue<string>());
        Assert.Empty((await SendAsync(editor, HttpMethod.Get, url, null))["items"]!.AsArray());
    }

    [Fact]
    public async Task Given_another_units_catalogue_When_imported_Then_403()
    {
        var admin = await AdminAsync();
        var (finance, financeEditor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (_, educationEditor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        var url = Url(finance);
        var version = VersionOf(await SendAsync(financeEditor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created));
        var file = await WorkbookAsync(Row("部门预算"));

        await ProblemAsync(await PostImportAsync(educationEditor, url, file, version), HttpStatusCode.Forbidden);
        // The county office reviews catalogues but does not compile them (CAT-7).
        await ProblemAsync(await PostImportAsync(admin, url, file, version), HttpStatusCode.Forbidden);
        await ProblemAsync(await Anonymous().PostAsync(url + "/draft/import", Form(file, version)), HttpStatusCode.Unauthorized);
        Assert.Empty((await SendAsync(financeEditor, HttpMethod.Get, url, null))["items"]!.AsArray());
    }

    [Fact]
    public async Task Given_5000_rows_When_imported_twice_Then_fast_and_item_ids_survive_the_reimport()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        // A small import first, so the figures below are the steady state and not the JIT compiling EF Core's insert path.
        draft = await ImportAsync(editor, url, await WorkbookAsync(Row("预热")), VersionOf(draft));
        var file = await WorkbookAsync([.. Enumerable.Range(1, 5000).Select(i => Row($"事项{i}") with
        {
            Content = $"事项{i}的公开内容，包括办理依据、条件、程序、时限、收费标准和办理结果",
            Basis = "《中华人民共和国政府信息公开条例》第二十条、第二十一条",
        })]);

        var (first, firstWall, firstCpu) = await TimedAsync(() => ImportAsync(editor, url, file, VersionOf(draft)));
        var (second, secondWall, secondCpu) = await TimedAsync(() => ImportAsync(editor, url, file, VersionOf(first)));

        // The same items through PUT draft/items: what the import costs beyond the shared save path.
        var same = second["items"]!.AsArray().Select(i => new
        {
            itemId = i!["itemId"]!.GetValue<Guid>(), firstLevel = i["firstLevel"]!.GetValue<string>(), secondLevel = i["secondLevel"]!.GetValue<string>(),
            content = i["content"]!.GetValue<string>(), basis = i["basis"]!.GetValue<string>(), subject = i["subject"]!.GetValue<string>(),
            channels = new[] { "GovernmentWebsite" }, audiences = new[] { "Public" }, methods = new[] { "Proactive" }, levels = new[] { "County" },
        }).ToList();
        var (_, putWall, putCpu) = await TimedAsync(() => SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = same, version = VersionOf(second) }));
        output.WriteLine($"5,000-row file of {file.Length / 1024} KB (wall / CPU of this process, which hosts the API; PostgreSQL not counted): "
            + $"first import {firstWall.TotalMilliseconds:0} / {firstCpu.TotalMilliseconds:0} ms, re-import {secondWall.TotalMilliseconds:0} / {secondCpu.TotalMilliseconds:0} ms, "
            + $"same items by PUT draft/items {putWall.TotalMilliseconds:0} / {putCpu.TotalMilliseconds:0} ms");

        Assert.Equal(5000, second["items"]!.AsArray().Count);
        Assert.Equal(
            first["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()),
            second["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()));

        // The target is < 10 s wall-clock (aim < 2 s) on a quiet machine. Test machines are shared, so the guard is
        // on the CPU the API itself spends, which other processes hardly inflate; wall-clock is printed beside it.
        Assert.True(firstCpu < TimeSpan.FromSeconds(10), $"first import used {firstCpu} of CPU");
        Assert.True(secondCpu < TimeSpan.FromSeconds(10), $"re-import used {secondCpu} of CPU");
    }

    private static async Task<(T Result, TimeSpan Wall, TimeSpan Cpu)> TimedAsync<T>(Func<Task<T>> action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = await action();
        var wall = watch.Elapsed;
        process.Refresh();
        return (result, wall, process.TotalProcessorTime - cpu);
    }

    [Fact]
    public async Task Given_a_submitted_catalogue_When_the_unit_withdraws_it_Then_draft_again_and_409_once_decided()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (_, otherEditor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        var url = Url(unitId);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门预算") }, version = VersionOf(draft) });
        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });

        await SendAsync(otherEditor, HttpMethod.Post, url + "/draft/withdraw", new { version = VersionOf(draft) }, HttpStatusCode.Forbidden);
        await SendAsync(editor, HttpMethod.Post, url + "/draft/withdraw", new { version = VersionOf(draft) - 1 }, HttpStatusCode.Conflict);
        await SendAsync(editor, HttpMethod.Post, url + "/draft/withdraw", new { }, HttpStatusCode.BadRequest);

        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/withdraw", new { version = VersionOf(draft) });
        Assert.Equal("Draft", draft["status"]!.GetValue<string>());
        Assert.Null(draft["submittedAt"]);
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门决算") }, version = VersionOf(draft) });

        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        draft = await SendAsync(admin, HttpMethod.Post, url + "/draft/return", new { reason = "依据不全", version = VersionOf(draft) });
        var returned = await SendAsync(editor, HttpMethod.Post, url + "/draft/withdraw", new { version = VersionOf(draft) }, HttpStatusCode.Conflict);
        Assert.Equal("catalogue.already_returned", returned["code"]!.GetValue<string>());

        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        draft = await SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = VersionOf(draft) });
        var approved = await SendAsync(editor, HttpMethod.Post, url + "/draft/withdraw", new { version = VersionOf(draft) }, HttpStatusCode.Conflict);
        Assert.Equal("catalogue.already_approved", approved["code"]!.GetValue<string>());
        Assert.Equal("Approved", (await SendAsync(editor, HttpMethod.Get, url, null))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_swagger_When_reading_the_import_operation_Then_a_documented_file_upload()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operation = document["paths"]!["/api/catalogue/units/{unitId}/catalogues/{domainCode}/draft/import"]!["post"]!;
        Assert.Contains("rows[12].二级事项", operation["description"]!.GetValue<string>());
        var schema = operation["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.Split('/').Last()]!;
        }

        var properties = schema["properties"]!.AsObject();
        Assert.Equal("binary", properties["file"]!["format"]!.GetValue<string>());
        Assert.Contains("标准目录模板", properties["file"]!["description"]!.GetValue<string>());
        Assert.Contains("版本号", properties["version"]!["description"]!.GetValue<string>());
    }

    private static CatalogueItemDto Row(string secondLevel) => new(
        Guid.Empty, 0, "预决算公开", secondLevel, secondLevel + "的全文及说明", "《中华人民共和国预算法》第十四条",
        new CatalogueDeadline("信息形成或者变更之日起20个工作日内", true, CatalogueDeadlineTrigger.Formed, null, 20, CatalogueDeadlineUnit.WorkingDays, null),
        "县财政局", [DisclosureChannel.GovernmentWebsite], null, [DisclosureAudience.Public], null, [DisclosureMethod.Proactive], [DisclosureLevel.County]);

    /// <summary>A file in the template layout, written by the export's own writer; rows start at Excel row 4.</summary>
    private static async Task<byte[]> WorkbookAsync(params CatalogueItemDto[] rows)
    {
        using var stream = new MemoryStream();
        await CatalogueWorkbookWriter.WriteAsync(
            stream, [new("D04", "财政预决算", "XX县财政局 财政预决算领域基层政务公开标准目录", rows.Select(r => new CatalogueExportRow("XX县财政局", r)).ToAsyncEnumerable())],
            withUnitColumn: false);
        return stream.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] file, int? version, string? changeReason = null)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(CatalogueWorkbookWriter.ContentType);
        content.Add(part, "file", "目录.xlsx");
        if (version is { } v)
        {
            content.Add(new StringContent(v.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");
        }

        if (changeReason is not null)
        {
            content.Add(new StringContent(changeReason), "changeReason");
        }

        return content;
    }

    private static Task<HttpResponseMessage> PostImportAsync(HttpClient client, string url, byte[] file, int version) =>
        client.PostAsync(url + "/draft/import", Form(file, version));

    private static async Task<JsonObject> ImportAsync(HttpClient client, string url, byte[] file, int version, string? changeReason = null)
    {
        using var response = await client.PostAsync(url + "/draft/import", Form(file, version, changeReason));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"import: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
