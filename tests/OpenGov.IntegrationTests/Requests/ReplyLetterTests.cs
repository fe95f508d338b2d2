using System.Net;
using DocumentFormat.OpenXml.Packaging;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>The reply letter (REQ-12, REQ-16): drafted on decision, editable until sent, downloaded as a Word document.</summary>
public sealed class ReplyLetterTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static async Task<string> LetterTextAsync(HttpClient staff, string requestUrl)
    {
        var response = await staff.GetAsync(requestUrl + "/reply-letter.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public async Task Given_a_decision_When_downloading_editing_and_replying_Then_the_docx_follows_the_letter_until_it_is_sent()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, "InPerson", "2026-11-02", applicant: Applicant("欧阳明月"));
        var url = Url(request);

        await ProblemAsync(await unit.Editor.GetAsync(url + "/reply-letter.docx"), HttpStatusCode.NotFound);

        request = await DecideAsync(unit, request, "RefusedThirdParty", "2026-11-20", "涉及第三方商业秘密，第三方不同意公开");
        var drafted = await LetterTextAsync(unit.Editor, url);
        Assert.Contains("欧阳明月", drafted);
        Assert.Contains("第十五条", drafted);
        Assert.Contains(request["trackingNumber"]!.GetValue<string>(), drafted);

        var edited = await ReadAsync<System.Text.Json.Nodes.JsonObject>(await PostStepAsync(unit.Editor, request, "/reply-letter",
            new { title = "政府信息公开申请答复书（修改稿）", body = "欧阳明月：\n经审查，您申请的信息涉及第三方商业秘密。\n特此告知。" }, HttpMethod.Put));
        Assert.Equal("政府信息公开申请答复书（修改稿）", edited["letterTitle"]!.GetValue<string>());
        var text = await LetterTextAsync(unit.Editor, url);
        Assert.Contains("修改稿", text);
        Assert.Contains("经审查，您申请的信息涉及第三方商业秘密。", text);

        Assert.Contains("title", await FieldErrorsAsync(await PostStepAsync(unit.Editor, edited, "/reply-letter", new { title = "", body = "正文" }, HttpMethod.Put)));

        var replied = await ReplyAsync(unit, edited, "2026-11-23");
        var late = await ProblemAsync(await PostStepAsync(unit.Editor, replied, "/reply-letter", new { title = "再改", body = "再改" }, HttpMethod.Put), HttpStatusCode.Conflict);
        Assert.Equal("requests.wrong_status", late["code"]!.GetValue<string>());
        Assert.Contains("修改稿", await LetterTextAsync(unit.Editor, url));
    }
}
