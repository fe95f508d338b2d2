using OpenGov.Organization.Application.Calendar;
using OpenGov.Organization.Application.Clients;
using static OpenGov.Organization.Tests.Validation.ValidationAssert;

namespace OpenGov.Organization.Tests.Validation;

public sealed class ApiClientAndCalendarValidatorTests
{
    [Fact]
    public void Known_scopes_pass()
    {
        var command = new CreateApiClientCommand("县教育局OA", Guid.NewGuid(), [.. ApiScopes.All.Keys]);

        Assert.True(new CreateApiClientValidator().Validate(command).IsValid);
    }

    [Theory]
    [InlineData("publication.delete")]
    [InlineData("PUBLICATION.READ")]
    [InlineData("")]
    public void Unknown_scope_is_refused(string scope)
    {
        var command = new UpdateApiClientCommand(Guid.NewGuid(), "县教育局OA", ["publication.read", scope], 1);

        var failure = SingleFailure(new ApiClientFieldsValidator().Validate(command), "api_client.scope_invalid", "Scopes");

        Assert.StartsWith("权限范围只能是：", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void No_scope_and_no_name_are_refused()
    {
        var result = new ApiClientFieldsValidator().Validate(new CreateApiClientCommand(null, Guid.NewGuid(), []));

        Assert.Equal(["api_client.name_required", "api_client.scopes_required"], result.Errors.Select(e => e.ErrorCode).Order());
    }

    [Fact]
    public void Valid_calendar_year_passes()
    {
        var command = new DefineCalendarYearCommand(2027, "国务院办公厅关于2027年部分节假日安排的通知", null, "2027 off 2027-01-01", null, null);

        Assert.True(new DefineCalendarYearValidator().Validate(command).IsValid);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Calendar_year_out_of_range_is_refused(int year)
    {
        var command = new DefineCalendarYearCommand(year, "通知", null, "text", null, null);

        SingleFailure(new DefineCalendarYearValidator().Validate(command), "calendar.year_invalid", "Year");
    }

    [Fact]
    public void Calendar_year_without_title_or_text_is_refused()
    {
        var result = new DefineCalendarYearValidator().Validate(new DefineCalendarYearCommand(2027, " ", null, "", null, null));

        Assert.Equal(["calendar.notice_title_required", "calendar.text_required"], result.Errors.Select(e => e.ErrorCode).Order());
        Assert.All(result.Errors, e => AssertChinese(e.ErrorMessage));
    }

    [Fact]
    public void Calendar_year_with_over_long_fields_is_refused()
    {
        var command = new DefineCalendarYearCommand(2027, new string('通', 201), new string('号', 51), new string('x', 20_001), new string('因', 501), 1);

        var codes = new DefineCalendarYearValidator().Validate(command).Errors.Select(e => e.ErrorCode).Order();

        Assert.Equal(["calendar.document_number_too_long", "calendar.notice_title_too_long", "calendar.reason_too_long", "calendar.text_too_long"], codes);
    }

    [Theory]
    [InlineData(-1000)]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(1000)]
    public void Working_days_within_range_pass(int days)
    {
        Assert.True(new AddWorkingDaysValidator().Validate(new AddWorkingDaysQuery(new DateOnly(2025, 1, 2), days)).IsValid);
    }

    [Theory]
    [InlineData(-1001)]
    [InlineData(1001)]
    [InlineData(int.MaxValue)]
    public void Working_days_out_of_range_are_refused(int days)
    {
        var failure = SingleFailure(new AddWorkingDaysValidator().Validate(new AddWorkingDaysQuery(new DateOnly(2025, 1, 2), days)), "calendar.days_out_of_range", "Days");

        Assert.Equal("工作日数应在 -1000 到 1000 之间", failure.ErrorMessage);
    }

    [Fact]
    public void Working_days_query_without_from_or_days_is_refused()
    {
        var result = new AddWorkingDaysValidator().Validate(new AddWorkingDaysQuery(null, null));

        Assert.Equal(["calendar.days_required", "calendar.from_required"], result.Errors.Select(e => e.ErrorCode).Order());
    }
}
