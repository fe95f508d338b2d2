namespace OpenGov.Organization.Tests.Units;

/// <summary>
/// An independent implementation of the GB 32100-2015 check character, written from the standard
/// (weights W_i = 3^(i-1) mod 31, C18 = 31 − Σ(C_i × W_i) mod 31, with 31 read as 0), so the
/// production table of weights is checked rather than copied.
/// </summary>
internal static class ReferenceCreditCode
{
    // GB 32100-2015 table: digits and capital letters without I, O, Z, S and V.
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            var value = Alphabet.IndexOf(c);
            if (value < 0)
            {
                throw new ArgumentException($"'{c}' is not in the GB 32100 alphabet", nameof(first17));
            }

            sum += value * weight;
            weight = weight * 3 % 31;
        }

        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
