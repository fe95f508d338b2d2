using System.Net;
using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Staff registration and the date of receipt by channel (REQ-3, 条例第三十一条), with the deadline's computation shown.</summary>
public sealed class RegistrationTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    // Arrived Tue 2026-02-10, confirmed with the applicant Thu 02-12: 当面 and 签收 count the arrival, the rest the confirmation.
    [Theory]
    [InlineData("InPerson", "2026-02-10")]
    [InlineData("RegisteredPost", "2026-02-10")]
    [InlineData("OrdinaryLetter", "2026-02-12")]
    [InlineData("Fax", "2026-02-12")]
    [InlineData("Email", "2026-02-12")]
    [InlineData("Other", "2026-02-12")]
    public async Task Given_a_channel_When_registering_with_arrival_and_confirmation_Then_received_on_follows_its_rule(string channel, string receivedOn)
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);

        var response = await PostRegistrationAsync(unit.Editor, unit.UnitId, Registration(channel, "2026-02-10", "2026-02-12"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(16, Assert.Single(response.Headers.GetValues("X-Query-Code")).Length);
        var request = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(receivedOn, request["receivedOn"]!.GetValue<string>());
        Assert.Equal("InProgress", request["status"]!.GetValue<string>());
        Assert.Equal(receivedOn, request["deadline"]!["startOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("InPerson")]
    [InlineData("RegisteredPost")]
    public async Task Given_in_person_or_registered_post_When_no_confirmation_date_Then_the_arrival_counts(string channel)
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var request = await RegisterAsync(unit, channel, "2026-02-12");
        Assert.Equal("2026-02-12", request["receivedOn"]!.GetValue<string>());
        Assert.Equal("2026-03-18", request["dueOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("OrdinaryLetter")]
    [InlineData("Fax")]
    [InlineData("Email")]
    public async Task Given_a_channel_needing_confirmation_When_confirmed_on_is_missing_Then_400_names_confirmed_on(string channel)
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var fields = await FieldErrorsAsync(await PostRegistrationAsync(unit.Editor, unit.UnitId, Registration(channel, "2026-02-12")));
        Assert.Contains("confirmedOn", fields);
        Assert.Empty((await ReadAsync<JsonObject>(await unit.Editor.GetAsync("/api/requests")))["items"]!.AsArray());
    }

    [Fact]
    public async Task Given_dates_When_invalid_Then_registration_is_refused_with_the_field()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        // Today is 2026-11-23 (China time): tomorrow has not happened yet.
        Assert.Contains("arrivedOn", await FieldErrorsAsync(await PostRegistrationAsync(unit.Editor, unit.UnitId, Registration("InPerson", "2026-11-24"))));
        Assert.Contains("confirmedOn", await FieldErrorsAsync(await PostRegistrationAsync(unit.Editor, unit.UnitId, Registration("Email", "2026-02-12", "2026-02-11"))));
        var today = await RegisterAsync(unit, "InPerson", "2026-11-23");
        Assert.Equal("2026-11-23", today["receivedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_registered_post_over_spring_festival_When_reading_the_request_Then_the_deadline_shows_how_it_was_counted()
    {
        var unit = await UnitAsync(await AdminAsync(), SignInAsync);
        var registered = await RegisterAsync(unit, "RegisteredPost", "2026-02-12");
        var request = await GetAsync(unit.Editor, registered);

        var deadline = request["deadline"]!.AsObject();
        Assert.Equal("2026-02-12", deadline["startOn"]!.GetValue<string>());
        Assert.Equal(20, deadline["baseWorkingDays"]!.GetValue<int>());
        Assert.Equal("2026-03-18", deadline["baseDueOn"]!.GetValue<string>());
        // 2-12 → 3-18 is 34 calendar days for 20 working days: 春节 2/15–2/23 and the weekends, less 2/14 and 2/28 worked.
        Assert.Equal(14, deadline["restDaysSkipped"]!.GetValue<int>());
        Assert.Equal("2026-03-18", deadline["dueOn"]!.GetValue<string>());
        Assert.Equal("2026-03-18", request["dueOn"]!.GetValue<string>());
        // 7 working days for a 补正 notice: 2/13, 2/14 (make-up day), 2/24–2/27, 2/28 (make-up day).
        Assert.Equal("2026-02-28", deadline["correctionNoticeDueOn"]!.GetValue<string>());

        var explanation = string.Join("\n", deadline["explanation"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("2026-02-12", explanation);
        Assert.Contains("跳过休息日 14 天", explanation);
        Assert.Contains("2026-03-18", explanation);
    }
}
