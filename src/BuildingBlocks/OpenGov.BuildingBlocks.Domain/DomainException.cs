namespace OpenGov.BuildingBlocks.Domain;

/// <summary>
/// A rule that cannot be reported as a value because it surfaces deep inside a computation (a date
/// outside the known calendar, say). The host turns it into a 400 with <see cref="Code"/>.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
