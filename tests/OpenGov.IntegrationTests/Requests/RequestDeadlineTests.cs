using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>domain.md's worked examples E1 and E2, reproduced step by step over HTTP.</summary>
public sealed class RequestDeadlineTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    [Fact]
    public async Task Given_E1_email_request_over_national_day_2025_When_corrected_Then_the_reply_period_restarts_from_the_corrected_request()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, "Email", "2025-09-26", "2025-09-26");

        Assert.Equal("2025-09-26", request["receivedOn"]!.GetValue<string>());
        Assert.Equal("2025-10-30", request["dueOn"]!.GetValue<string>());
        // 9/28 调休, 9/29, 9/30, 10/9, 10/10, 10/11 调休, 10/13.
        Assert.Equal("2025-10-13", request["deadline"]!["correctionNoticeDueOn"]!.GetValue<string>());

        request = await StepAsync(unit.Editor, request, "/correction", new { noticeOn = "2025-09-30", points = "请写明所需信息的文号或名称" });
        Assert.Equal("AwaitingCorrection", request["status"]!.GetValue<string>());
        Assert.False(request["correction"]!["noticeLate"]!.GetValue<bool>());
        Assert.Null(request["dueOn"]);

        request = await StepAsync(unit.Editor, request, "/correction/received", new { receivedOn = "2025-10-10" });
        Assert.Equal("InProgress", request["status"]!.GetValue<string>());
        Assert.Equal("2025-11-06", request["dueOn"]!.GetValue<string>());
        Assert.Equal("2025-10-10", request["deadline"]!["startOn"]!.GetValue<string>());
        Assert.Equal("收到补正后的申请之日", request["deadline"]!["startReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_a_notice_after_seven_working_days_When_recorded_Then_it_is_kept_and_flagged_late()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, "Email", "2025-09-26", "2025-09-26");
        request = await StepAsync(unit.Editor, request, "/correction", new { noticeOn = "2025-10-14", points = "请写明所需信息的文号或名称" });
        Assert.True(request["correction"]!["noticeLate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Given_E2_registered_post_with_a_third_party_and_an_extension_When_each_step_is_recorded_Then_the_deadline_moves_as_documented()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, "RegisteredPost", "2026-02-12");
        Assert.Equal("2026-03-18", request["dueOn"]!.GetValue<string>());

        request = await StepAsync(unit.Editor, request, "/consultations", new { party = "ThirdParty", partyName = "某建设有限公司", sentOn = "2026-03-02" });
        Assert.Equal("InConsultation", request["status"]!.GetValue<string>());
        request = await StepAsync(unit.Editor, request, "/consultations/1/delivered", new { deliveredOn = "2026-03-03" });
        // Still waiting: the pause counts provisionally up to the third party's last day, 3/24.
        var open = Assert.Single(request["deadline"]!["pauses"]!.AsArray())!;
        Assert.True(open["provisional"]!.GetValue<bool>());
        Assert.Equal("2026-03-24", open["to"]!.GetValue<string>());

        request = await StepAsync(unit.Editor, request, "/consultations/1/answer", new { opinion = "Objects", repliedOn = "2026-03-10", note = "涉及商业秘密" });
        Assert.Equal("InProgress", request["status"]!.GetValue<string>());
        var pause = Assert.Single(request["deadline"]!["pauses"]!.AsArray())!;
        Assert.False(pause["provisional"]!.GetValue<bool>());
        Assert.Equal("2026-03-03", pause["from"]!.GetValue<string>());
        Assert.Equal("2026-03-10", pause["to"]!.GetValue<string>());
        Assert.Equal(6, pause["workingDays"]!.GetValue<int>());
        Assert.Equal("2026-03-26", request["dueOn"]!.GetValue<string>());

        request = await StepAsync(unit.Leader, request, "/extension",
            new { workingDays = 20, reason = "第三方意见需核实", approvedBy = "县政府办公室主任", approvedOn = "2026-03-20" });
        Assert.Equal("2026-04-24", request["dueOn"]!.GetValue<string>());
        Assert.Equal("2026-03-26", request["deadline"]!["dueBeforeExtension"]!.GetValue<string>());
        Assert.Equal(20, request["extension"]!["workingDays"]!.GetValue<int>());
        var explanation = string.Join("\n", request["deadline"]!["explanation"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("2026-04-24", explanation);
    }

    [Fact]
    public async Task Given_an_extension_When_approved_after_the_original_deadline_Then_it_is_refused()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, "RegisteredPost", "2026-02-12");
        var late = await PostStepAsync(unit.Leader, request, "/extension",
            new { workingDays = 20, reason = "需要调取档案", approvedBy = "县政府办公室主任", approvedOn = "2026-03-19" });
        Assert.Contains("approvedOn", await FieldErrorsAsync(late));
        Assert.Null((await GetAsync(unit.Editor, request))["extension"]);
    }
}
