namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>
/// A write an OA system may repeat. The first successful result is stored under (caller, command type, key) in
/// the module's own table, in the command's transaction; a repeat with the same content gets that result back
/// without running the handler again, a repeat with other content is a 409.
/// </summary>
public interface IIdempotentCommand
{
    /// <summary>The caller's key: the document's external id or the <c>Idempotency-Key</c> header; null or empty opts out.</summary>
    string? IdempotencyKey { get; }
}

/// <summary>Per request: whether the result was replayed from an earlier identical request (the endpoint answers 200 then).</summary>
public sealed class IdempotencyContext
{
    public bool Replayed { get; set; }
}

public static class IdempotencyKeys
{
    public const int MaxLength = 200;
}
