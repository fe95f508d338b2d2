namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>
/// The official catalogue template (CAT-3) as printed: column headers and the √ mark. The xlsx writer, the xlsx
/// reader, the item validator and import error messages all take their words from here so a file the system writes
/// is always a file it can read back, and an error names the column exactly as the user sees it.
/// </summary>
internal static class CatalogueTemplate
{
    public const string Tick = "√";

    /// <summary>Brackets around the group's name in the 特定群体 cell: "√（低保对象）".</summary>
    public const char GroupOpen = '（';
    public const char GroupClose = '）';

    public const string Sequence = "序号";
    public const string Matter = "公开事项";
    public const string FirstLevel = "一级事项";
    public const string SecondLevel = "二级事项";
    public const string Content = "公开内容（要素）";
    public const string Basis = "公开依据";
    public const string Deadline = "公开时限";
    public const string Subject = "公开主体";
    public const string Channels = "公开渠道和载体";
    public const string Audiences = "公开对象";
    public const string Public = "全社会";
    public const string SpecificGroup = "特定群体";
    public const string Methods = "公开方式";
    public const string Proactive = "主动";
    public const string OnRequest = "依申请";
    public const string Levels = "公开层级";
    public const string County = "县级";
    public const string Township = "乡级";

    /// <summary>Columns of a single unit's sheet, A to N.</summary>
    public const int ColumnCount = 14;

    /// <summary>Rows 1–3 are the title and the two header rows; items start on row 4.</summary>
    public const int FirstDataRow = 4;

    /// <summary>First header row; null marks a cell covered by the merge to its left.</summary>
    public static readonly string?[] HeaderRow1 =
        [Sequence, Matter, null, Content, Basis, Deadline, Subject, Channels, Audiences, null, Methods, null, Levels, null];

    /// <summary>Second header row; null marks a cell covered by the merge above it.</summary>
    public static readonly string?[] HeaderRow2 =
        [null, FirstLevel, SecondLevel, null, null, null, null, null, Public, SpecificGroup, Proactive, OnRequest, County, Township];

    /// <summary>
    /// The 特定群体 cell: "√" plus the group's name, because the model stores the name and the printed catalogue
    /// would otherwise lose who the group is.
    /// </summary>
    public static string TickWithGroup(string? group) =>
        string.IsNullOrWhiteSpace(group) ? Tick : $"{Tick}{GroupOpen}{group}{GroupClose}";

    /// <summary>The header a data column is known by: the sub-header where there is one, else the main header.</summary>
    public static string HeaderOf(int column) => HeaderRow2[column] ?? HeaderRow1[column]!;

    /// <summary>The column an item field (a <see cref="CatalogueItemInput"/> property) is entered in.</summary>
    public static string HeaderOfField(string property) => property switch
    {
        nameof(CatalogueItemInput.FirstLevel) => FirstLevel,
        nameof(CatalogueItemInput.SecondLevel) or nameof(CatalogueItemInput.ItemId) => SecondLevel,
        nameof(CatalogueItemInput.Content) => Content,
        nameof(CatalogueItemInput.Basis) => Basis,
        nameof(CatalogueItemInput.Deadline) => Deadline,
        nameof(CatalogueItemInput.Subject) => Subject,
        nameof(CatalogueItemInput.Channels) or nameof(CatalogueItemInput.OtherChannel) => Channels,
        nameof(CatalogueItemInput.Audiences) => Audiences,
        nameof(CatalogueItemInput.SpecificGroup) => SpecificGroup,
        nameof(CatalogueItemInput.Methods) => Methods,
        nameof(CatalogueItemInput.Levels) => Levels,
        _ => property,
    };
}
