namespace OpenGov.Publication.Domain.Records;

/// <summary>规范性文件的效力状态 (PUB-12(e)(g))</summary>
public enum NormativeStatus
{
    /// <summary>现行有效</summary>
    Valid = 1,

    /// <summary>已修改</summary>
    Amended = 2,

    /// <summary>已废止</summary>
    Repealed = 3,

    /// <summary>已失效</summary>
    Expired = 4,
}

public static class NormativeStatuses
{
    public static readonly IReadOnlyDictionary<NormativeStatus, string> Labels = new Dictionary<NormativeStatus, string>
    {
        [NormativeStatus.Valid] = "现行有效",
        [NormativeStatus.Amended] = "已修改",
        [NormativeStatus.Repealed] = "已废止",
        [NormativeStatus.Expired] = "已失效",
    };

    public static bool IsNormative(this DocumentKind kind) => kind is DocumentKind.Rule or DocumentKind.NormativeDocument;

    /// <summary>
    /// The status a reader sees today: a declared repeal or expiry stands; otherwise a document whose 有效期 has
    /// passed is expired from the day after it (PUB-12(g)), computed on read so nobody has to run anything at midnight.
    /// </summary>
    public static (NormativeStatus Status, DateOnly? On) Effective(NormativeStatus declared, DateOnly? declaredOn, DateOnly? validUntil, DateOnly today) =>
        declared is NormativeStatus.Repealed or NormativeStatus.Expired ? (declared, declaredOn)
        : validUntil is { } until && until < today ? (NormativeStatus.Expired, until.AddDays(1))
        : (declared, declaredOn);
}
