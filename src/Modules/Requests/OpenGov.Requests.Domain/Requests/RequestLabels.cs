namespace OpenGov.Requests.Domain.Requests;

/// <summary>Chinese names shown to staff and applicants.</summary>
public static class RequestLabels
{
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => "已接收，待登记受理",
        RequestStatus.InProgress => "办理中",
        RequestStatus.AwaitingCorrection => "待申请人补正",
        RequestStatus.InConsultation => "征求意见中",
        RequestStatus.AwaitingFee => "待缴纳信息处理费",
        RequestStatus.Decided => "已作出决定，待答复",
        RequestStatus.Replied => "已答复",
        RequestStatus.Delivered => "已送达",
        RequestStatus.Archived => "已归档",
        RequestStatus.Closed => "已终止",
        _ => status.ToString(),
    };

    public static string Opinion(ConsultationOpinion opinion) => opinion switch
    {
        ConsultationOpinion.Consents => "同意公开",
        ConsultationOpinion.Objects => "不同意公开",
        _ => "逾期未答复",
    };

    public static string Outcome(RequestOutcome outcome) => OutcomeLabels.For(outcome).DisplayName;
}
