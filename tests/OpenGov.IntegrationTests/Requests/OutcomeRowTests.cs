using System.Net;
using System.Text.Json.Nodes;
using OpenGov.Requests.Contracts;
using OpenGov.Requests.Domain.Requests;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Every outcome reaches its own row of table 三 (REQ-12), counted under the applicant's column.</summary>
public sealed class OutcomeRowTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    /// <summary>Rows 6–26 of table 三 as annual-report.md §4 keys them, in template order (the oracle, typed from the doc).</summary>
    private static readonly string[] DocumentedRows =
    [
        "Granted", "PartlyGranted",
        "Refused.StateSecret", "Refused.OtherLawForbids", "Refused.Endangers", "Refused.ThirdParty", "Refused.InternalAffairs",
        "Refused.ProcessInfo", "Refused.EnforcementFile", "Refused.QueryMatter",
        "Unable.NotHeld", "Unable.NeedsCreating", "Unable.Unclear",
        "NotHandled.Petition", "NotHandled.Repeat", "NotHandled.Publication", "NotHandled.Excessive", "NotHandled.ConfirmOrReissue",
        "Other.NoCorrection", "Other.FeeUnpaid", "Other.Other",
    ];

    private static readonly string[] Kinds =
        ["NaturalPerson", "CommercialEnterprise", "ResearchInstitution", "PublicWelfareOrganization", "LegalServiceInstitution", "OtherOrganization"];

    private static int Column(ApplicantCounts counts, string kind) => counts.Columns[Array.IndexOf(Kinds, kind)];

    [Fact]
    public async Task Given_one_request_per_outcome_When_handled_over_http_Then_each_is_counted_once_in_its_row_and_applicant_column()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        Assert.Equal(21, OutcomeLabels.All.Count);

        // The applicant's kind of each request, by the outcome it ends with (plus a withdrawal, a second 其他).
        var expected = new List<(string Row, string Kind)>();
        JsonObject? noCorrection = null;
        JsonObject? feeUnpaid = null;
        for (var i = 0; i < OutcomeLabels.All.Count; i++)
        {
            var outcome = OutcomeLabels.All[i].Outcome;
            var kind = Kinds[i % Kinds.Length];
            var row = DocumentedRows[(int)outcome - 1];
            expected.Add((row, kind));
            var applicant = Applicant("申请人" + i, kind, "ID" + i);

            switch (outcome)
            {
                case RequestOutcome.OtherNoCorrection:
                    // Received today: the 补正 notice goes out today with the default period (15 working days, to 12-14).
                    noCorrection = await RegisterAsync(unit, "InPerson", "2026-11-23", applicant: applicant);
                    noCorrection = await StepAsync(unit.Editor, noCorrection, "/correction", new { noticeOn = "2026-11-23", points = "请写明所需信息的文号" });
                    Assert.Equal("2026-12-14", noCorrection["correction"]!["dueOn"]!.GetValue<string>());
                    continue;
                case RequestOutcome.OtherFeeUnpaid:
                    // 250 pages ⇒ 4,700 元 (domain.md E4); payment is due 20 working days after the notice of Mon 10-26: today, 11-23.
                    // (A notice today would pause the reply clock into 2027, a year the built-in calendar does not know.)
                    feeUnpaid = await RegisterAsync(unit, "InPerson", "2026-10-26", applicant: applicant);
                    feeUnpaid = await StepAsync(unit.Editor, feeUnpaid, "/fee", new { mode = "PerPage", pages = 250, noticeOn = "2026-10-26" });
                    Assert.Equal(4700m, feeUnpaid["fee"]!["amount"]!.GetValue<decimal>());
                    Assert.Equal("2026-11-23", feeUnpaid["fee"]!["paymentDueOn"]!.GetValue<string>());
                    continue;
            }

            var request = await RegisterAsync(unit, "InPerson", "2026-11-02", applicant: applicant);
            if (outcome == RequestOutcome.UnableUnclear)
            {
                // Only a corrected request can still be unclear.
                request = await StepAsync(unit.Editor, request, "/correction", new { noticeOn = "2026-11-03", points = "请明确所需信息的名称" });
                request = await StepAsync(unit.Editor, request, "/correction/received", new { receivedOn = "2026-11-05" });
            }

            request = await DecideAsync(unit, request, outcome.ToString(), "2026-11-20", "理由：" + OutcomeLabels.All[i].DisplayName);
            Assert.Equal(outcome.ToString(), request["outcome"]!.GetValue<string>());
            request = await ReplyAsync(unit, request, "2026-11-20");
            Assert.Equal("Replied", request["status"]!.GetValue<string>());
        }

        var withdrawn = await RegisterAsync(unit, "InPerson", "2026-11-02", applicant: Applicant("撤回的申请人"));
        withdrawn = await StepAsync(unit.Editor, withdrawn, "/close", new { reason = "Withdrawn", closedOn = "2026-11-10", note = "申请人书面撤回" });
        Assert.Equal("OtherOther", withdrawn["outcome"]!.GetValue<string>());
        expected.Add(("Other.Other", "NaturalPerson"));

        // Neither can be closed while its period runs, nor on a day that has not come.
        var early = await ProblemAsync(await PostStepAsync(unit.Editor, feeUnpaid!, "/close", new { reason = "FeeUnpaid", closedOn = "2026-11-23" }), HttpStatusCode.Conflict);
        Assert.Equal("requests.fee_period_running", early["code"]!.GetValue<string>());
        Assert.Contains("closedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, feeUnpaid!, "/close", new { reason = "FeeUnpaid", closedOn = "2026-11-24" })));

        MoveClockTo(new DateOnly(2026, 11, 24));
        unit = await UnitSignedInAgainAsync(unit);
        feeUnpaid = await StepAsync(unit.Editor, feeUnpaid!, "/close", new { reason = "FeeUnpaid", closedOn = "2026-11-24" });
        Assert.Equal("Closed", feeUnpaid["status"]!.GetValue<string>());
        Assert.Equal("OtherFeeUnpaid", feeUnpaid["outcome"]!.GetValue<string>());
        early = await ProblemAsync(await PostStepAsync(unit.Editor, noCorrection!, "/close", new { reason = "NoCorrection", closedOn = "2026-11-24" }), HttpStatusCode.Conflict);
        Assert.Equal("requests.correction_period_running", early["code"]!.GetValue<string>());
        Assert.Contains("closedOn", await FieldErrorsAsync(await PostStepAsync(unit.Editor, noCorrection!, "/close", new { reason = "NoCorrection", closedOn = "2026-12-15" })));

        MoveClockTo(new DateOnly(2026, 12, 15));
        unit = await UnitSignedInAgainAsync(unit);
        noCorrection = await StepAsync(unit.Editor, noCorrection!, "/close", new { reason = "NoCorrection", closedOn = "2026-12-15" });
        Assert.Equal("Closed", noCorrection["status"]!.GetValue<string>());
        Assert.Equal("OtherNoCorrection", noCorrection["outcome"]!.GetValue<string>());

        var table = Assert.Single((await StatisticsAsync(2026, [unit.UnitId])).Units).Applications;
        foreach (var row in DocumentedRows)
        {
            foreach (var kind in Kinds)
            {
                Assert.True(expected.Count(e => e.Row == row && e.Kind == kind) == Column(table[row], kind), $"{row} / {kind}");
            }
        }

        Assert.Equal(22, table[ApplicationRowKeys.NewReceived].Total);
        Assert.Equal(22, table[ApplicationRowKeys.TotalHandled].Total);
        Assert.Equal(0, table[ApplicationRowKeys.CarriedIn].Total);
        Assert.Equal(0, table[ApplicationRowKeys.CarriedOut].Total);
        Assert.Equal(2, table["Other.Other"].Total);
        Assert.All(DocumentedRows.Where(r => r != "Other.Other"), r => Assert.Equal(1, table[r].Total));
        // The rows come out in the template's order.
        Assert.Equal(DocumentedRows, table.Rows.Select(r => r.Key).Skip(2).Take(21));
    }

    private async Task<RequestUnit> UnitSignedInAgainAsync(RequestUnit unit) =>
        unit with { Editor = await SignInAsync("fin-editor", "Passw0rd-2026"), Leader = await SignInAsync("fin-leader", "Passw0rd-2026") };
}
