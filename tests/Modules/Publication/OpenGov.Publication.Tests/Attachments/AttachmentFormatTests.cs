using System.Text;
using OpenGov.Publication.Domain.Attachments;

namespace OpenGov.Publication.Tests.Attachments;

public sealed class AttachmentFormatTests
{
    private static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();
    private static readonly byte[] OleHead = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    private static readonly byte[] ZipHead = [0x50, 0x4B, 0x03, 0x04, 0x14, 0];

    private static string? Code(string name, byte[] head, bool text = false) => AttachmentFormats.Classify(name, head, text).Error?.Code;

    [Theory]
    [InlineData("通知.pdf", "application/pdf")]
    [InlineData("附件1.PDF", "application/pdf")]
    public void Given_a_real_pdf_Then_accepted_with_our_content_type(string name, string contentType)
    {
        var format = AttachmentFormats.Classify(name, PdfHead, false);
        Assert.True(format.IsSuccess);
        Assert.Equal(contentType, format.Value.ContentType);
    }

    [Theory]
    [InlineData("表格.xls")]
    [InlineData("文件.doc")]
    [InlineData("文件.wps")]
    [InlineData("表格.et")]
    public void Given_ole_documents_Then_accepted(string name) => Assert.Null(Code(name, OleHead));

    [Theory]
    [InlineData("文件.docx")]
    [InlineData("表格.xlsx")]
    [InlineData("演示.pptx")]
    [InlineData("版式.ofd")]
    public void Given_zip_based_documents_Then_accepted(string name) => Assert.Null(Code(name, ZipHead));

    [Fact]
    public void Given_images_Then_accepted_by_signature()
    {
        Assert.Null(Code("a.jpg", [0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.Null(Code("a.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Null(Code("a.gif", "GIF89a"u8.ToArray()));
        Assert.Equal("publication.attachment_type_mismatch", Code("a.png", [0xFF, 0xD8, 0xFF, 0xE0]));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("run.BAT")]
    [InlineData("a.cmd")]
    [InlineData("install.sh")]
    [InlineData("x.js")]
    [InlineData("x.vbs")]
    [InlineData("x.msi")]
    [InlineData("x.dll")]
    [InlineData("x.ps1")]
    [InlineData("报告.pdf.exe")]
    public void Given_an_executable_name_Then_refused_even_with_a_harmless_content(string name) =>
        Assert.Equal("publication.attachment_executable", Code(name, PdfHead));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02 })]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xED, 0xFA, 0xCE })]
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E })]
    public void Given_an_executable_content_under_a_document_name_Then_refused_as_executable(byte[] head)
    {
        Assert.Equal("publication.attachment_executable", Code("年度报告.pdf", head));
        Assert.Equal("publication.attachment_executable", Code("说明.txt", head, text: true));
    }

    [Fact]
    public void Given_a_zip_or_unknown_type_Then_not_allowed()
    {
        Assert.Equal("publication.attachment_type_not_allowed", Code("材料.zip", ZipHead));
        Assert.Equal("publication.attachment_type_not_allowed", Code("页面.html", "<html>"u8.ToArray(), text: true));
        Assert.Equal("publication.attachment_type_not_allowed", Code("无扩展名", PdfHead));
    }

    [Fact]
    public void Given_content_not_matching_the_extension_Then_mismatch()
    {
        Assert.Equal("publication.attachment_type_mismatch", Code("通知.pdf", ZipHead));
        Assert.Equal("publication.attachment_type_mismatch", Code("文件.docx", OleHead));
        Assert.Equal("publication.attachment_type_mismatch", Code("数据.csv", PdfHead, text: false));
    }

    [Fact]
    public void Given_text_Then_utf8_without_nul_is_required()
    {
        Assert.Null(Code("名单.csv", "姓名,得分"u8.ToArray(), text: true));
        Assert.Equal("text/csv; charset=utf-8", AttachmentFormats.Classify("名单.csv", "a,b"u8, true).Value.ContentType);
    }

    [Fact]
    public void Given_chunks_Then_the_scanner_accepts_characters_split_across_them_and_rejects_gbk_and_nul()
    {
        var bytes = Encoding.UTF8.GetBytes("政务公开");
        var split = new Utf8TextScanner();
        split.Append(bytes.AsSpan(0, 4));
        split.Append(bytes.AsSpan(4));
        Assert.True(split.Complete());

        var truncated = new Utf8TextScanner();
        truncated.Append(bytes.AsSpan(0, 4));
        Assert.False(truncated.Complete());

        var gbk = new Utf8TextScanner();
        gbk.Append([0xD5, 0xFE, 0xCE, 0xF1]); // 政务 in GBK
        Assert.False(gbk.Complete());

        var nul = new Utf8TextScanner();
        nul.Append("a\0b"u8);
        Assert.False(nul.Complete());
    }
}
