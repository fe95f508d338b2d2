using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>Who is consulted: a third party whose rights may be harmed (REQ-8) or a co-author organ (REQ-9).</summary>
public enum ConsultedParty
{
    /// <summary>第三方（条例第三十二条）</summary>
    ThirdParty = 1,

    /// <summary>共同制作机关（条例第三十四条）</summary>
    CoAuthorOrgan = 2,
}

/// <summary>The consulted party's answer.</summary>
public enum ConsultationOpinion
{
    /// <summary>同意公开</summary>
    Consents = 1,

    /// <summary>不同意公开</summary>
    Objects = 2,

    /// <summary>逾期未答复（第三方由行政机关依法决定；共同制作机关视为同意）</summary>
    NoReply = 3,
}

/// <summary>A written consultation; its time is not counted in the reply period (REQ-10).</summary>
public sealed class Consultation : Entity<Guid>
{
    private Consultation()
    {
    }

    internal Consultation(int number, ConsultedParty party, string partyName, DateOnly sentOn)
    {
        Id = Guid.NewGuid();
        Number = number;
        Party = party;
        PartyName = partyName;
        SentOn = sentOn;
    }

    public int Number { get; private set; }

    public ConsultedParty Party { get; private set; }

    public string PartyName { get; private set; } = string.Empty;

    public DateOnly SentOn { get; private set; }

    /// <summary>The day the party received the letter; its 15 working days run from here (REQ-8).</summary>
    public DateOnly? DeliveredOn { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public ConsultationOpinion? Opinion { get; private set; }

    public string? Note { get; private set; }

    public bool IsOpen => Opinion is null;

    internal void Delivered(DateOnly on) => DeliveredOn = on;

    internal void Answered(DateOnly? on, ConsultationOpinion opinion, string? note)
    {
        RepliedOn = on;
        Opinion = opinion;
        Note = note;
    }
}
