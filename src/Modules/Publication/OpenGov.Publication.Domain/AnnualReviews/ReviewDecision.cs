namespace OpenGov.Publication.Domain.AnnualReviews;

/// <summary>年度审查的决定</summary>
public enum ReviewDecision
{
    /// <summary>维持（继续不主动公开）</summary>
    Keep = 1,

    /// <summary>转为主动公开</summary>
    Disclose = 2,
}
