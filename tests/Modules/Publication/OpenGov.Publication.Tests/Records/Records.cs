using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>Builds records in the states the rules are about, through the aggregate's own methods.</summary>
internal static class Records
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<ReviewStage> Plan = [ReviewStage.Confidentiality, ReviewStage.First, ReviewStage.Second, ReviewStage.Final];

    public static RecordContent Content(
        DisclosureAttribute attribute = DisclosureAttribute.PublishInFull, DocumentKind kind = DocumentKind.Ordinary, string body = "<p>全文</p>",
        string? redacted = null, DateOnly? validFrom = null, DateOnly? validUntil = null) => new(
        "关于某项工作的通知", "测政办发〔2026〕1号", new DateOnly(2026, 11, 20), "综合政务", FiveDisclosureCategory.Decision, kind, attribute,
        attribute == DisclosureAttribute.PublishInFull ? [] : [WithholdingGround.ProcessInformation],
        attribute == DisclosureAttribute.PublishInFull ? null : "过程性信息", body, redacted, [], validFrom, validUntil);

    public static GovernmentRecord Draft(RecordContent? content = null, Guid? unitId = null) =>
        GovernmentRecord.Draft(Guid.NewGuid(), unitId ?? Guid.NewGuid(), "U00000001/2026-00001", content ?? Content(), null, null, null, Now);

    public static GovernmentRecord Approved(RecordContent? content = null, Guid? unitId = null)
    {
        var record = Draft(content, unitId);
        Ok(record.SubmitForReview(Plan, Now));
        foreach (var stage in Plan)
        {
            Ok(record.Decide(stage, true, null, Guid.NewGuid(), "审查人" + (int)stage, Now));
        }

        return record;
    }

    public static GovernmentRecord Published(RecordContent? content = null, Guid? unitId = null)
    {
        var record = Approved(content, unitId);
        Ok(record.Publish(Plan, [PublicationChannel.Portal], null, "检索文本", null, "发布人", Now));
        return record;
    }

    public static void Ok(BuildingBlocks.Domain.Result result) =>
        Assert.True(result.IsSuccess, result.Error is { } e ? $"{e.Code}: {e.Message}" : "");

    public static void Fails(BuildingBlocks.Domain.Result result, string code) =>
        Assert.Equal(code, Assert.IsType<BuildingBlocks.Domain.Error>(result.Error).Code);
}
