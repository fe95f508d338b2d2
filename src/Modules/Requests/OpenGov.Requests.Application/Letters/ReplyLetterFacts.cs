using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Letters;

/// <summary>What a 政府信息公开申请答复告知书 says about one request (REQ-12, REQ-18).</summary>
/// <param name="UnitName">答复机关名称，用于落款</param>
/// <param name="ApplicantName">申请人姓名或名称，用于称谓</param>
/// <param name="ReceivedOn">收到申请之日（REQ-3）</param>
/// <param name="InformationDescription">申请获取的政府信息的名称或描述，照申请书填写</param>
/// <param name="Outcome">办理结果，即年度报告表三的一行</param>
/// <param name="Details">单位填写的说明：获取方式和途径、不予公开的理由、负责公开的机关等；不填则不写</param>
/// <param name="LetterDate">告知书日期；不填则落款日期留空，盖章时手填</param>
/// <param name="ReconsiderationOrgan">行政复议机关名称</param>
/// <param name="Court">有管辖权的人民法院名称</param>
/// <param name="TrackingNumber">申请编号</param>
public sealed record ReplyLetterFacts(
    string UnitName,
    string ApplicantName,
    DateOnly ReceivedOn,
    string InformationDescription,
    RequestOutcome Outcome,
    string? Details,
    DateOnly? LetterDate,
    string ReconsiderationOrgan,
    string Court,
    string TrackingNumber);
