using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class AttachmentTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, JsonObject record, string fileName, byte[] content, bool? isPublic = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (isPublic is { } flag)
        {
            form.Add(new StringContent(flag ? "true" : "false"), "isPublic");
        }

        return await client.PostAsync(Url(record) + "/attachments", form);
    }

    private static async Task<string> Code(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest) =>
        (await ProblemAsync(response, expected))["code"]!.GetValue<string>();

    [Fact]
    public async Task Given_a_published_attachment_When_downloaded_publicly_Then_type_name_etag_and_304()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var record = await DraftAsync(unit, Document("关于公布收费目录的通知"));
        var uploaded = await ReadAsync<JsonObject>(await UploadAsync(unit.Editor, record, "C:\\文件\\收费目录 2026.pdf", Pdf), HttpStatusCode.Created);
        Assert.Equal("收费目录 2026.pdf", uploaded["fileName"]!.GetValue<string>());
        Assert.Equal("application/pdf", uploaded["contentType"]!.GetValue<string>());
        Assert.Equal(Pdf.Length, uploaded["size"]!.GetValue<long>());
        var sha = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Equal(sha, uploaded["sha256"]!.GetValue<string>());
        Assert.True(uploaded["isPublicUnderAttribute"]!.GetValue<bool>());
        var attachmentId = uploaded["id"]!.GetValue<Guid>();
        var publicUrl = $"/api/public/publication/documents/{record["id"]}/attachments/{attachmentId}";

        // Staff can read it at once; the public only after publishing.
        var staff = await unit.Editor.GetAsync($"{Url(record)}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(Pdf, await staff.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(publicUrl)).StatusCode);

        record = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(record)));
        await PublishAsync(unit, await ReviewAllAsync(unit, record));

        var download = await Anonymous().GetAsync(publicUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{sha}\"", download.Headers.ETag!.Tag);
        Assert.False(download.Headers.ETag.IsWeak);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("收费目录 2026.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, publicUrl);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
        var notModified = await Anonymous().SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var detail = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{record["id"]}"));
        var listed = detail["attachments"]!.AsArray().Single()!;
        Assert.Equal(attachmentId, listed["id"]!.GetValue<Guid>());
        Assert.Equal(publicUrl, listed["url"]!.GetValue<string>());
        Assert.Equal(Pdf.Length, listed["size"]!.GetValue<long>());

        // Published files are part of the release: never deleted, not even during a correction.
        record = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(record)));
        record = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, Url(record) + "/correction", new { reason = "补充附件", version = Version(record) });
        Assert.Equal("publication.attachment_published",
            await Code(await unit.Editor.DeleteAsync($"{Url(record)}/attachments/{attachmentId}?version={Version(record)}"), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Given_bad_files_When_uploading_Then_executables_mismatches_and_oversized_files_are_refused()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var record = await DraftAsync(unit, Document("附件校验"));

        Assert.Equal("publication.attachment_executable", await Code(await UploadAsync(unit.Editor, record, "工具.exe", Pdf)));
        Assert.Equal("publication.attachment_executable", await Code(await UploadAsync(unit.Editor, record, "通知.pdf", [0x4D, 0x5A, 0x90, 0, 3, 0])));
        Assert.Equal("publication.attachment_executable", await Code(await UploadAsync(unit.Editor, record, "说明.txt", [.. "#!/bin/sh\nrm -rf /"u8])));
        Assert.Equal("publication.attachment_type_mismatch", await Code(await UploadAsync(unit.Editor, record, "通知.pdf", [0x50, 0x4B, 0x03, 0x04, 0, 0])));
        Assert.Equal("publication.attachment_type_mismatch", await Code(await UploadAsync(unit.Editor, record, "名单.csv", [0xD5, 0xFE, 0xCE, 0xF1])));
        Assert.Equal("publication.attachment_type_not_allowed", await Code(await UploadAsync(unit.Editor, record, "材料.zip", [0x50, 0x4B, 0x03, 0x04, 0, 0])));

        var oversized = new byte[OpenGovFactory.MaxAttachmentBytes + 1];
        Pdf.CopyTo(oversized, 0);
        var tooLarge = await ProblemAsync(await UploadAsync(unit.Editor, record, "大文件.pdf", oversized), HttpStatusCode.BadRequest);
        Assert.Equal("publication.attachment_too_large", tooLarge["code"]!.GetValue<string>());
        Assert.Contains("file", tooLarge["errors"]!.AsObject().Select(e => e.Key));

        var noFile = await ProblemAsync(await unit.Editor.PostAsync(Url(record) + "/attachments", new MultipartFormDataContent { { new StringContent("true"), "isPublic" } }), HttpStatusCode.BadRequest);
        Assert.Contains("file", noFile["errors"]!.AsObject().Select(e => e.Key));

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(unit.Editor, record, "名单.csv", [.. "姓名,单位\n张三,财政局\n"u8])).StatusCode);
        var fresh = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(record)));
        Assert.Equal("text/csv; charset=utf-8", fresh["attachments"]!.AsArray().Single()!["contentType"]!.GetValue<string>());

        // Another unit's record does not exist for them, for files too.
        var health = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync, "测试县卫健局", "health");
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(health.Editor, record, "a.pdf", Pdf)).StatusCode);
        var id = fresh["attachments"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NotFound, (await health.Editor.GetAsync($"{Url(record)}/attachments/{id}")).StatusCode);

        // A draft's file can be dropped.
        var dropped = await CatalogueApi.SendAsync(unit.Editor, HttpMethod.Delete, $"{Url(record)}/attachments/{id}?version={Version(fresh)}", null);
        Assert.Empty(dropped["attachments"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await unit.Editor.GetAsync($"{Url(record)}/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Given_withheld_and_redacted_records_When_reading_public_routes_Then_no_withheld_file_is_reachable()
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var onRequest = await DraftAsync(unit, Document("依申请公开的文件", "OnRequestOnly", ["ProcessInformation"], "过程稿"));
        Assert.Equal("publication.attachment_not_public", await Code(await UploadAsync(unit.Editor, onRequest, "a.pdf", Pdf, isPublic: true)));
        var hidden = await ReadAsync<JsonObject>(await UploadAsync(unit.Editor, onRequest, "内部.pdf", Pdf), HttpStatusCode.Created);
        Assert.False(hidden["isPublicUnderAttribute"]!.GetValue<bool>());
        await ReviewAllAsync(unit, await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(onRequest))));

        var redacted = await DraftAsync(unit, Document("删减后公开的文件", "PublishRedacted", ["PersonalPrivacy"], "含个人信息", "<p>全文</p>", "<p>删减稿</p>"));
        var original = await ReadAsync<JsonObject>(await UploadAsync(unit.Editor, redacted, "原件.pdf", [.. Pdf, 1]), HttpStatusCode.Created);
        var shown = await ReadAsync<JsonObject>(await UploadAsync(unit.Editor, redacted, "删减版.pdf", [.. Pdf, 2], isPublic: true), HttpStatusCode.Created);
        await PublishAsync(unit, await ReviewAllAsync(unit, await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(redacted)))));

        var detail = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/publication/documents/{redacted["id"]}"));
        Assert.Equal([shown["id"]!.GetValue<Guid>()], detail["attachments"]!.AsArray().Select(a => a!["id"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync($"/api/public/publication/documents/{redacted["id"]}/attachments/{shown["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/publication/documents/{redacted["id"]}/attachments/{original["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/publication/documents/{onRequest["id"]}/attachments/{hidden["id"]}")).StatusCode);
        // An attachment id under another (public) record's URL is no way in either.
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/publication/documents/{redacted["id"]}/attachments/{hidden["id"]}")).StatusCode);

        // Withdrawing takes the files off the public routes with the text.
        var published = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(redacted)));
        await CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, Url(published) + "/withdraw", new { reason = "撤回", version = Version(published) });
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/publication/documents/{redacted["id"]}/attachments/{shown["id"]}")).StatusCode);
    }
}
