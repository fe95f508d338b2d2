namespace OpenGov.BuildingBlocks.Domain;

/// <summary>How an expected failure maps to HTTP: validation 400, forbidden 403, not found 404, conflict 409.</summary>
public enum ErrorKind
{
    Validation = 1,
    Forbidden = 2,
    NotFound = 3,
    Conflict = 4,
    Unauthorized = 5,
}

/// <summary>
/// An expected outcome that is not success. <see cref="Code"/> is stable and machine-readable;
/// <see cref="Message"/> is Chinese for the person at the screen; <see cref="Fields"/> holds
/// per-field Chinese messages keyed by the camelCase field name.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);

    public static Error Field(string code, string field, string message) =>
        new(code, message, ErrorKind.Validation, new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error Unauthorized(string code, string message) => new(code, message, ErrorKind.Unauthorized);

    public static Error StaleVersion(int expected, int actual) =>
        Conflict("concurrency.stale", $"数据已被他人修改（当前版本 {actual}，提交版本 {expected}），请刷新后重试");
}
