using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

public sealed class WorkingCalendarTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private const string Notice2027 = """
        # 2027: 测试用安排（非官方数据，仅验证录入流程）
        # 元旦
        2027 off 2027-01-01..2027-01-03
        # 春节
        2027 off 2027-02-05..2027-02-12
        2027 work 2027-02-13
        """;

    [Fact]
    public async Task Given_seeded_calendar_When_adding_one_working_day_to_eve_of_national_day_2025_Then_2025_10_09()
    {
        var admin = await AdminAsync();
        var result = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/add?from=2025-09-30&days=1"));
        Assert.Equal("2025-10-09", result["date"]!.GetValue<string>());
        Assert.Equal(8, result["skippedRestDays"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("2026-02-14", true, "调休上班（春节）")]
    [InlineData("2026-02-16", false, "法定节假日（春节）")]
    [InlineData("2026-02-24", true, "工作日")]
    [InlineData("2026-03-07", false, "周末")]
    public async Task Given_date_When_asking_if_working_day_Then_answer_and_reason(string date, bool working, string reason)
    {
        var admin = await AdminAsync();
        var info = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/organization/working-calendar/days/{date}"));
        Assert.Equal(working, info["isWorkingDay"]!.GetValue<bool>());
        Assert.Equal(reason, info["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_2027_not_entered_When_computing_Then_explicit_400_never_a_guess()
    {
        var admin = await AdminAsync();
        var problem = await ProblemAsync(await admin.GetAsync("/api/organization/working-calendar/add?from=2026-12-30&days=3"), HttpStatusCode.BadRequest);
        Assert.Equal("calendar.year_not_covered", problem["code"]!.GetValue<string>());
        Assert.Contains("2027", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_2027_notice_entered_When_computing_across_new_year_Then_uses_it_and_announces_change()
    {
        var admin = await AdminAsync();
        var saved = await ReadAsync<JsonObject>(await PutJsonAsync(admin, "/api/organization/working-calendar/years/2027",
            new { noticeTitle = "国务院办公厅关于2027年部分节假日安排的通知", text = Notice2027 }));
        Assert.Equal(3, saved["spans"]!.AsArray().Count);

        // 2026-12-31 is a Thursday; 2027-01-01..03 are off, so the first working day after it is Monday 2027-01-04.
        var result = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/add?from=2026-12-31&days=1"));
        Assert.Equal("2027-01-04", result["date"]!.GetValue<string>());

        var outbox = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Pending"));
        Assert.Contains(outbox["items"]!.AsArray(), i => i!["type"]!.GetValue<string>().EndsWith("WorkingCalendarChangedIntegrationEvent"));
    }

    [Fact]
    public async Task Given_malformed_notice_When_entering_Then_every_bad_line_reported_at_once()
    {
        var admin = await AdminAsync();
        var response = await PutJsonAsync(admin, "/api/organization/working-calendar/years/2027", new
        {
            noticeTitle = "国务院办公厅关于2027年部分节假日安排的通知",
            text = "2027 off 2027-13-01\n2027 work 2027-01-06\n2026 off 2026-12-01\n2027 holiday 2027-05-01",
        });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem["errors"]!["text"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.True(messages.Count >= 3, string.Join(" | ", messages));
        Assert.Contains(messages, m => m.StartsWith("第 1 行", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第 2 行", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第 4 行", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_existing_year_When_replacing_without_reason_Then_400_and_with_reason_and_version_ok()
    {
        var admin = await AdminAsync();
        var year = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/years/2026"));
        var body = new { noticeTitle = year["noticeTitle"]!.GetValue<string>(), text = year["text"]!.GetValue<string>(), version = year["version"]!.GetValue<int>() };

        var refused = await PutJsonAsync(admin, "/api/organization/working-calendar/years/2026", body);
        Assert.Equal("calendar.reason_required", (await ProblemAsync(refused, HttpStatusCode.BadRequest))["code"]!.GetValue<string>());

        var accepted = await ReadAsync<JsonObject>(await PutJsonAsync(admin, "/api/organization/working-calendar/years/2026",
            new { body.noticeTitle, body.text, body.version, reason = "核对通知原文" }));
        Assert.Equal("核对通知原文", accepted["changeReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_local_rest_day_When_added_Then_deadlines_skip_it_and_removal_restores_them()
    {
        var admin = await AdminAsync();
        Assert.Equal("2026-03-10", (await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/add?from=2026-03-09&days=1")))["date"]!.GetValue<string>());

        var created = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/working-calendar/adjustments",
            new { date = "2026-03-10", isWorkingDay = false, reason = "县城区停电（县政府通知）" }), HttpStatusCode.Created);
        Assert.Equal("2026-03-11", (await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/add?from=2026-03-09&days=1")))["date"]!.GetValue<string>());

        var duplicate = await PostJsonAsync(admin, "/api/organization/working-calendar/adjustments", new { date = "2026-03-10", isWorkingDay = true, reason = "重复" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/organization/working-calendar/adjustments/{created["id"]}")).StatusCode);
        Assert.Equal("2026-03-10", (await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/working-calendar/add?from=2026-03-09&days=1")))["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_editor_When_changing_calendar_Then_403()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (_, password) = await OrgApi.CreateUserAsync(admin, "editor1", unit["id"]!.GetValue<Guid>(), "Editor");
        var editor = await SignInAsync("editor1", password);
        var response = await PostJsonAsync(editor, "/api/organization/working-calendar/adjustments", new { date = "2026-03-10", isWorkingDay = false, reason = "x" });
        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/organization/working-calendar/add?from=2026-03-09&days=1")).StatusCode);
    }
}
