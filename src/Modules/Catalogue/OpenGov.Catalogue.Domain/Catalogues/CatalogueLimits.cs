namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>Column lengths, shared by the validators and the database so neither can accept what the other refuses.</summary>
public static class CatalogueLimits
{
    public const int LevelName = 200;
    public const int LongText = 4000;
    public const int Subject = 200;
    public const int ShortText = 200;
    public const int DeadlineText = 200;
}
