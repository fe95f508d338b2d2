using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Attachments;

/// <summary>An accepted attachment type: the content type we serve it with is ours, never the uploader's claim.</summary>
public sealed record AttachmentFormat(string Extension, string ContentType);

/// <summary>
/// Which files may be attached to government information (PUB-9: readers download them from the portal). The
/// extension must be on the list AND the first bytes must be what that extension promises, so a renamed program
/// or script is refused; anything that looks like a program is refused first, whatever its name.
/// </summary>
public static class AttachmentFormats
{
    /// <summary>Enough leading bytes for every signature below.</summary>
    public const int HeadLength = 16;

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();

    private enum Signature
    {
        Pdf,
        Ole,
        Zip,
        Jpeg,
        Png,
        Gif,
        Utf8Text,
    }

    private static readonly Dictionary<string, (Signature Signature, string ContentType)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Signature.Pdf, "application/pdf"),
        [".doc"] = (Signature.Ole, "application/msword"),
        [".xls"] = (Signature.Ole, "application/vnd.ms-excel"),
        [".wps"] = (Signature.Ole, "application/kswps"),
        [".et"] = (Signature.Ole, "application/kset"),
        [".docx"] = (Signature.Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = (Signature.Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".pptx"] = (Signature.Zip, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        [".ofd"] = (Signature.Zip, "application/ofd"),
        [".jpg"] = (Signature.Jpeg, "image/jpeg"),
        [".jpeg"] = (Signature.Jpeg, "image/jpeg"),
        [".png"] = (Signature.Png, "image/png"),
        // GIF: still common for scanned notices and charts, and it carries no script.
        [".gif"] = (Signature.Gif, "image/gif"),
        [".txt"] = (Signature.Utf8Text, "text/plain; charset=utf-8"),
        [".csv"] = (Signature.Utf8Text, "text/csv; charset=utf-8"),
    };

    private static readonly HashSet<string> ExecutableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".bat", ".cmd", ".sh", ".js", ".vbs", ".msi", ".dll", ".ps1", ".com", ".scr", ".jar", ".hta", ".wsf", ".vbe", ".jse", ".cpl", ".msp",
    };

    public static string AllowedList => "pdf、doc、docx、xls、xlsx、pptx、wps、et、ofd、jpg、png、gif、txt、csv";

    /// <summary>
    /// Decides what an upload is from its name and first bytes; <paramref name="isUtf8TextWithoutNul"/> says whether the
    /// whole content is valid UTF-8 without NUL characters (only text types need it).
    /// </summary>
    public static Result<AttachmentFormat> Classify(string fileName, ReadOnlySpan<byte> head, bool isUtf8TextWithoutNul)
    {
        var extension = Path.GetExtension(fileName);
        if (ExecutableExtensions.Contains(extension) || LooksExecutable(head))
        {
            return Error.Field("publication.attachment_executable", "file", "附件不能是可执行程序或脚本");
        }

        if (!Allowed.TryGetValue(extension, out var allowed))
        {
            return Error.Field("publication.attachment_type_not_allowed", "file", $"不支持该类型的附件，只能上传 {AllowedList} 文件");
        }

        var matches = allowed.Signature switch
        {
            Signature.Pdf => head.StartsWith(Pdf),
            Signature.Ole => head.StartsWith(Ole),
            Signature.Zip => head.StartsWith(Zip),
            Signature.Jpeg => head.StartsWith(Jpeg),
            Signature.Png => head.StartsWith(Png),
            Signature.Gif => head.StartsWith(Gif87) || head.StartsWith(Gif89),
            _ => isUtf8TextWithoutNul,
        };
        return matches
            ? new AttachmentFormat(extension.ToLowerInvariant(), allowed.ContentType)
            : Error.Field("publication.attachment_type_mismatch", "file", $"文件内容与扩展名“{extension.ToLowerInvariant()}”不符");
    }

    /// <summary>Windows PE (MZ), ELF, Mach-O (both byte orders, 32/64-bit, universal) and scripts with a shebang.</summary>
    public static bool LooksExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || head.StartsWith("#!"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
        || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]);
}
