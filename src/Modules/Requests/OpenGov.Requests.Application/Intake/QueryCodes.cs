using System.Security.Cryptography;
using System.Text;

namespace OpenGov.Requests.Application.Intake;

/// <summary>
/// The applicant's query code: 16 characters from an alphabet without look-alikes (≈ 80 bits), shown once; only its
/// hash is stored, so a database reader cannot look up someone else's request.
/// </summary>
internal static class QueryCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 16;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
