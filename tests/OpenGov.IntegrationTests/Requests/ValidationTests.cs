using System.Net;
using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Bad input is a 400 naming the field; a step the state does not allow, or a stale version, is a 409.</summary>
public sealed class ValidationTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private async Task<(RequestUnit Unit, JsonObject Request)> RegisteredAsync()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        return (unit, await RegisterAsync(unit, "InPerson", "2026-11-02"));
    }

    [Fact]
    public async Task Given_a_decision_When_the_outcome_is_missing_or_not_one_value_Then_400()
    {
        var (unit, request) = await RegisteredAsync();

        Assert.Contains("outcome", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/decision", new { decidedOn = "2026-11-20", details = "无" })));

        // One request, one outcome: two values are not one.
        await ProblemAsync(await PostStepAsync(unit.Editor, request, "/decision",
            new { outcome = new[] { "Granted", "PartlyGranted" }, decidedOn = "2026-11-20", details = "无" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await PostStepAsync(unit.Editor, request, "/decision", new { outcome = "Approved", decidedOn = "2026-11-20" }), HttpStatusCode.BadRequest);

        // 逾期不补正 and 逾期不缴费 are reached by closing, never chosen.
        Assert.Contains("outcome", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/decision",
            new { outcome = "OtherNoCorrection", decidedOn = "2026-11-20", details = "无" })));
        Assert.Contains("decidedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/decision",
            new { outcome = "Granted", decidedOn = "2026-11-24" })));

        var unchanged = await GetAsync(unit.Editor, request);
        Assert.Equal("InProgress", unchanged["status"]!.GetValue<string>());
        Assert.Null(unchanged["outcome"]);
        Assert.Equal(Version(request), Version(unchanged));
    }

    [Fact]
    public async Task Given_a_reply_When_there_is_no_decision_or_the_date_is_before_receipt_Then_409_or_400()
    {
        var (unit, request) = await RegisteredAsync();

        var undecided = await ProblemAsync(await PostStepAsync(unit.Editor, request, "/reply", new { repliedOn = "2026-11-20" }), HttpStatusCode.Conflict);
        Assert.Equal("requests.outcome_required", undecided["code"]!.GetValue<string>());

        request = await DecideAsync(unit, request, "Granted", "2026-11-20");
        Assert.Contains("repliedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/reply", new { repliedOn = "2026-11-01" })));
        Assert.Contains("repliedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/reply", new { repliedOn = "2026-11-19" })));
        Assert.Contains("repliedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, request, "/reply", new { })));

        var replied = await ReplyAsync(unit, request, "2026-11-20");
        Assert.Equal("2026-11-20", replied["repliedOn"]!.GetValue<string>());
        Assert.False(replied["repliedLate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Given_a_version_read_earlier_When_someone_else_changed_the_request_Then_409()
    {
        var (unit, request) = await RegisteredAsync();
        var decided = await DecideAsync(unit, request, "Granted", "2026-11-20");
        Assert.True(Version(decided) > Version(request));

        var stale = await ProblemAsync(await PostStepAsync(unit.Editor, request, "/reply", new { repliedOn = "2026-11-20" }), HttpStatusCode.Conflict);
        Assert.NotEqual("requests.outcome_required", stale["code"]!.GetValue<string>());
        Assert.Equal("Decided", (await GetAsync(unit.Editor, request))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_extension_When_longer_than_twenty_days_or_asked_twice_Then_400_then_409()
    {
        var (unit, request) = await RegisteredAsync();
        object Extension(int days) => new { workingDays = days, reason = "需要调取档案", approvedBy = "县政府办公室主任", approvedOn = "2026-11-20" };

        Assert.Contains("workingDays", await FieldErrorsAsync(await PostStepAsync(unit.Leader, request, "/extension", Extension(21))));
        Assert.Contains("workingDays", await FieldErrorsAsync(await PostStepAsync(unit.Leader, request, "/extension", Extension(0))));
        // Only the unit admin or leader extends.
        await ProblemAsync(await PostStepAsync(unit.Editor, request, "/extension", Extension(10)), HttpStatusCode.Forbidden);

        // Received Mon 11-02, due Mon 11-30; ten more working days ⇒ Mon 12-14.
        var extended = await StepAsync(unit.Leader, request, "/extension", Extension(10));
        Assert.Equal("2026-12-14", extended["dueOn"]!.GetValue<string>());
        var twice = await ProblemAsync(await PostStepAsync(unit.Leader, extended, "/extension", Extension(5)), HttpStatusCode.Conflict);
        Assert.Equal("requests.extension_once", twice["code"]!.GetValue<string>());
    }
}
