using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Organization;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>The public form and the query code (REQ-2/3): the code finds one request, shows no personal data, and staff see only their own unit's.</summary>
public sealed class PublicIntakeTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private static object Form(Guid unitId, string name, string identity) => new
    {
        unitId,
        applicant = Applicant(name, identity: identity),
        informationDescription = "某小区拆迁补偿方案",
        deliveryForm = "Email",
    };

    private async Task<JsonObject> SubmitAsync(Guid unitId, string name, string identity) =>
        await ReadAsync<JsonObject>(await PostJsonAsync(Anonymous(), "/api/public/requests", Form(unitId, name, identity)), HttpStatusCode.Created);

    private async Task<HttpResponseMessage> StatusAsync(string code)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, "/api/public/requests/status");
        message.Headers.Add("X-Query-Code", code);
        return await Anonymous().SendAsync(message);
    }

    [Fact]
    public async Task Given_anonymous_applicant_When_submitting_online_Then_the_query_code_shows_progress_without_personal_data()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);

        var submitted = await SubmitAsync(unit.UnitId, "李四", "110101198001019999");
        var code = submitted["queryCode"]!.GetValue<string>();
        Assert.Equal(16, code.Length);
        Assert.False(string.IsNullOrWhiteSpace(submitted["trackingNumber"]!.GetValue<string>()));
        // Submitted on Mon 2026-11-23 (China time): 20 working days with no holiday in between end on Mon 12-21.
        Assert.Equal("2026-11-23", submitted["receivedOn"]!.GetValue<string>());
        Assert.Equal("2026-12-21", submitted["dueOn"]!.GetValue<string>());

        var response = await StatusAsync(code);
        var raw = await response.Content.ReadAsStringAsync();
        var status = await ReadAsync<JsonObject>(response);
        Assert.Equal(submitted["trackingNumber"]!.GetValue<string>(), status["trackingNumber"]!.GetValue<string>());
        Assert.Equal("Received", status["status"]!.GetValue<string>());
        Assert.Equal("2026-12-21", status["dueOn"]!.GetValue<string>());
        Assert.Equal("测试县财政局", status["unitName"]!.GetValue<string>());
        Assert.Null(status["applicant"]);
        Assert.DoesNotContain("李四", raw);
        Assert.DoesNotContain("110101198001019999", raw);
        Assert.DoesNotContain("13800000000", raw);
    }

    [Fact]
    public async Task Given_two_applicants_When_querying_Then_each_code_finds_only_its_own_request_and_a_wrong_code_finds_nothing()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var first = await SubmitAsync(unit.UnitId, "王五", "110101198001010001");
        var second = await SubmitAsync(unit.UnitId, "赵六", "110101198001010002");
        Assert.NotEqual(first["queryCode"]!.GetValue<string>(), second["queryCode"]!.GetValue<string>());
        Assert.NotEqual(first["trackingNumber"]!.GetValue<string>(), second["trackingNumber"]!.GetValue<string>());

        var mine = await ReadAsync<JsonObject>(await StatusAsync(first["queryCode"]!.GetValue<string>()));
        Assert.Equal(first["trackingNumber"]!.GetValue<string>(), mine["trackingNumber"]!.GetValue<string>());
        var theirs = await ReadAsync<JsonObject>(await StatusAsync(second["queryCode"]!.GetValue<string>()));
        Assert.Equal(second["trackingNumber"]!.GetValue<string>(), theirs["trackingNumber"]!.GetValue<string>());

        // A code of the right length that was never issued, a tampered one, and none at all.
        var code = first["queryCode"]!.GetValue<string>();
        var tampered = (code[0] == 'A' ? "B" : "A") + code[1..];
        await ProblemAsync(await StatusAsync(tampered), HttpStatusCode.NotFound);
        await ProblemAsync(await StatusAsync(new string('Z', 16)), HttpStatusCode.NotFound);
        await ProblemAsync(await Anonymous().GetAsync("/api/public/requests/status"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_online_request_When_other_units_and_the_county_office_look_Then_other_units_get_404_and_the_county_sees_it_without_the_applicant_but_cannot_act()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        var other = await UnitAsync(admin, SignInAsync, "测试县卫健局", "health");
        var submitted = await SubmitAsync(unit.UnitId, "孙七", "110101198001010003");

        var list = await ReadAsync<JsonObject>(await unit.Editor.GetAsync("/api/requests"));
        var item = Assert.Single(list["items"]!.AsArray())!.AsObject();
        Assert.Equal("孙七", item["applicantName"]!.GetValue<string>());
        var id = item["id"]!.GetValue<Guid>();

        var own = await ReadAsync<JsonObject>(await unit.Editor.GetAsync($"/api/requests/{id}"));
        Assert.Equal(submitted["trackingNumber"]!.GetValue<string>(), own["trackingNumber"]!.GetValue<string>());
        Assert.Equal("孙七", own["applicant"]!["name"]!.GetValue<string>());
        Assert.Equal("Online", own["channel"]!.GetValue<string>());

        await ProblemAsync(await other.Editor.GetAsync($"/api/requests/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostJsonAsync(other.Leader, $"/api/requests/{id}/acknowledge", new { version = own["version"]!.GetValue<int>() }), HttpStatusCode.NotFound);
        Assert.Empty((await ReadAsync<JsonObject>(await other.Editor.GetAsync("/api/requests")))["items"]!.AsArray());

        var county = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/requests/{id}"));
        Assert.Equal(submitted["trackingNumber"]!.GetValue<string>(), county["trackingNumber"]!.GetValue<string>());
        Assert.True(county.ContainsKey("applicant"));
        Assert.Null(county["applicant"]);
        Assert.DoesNotContain("孙七", county.ToJsonString());
        await ProblemAsync(await PostJsonAsync(admin, $"/api/requests/{id}/acknowledge", new { version = own["version"]!.GetValue<int>() }), HttpStatusCode.Forbidden);
        await ProblemAsync(await admin.GetAsync($"/api/requests/{id}/reply-letter.docx"), HttpStatusCode.Forbidden);

        // The handling unit can act: the same step the county office was refused.
        var acknowledged = await StepAsync(unit.Editor, own, "/acknowledge", new { });
        Assert.Equal("InProgress", acknowledged["status"]!.GetValue<string>());
    }
}
