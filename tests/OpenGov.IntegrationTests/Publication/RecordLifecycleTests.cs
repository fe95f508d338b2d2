using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class RecordLifecycleTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private async Task<PublicationUnit> UnitAsync() => await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);

    [Fact]
    public async Task Given_each_attribute_When_drafting_Then_grounds_reason_and_redacted_text_are_required_where_pub_2_says()
    {
        var unit = await UnitAsync();

        var full = await DraftAsync(unit, Document("关于印发某县政务公开工作要点的通知"));
        Assert.Equal("PublishInFull", full["attribute"]!.GetValue<string>());
        Assert.Equal("此件公开发布", full["attributeName"]!.GetValue<string>());
        Assert.Matches(@"^U[0-9A-F]{8}/2026-00001$", full["indexNumber"]!.GetValue<string>());
        Assert.Equal("Draft", full["status"]!.GetValue<string>());

        var second = await DraftAsync(unit, Document("第二份文件"));
        Assert.EndsWith("/2026-00002", second["indexNumber"]!.GetValue<string>());

        var redacted = await DraftAsync(unit, Document("删减后公开的文件", "PublishRedacted", ["PersonalPrivacy"], "含有个人身份信息", "<p>全文</p>", "<p>删减稿</p>"));
        Assert.Equal("<p>删减稿</p>", redacted["redactedBody"]!.GetValue<string>());

        var onRequest = await DraftAsync(unit, Document("依申请公开的文件", "OnRequestOnly", ["ProcessInformation"], "属于过程性信息"));
        Assert.Null(onRequest["dueOn"]);
        var notDisclosed = await DraftAsync(unit, Document("不公开的文件", "NotDisclosed", ["StateSecret"], "依法确定为国家秘密"));
        Assert.Equal(["StateSecret"], notDisclosed["grounds"]!.AsArray().Select(g => g!.GetValue<string>()));

        var missingAttribute = await ProblemAsync(await PostJsonAsync(unit.Editor, $"/api/publication/units/{unit.UnitId}/records",
            new { title = "无属性", formedOn = "2026-11-20", body = "x" }), HttpStatusCode.BadRequest);
        Assert.Contains("attribute", missingAttribute["errors"]!.AsObject().Select(e => e.Key));

        var noGrounds = await ProblemAsync(await PostJsonAsync(unit.Editor, $"/api/publication/units/{unit.UnitId}/records",
            Document("无依据", "NotDisclosed")), HttpStatusCode.BadRequest);
        var fields = noGrounds["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("grounds", fields);
        Assert.Contains("attributeReason", fields);

        var noRedacted = await ProblemAsync(await PostJsonAsync(unit.Editor, $"/api/publication/units/{unit.UnitId}/records",
            Document("无删减稿", "PublishRedacted", ["TradeSecret"], "涉及商业秘密")), HttpStatusCode.BadRequest);
        Assert.Contains("redactedBody", noRedacted["errors"]!.AsObject().Select(e => e.Key));

        var normativeWithheld = await ProblemAsync(await PostJsonAsync(unit.Editor, $"/api/publication/units/{unit.UnitId}/records",
            Document("规范性文件不公开", "NotDisclosed", ["InternalAffairs"], "内部事务", kind: "NormativeDocument")), HttpStatusCode.BadRequest);
        Assert.Equal("publication.normative_must_be_proactive", normativeWithheld["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_script_in_body_When_drafting_Then_it_is_removed_before_storage()
    {
        var unit = await UnitAsync();
        var record = await DraftAsync(unit, Document("含脚本", body: "<p onclick=\"steal()\">正文</p><script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>"));
        var body = record["body"]!.GetValue<string>();
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("正文", body);
    }

    [Fact]
    public async Task Given_review_chain_When_steps_are_out_of_turn_rejected_or_missing_Then_publishing_waits_for_every_stage()
    {
        var unit = await UnitAsync();
        var record = await DraftAsync(unit, Document("关于某项工作的通知"));

        var early = await ProblemAsync(await PostJsonAsync(unit.Editor, Url(record) + "/publish", new { channels = new[] { "Portal" }, version = Version(record) }), HttpStatusCode.Conflict);
        Assert.Equal("publication.review_incomplete", early["code"]!.GetValue<string>());
        Assert.Contains("保密审查", early["detail"]!.GetValue<string>());
        Assert.Contains("终审", early["detail"]!.GetValue<string>());

        record = await SubmitAsync(unit, record);
        Assert.Equal("InReview", record["status"]!.GetValue<string>());
        Assert.Equal("Confidentiality", record["pendingStage"]!.GetValue<string>());

        var outOfTurn = await ProblemAsync(await PostJsonAsync(unit.Leader, Url(record) + "/review", new { stage = "Final", approve = true, version = Version(record) }), HttpStatusCode.Conflict);
        Assert.Equal("publication.wrong_stage", outOfTurn["code"]!.GetValue<string>());
        var wrongRole = await ProblemAsync(await PostJsonAsync(unit.Editor, Url(record) + "/review", new { stage = "Confidentiality", approve = true, version = Version(record) }), HttpStatusCode.Forbidden);
        Assert.Equal("publication.reviewer_role_required", wrongRole["code"]!.GetValue<string>());

        record = await DecideAsync(unit.Reviewer, record, "Confidentiality", opinion: "不涉密");
        record = await DecideAsync(unit.Editor, record, "First");
        var halfway = await ProblemAsync(await PostJsonAsync(unit.Editor, Url(record) + "/publish", new { channels = new[] { "Portal" }, version = Version(record) }), HttpStatusCode.Conflict);
        Assert.Contains("复审", halfway["detail"]!.GetValue<string>());
        Assert.DoesNotContain("初审", halfway["detail"]!.GetValue<string>());

        var noOpinion = await ProblemAsync(await PostJsonAsync(unit.Reviewer, Url(record) + "/review", new { stage = "Second", approve = false, version = Version(record) }), HttpStatusCode.BadRequest);
        Assert.Contains("opinion", noOpinion["errors"]!.AsObject().Select(e => e.Key));
        record = await DecideAsync(unit.Reviewer, record, "Second", approve: false, opinion: "第三段数据有误");
        Assert.Equal("Draft", record["status"]!.GetValue<string>());
        Assert.Equal("复审退回：第三段数据有误", record["returnReason"]!.GetValue<string>());

        record = await ReviewAllAsync(unit, record);
        Assert.Equal("Approved", record["status"]!.GetValue<string>());
        Assert.Equal(7, record["reviewSteps"]!.AsArray().Count);

        record = await PublishAsync(unit, record);
        Assert.Equal("Published", record["status"]!.GetValue<string>());
        var registration = record["registrations"]!.AsArray().Single()!.AsObject();
        Assert.Equal("Published", registration["kind"]!.GetValue<string>());
        Assert.Equal("fin-editor", registration["publisherName"]!.GetValue<string>());
        Assert.Equal("保密审查：fin-reviewer；初审：fin-editor；复审：fin-reviewer；终审：fin-leader", registration["reviewers"]!.GetValue<string>());
        Assert.Equal(["Portal", "Gazette"], registration["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(64, registration["contentSha256"]!.GetValue<string>().Length);

        var twice = await ProblemAsync(await PostJsonAsync(unit.Editor, Url(record) + "/publish", new { channels = new[] { "Portal" }, version = Version(record) }), HttpStatusCode.Conflict);
        Assert.Equal("publication.already_published", twice["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_withheld_record_When_reviewed_Then_it_can_never_be_published()
    {
        var unit = await UnitAsync();
        var record = await ReviewAllAsync(unit, await DraftAsync(unit, Document("内部请示", "OnRequestOnly", ["ProcessInformation"], "请示报告")));
        var refused = await ProblemAsync(await PostJsonAsync(unit.Editor, Url(record) + "/publish", new { channels = new[] { "Portal" }, version = Version(record) }), HttpStatusCode.Conflict);
        Assert.Equal("publication.not_proactive", refused["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_published_record_When_corrected_and_withdrawn_Then_history_is_kept_and_the_public_follows()
    {
        var unit = await UnitAsync();
        var record = await DraftReviewPublishAsync(unit, Document("关于调整公交线路的通告", body: "<p>原文：线路甲</p>"));
        var publicUrl = $"/api/public/publication/documents/{record["id"]}";

        record = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, Url(record) + "/correction", new { reason = "线路名称有误", version = Version(record) });
        Assert.Equal("Draft", record["status"]!.GetValue<string>());
        Assert.Equal("线路名称有误", record["correctionReason"]!.GetValue<string>());
        var input = Document("关于调整公交线路的通告", body: "<p>更正：线路乙</p>");
        var revised = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(input, Json))!.AsObject();
        revised["version"] = Version(record);
        record = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Put, Url(record), revised);

        // Until the correction is reviewed and published the public keeps the first text.
        var stillFirst = await ReadAsync<JsonObject>(await Anonymous().GetAsync(publicUrl));
        Assert.Contains("线路甲", stillFirst["body"]!.GetValue<string>());

        record = await PublishAsync(unit, await ReviewAllAsync(unit, record));
        Assert.Equal(2, record["publishedRevisions"]!.GetValue<int>());
        Assert.Equal("Corrected", record["registrations"]!.AsArray()[1]!["kind"]!.GetValue<string>());
        var corrected = await ReadAsync<JsonObject>(await Anonymous().GetAsync(publicUrl));
        Assert.Contains("线路乙", corrected["body"]!.GetValue<string>());
        Assert.Equal(2, corrected["revision"]!.GetValue<int>());
        Assert.Equal("线路名称有误", corrected["history"]!.AsArray()[1]!["correctionReason"]!.GetValue<string>());

        var noReason = await ProblemAsync(await PostJsonAsync(unit.Leader, Url(record) + "/withdraw", new { version = Version(record) }), HttpStatusCode.BadRequest);
        Assert.Contains("reason", noReason["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(unit.Editor, Url(record) + "/withdraw", new { reason = "x", version = Version(record) })).StatusCode);
        record = await CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, Url(record) + "/withdraw", new { reason = "线路调整方案已废止", version = Version(record) });
        Assert.Equal("Withdrawn", record["status"]!.GetValue<string>());
        Assert.Equal(3, record["registrations"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(publicUrl)).StatusCode);
        var search = await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/publication/documents?q=公交线路"));
        Assert.Equal(0, search["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await unit.Editor.GetAsync(Url(record))).StatusCode);
    }

    [Fact]
    public async Task Given_another_units_record_When_an_editor_asks_Then_it_does_not_exist_for_them()
    {
        var admin = await AdminAsync();
        var finance = await PublicationApi.UnitAsync(admin, SignInAsync);
        var health = await PublicationApi.UnitAsync(admin, SignInAsync, "测试县卫健局", "health");
        var record = await DraftAsync(finance, Document("财政局草稿"));

        Assert.Equal(HttpStatusCode.NotFound, (await health.Editor.GetAsync(Url(record))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(health.Editor, Url(record) + "/submit", new { version = Version(record) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(health.Editor, $"/api/publication/units/{finance.UnitId}/records", Document("越权"))).StatusCode);
        var list = await ReadAsync<JsonObject>(await health.Editor.GetAsync("/api/publication/records"));
        Assert.Equal(0, list["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Url(record))).StatusCode);
    }
}
