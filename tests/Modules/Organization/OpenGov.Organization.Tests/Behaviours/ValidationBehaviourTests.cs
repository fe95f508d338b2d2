using FluentValidation;
using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Units;
using OpenGov.Organization.Contracts;

namespace OpenGov.Organization.Tests.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly CreateUnitCommand ValidCommand =
        new("县财政局", null, OrganizationUnitType.CountyDepartment, Guid.NewGuid(), null, null, 1);

    [Fact]
    public async Task Given_invalid_request_Then_failed_result_with_every_field_and_next_not_called()
    {
        var command = ValidCommand with
        {
            Name = "",
            CreditCode = "91350100M000100Y44",
            Contact = new ContactDto(null, new string('x', 51), null, "bad-mail", "123"),
        };
        var next = new NextStep<Result<Guid>>(Guid.NewGuid());
        var behaviour = new ValidationBehaviour<CreateUnitCommand, Result<Guid>>([new CreateUnitValidator()]);

        var result = await behaviour.Handle(command, CancellationToken.None, next.Delegate);

        Assert.Equal(0, next.Calls);
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.Equal("unit.name_required", result.Error.Code);
        Assert.Equal("提交的数据有误，请按字段提示修改", result.Error.Message);
        var fields = result.Error.Fields!;
        Assert.Equal(["contact.email", "contact.phone", "contact.postalCode", "creditCode", "name"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["请填写单位全称"], fields["name"]);
        Assert.Equal(["统一社会信用代码格式或校验位不正确"], fields["creditCode"]);
        Assert.Equal(["联系电话不能超过 50 个字符", "联系电话只能包含数字、空格和 -+()"], fields["contact.phone"]);
        Assert.Equal(["电子邮箱格式不正确"], fields["contact.email"]);
        Assert.Equal(["邮政编码应为 6 位数字"], fields["contact.postalCode"]);
    }

    [Fact]
    public async Task Messages_of_several_validators_are_merged_per_field_without_duplicates()
    {
        var extra = new InlineValidator<CreateUnitCommand>();
        extra.RuleFor(x => x.ShortName).NotEmpty().WithErrorCode("unit.short_name_required").WithMessage("请填写单位简称");
        extra.RuleFor(x => x.Name).NotEmpty().WithErrorCode("unit.name_required").WithMessage("请填写单位全称");
        var behaviour = new ValidationBehaviour<CreateUnitCommand, Result<Guid>>([new CreateUnitValidator(), extra]);
        var next = new NextStep<Result<Guid>>(Guid.NewGuid());

        var result = await behaviour.Handle(ValidCommand with { Name = null }, CancellationToken.None, next.Delegate);

        Assert.Equal(0, next.Calls);
        Assert.Equal(["请填写单位全称"], result.Error!.Fields!["name"]);
        Assert.Equal(["请填写单位简称"], result.Error.Fields["shortName"]);
    }

    [Fact]
    public async Task Given_failures_without_a_dotted_code_Then_code_is_validation_failed()
    {
        var plain = new InlineValidator<CreateUnitCommand>();
        plain.RuleFor(x => x.ShortName).NotEmpty();
        var behaviour = new ValidationBehaviour<CreateUnitCommand, Result<Guid>>([plain]);

        var result = await behaviour.Handle(ValidCommand, CancellationToken.None, new NextStep<Result<Guid>>(Guid.Empty).Delegate);

        Assert.Equal("validation.failed", result.Error!.Code);
        Assert.Equal(["shortName"], result.Error.Fields!.Keys);
    }

    [Fact]
    public async Task Given_valid_request_Then_next_result_is_returned()
    {
        var id = Guid.NewGuid();
        var next = new NextStep<Result<Guid>>(id);
        var behaviour = new ValidationBehaviour<CreateUnitCommand, Result<Guid>>([new CreateUnitValidator()]);

        var result = await behaviour.Handle(ValidCommand, CancellationToken.None, next.Delegate);

        Assert.Equal(1, next.Calls);
        Assert.Equal(id, result.Value);
    }

    [Fact]
    public async Task Given_no_validators_Then_next_is_called()
    {
        var next = new NextStep<Result<Guid>>(Guid.NewGuid());
        var behaviour = new ValidationBehaviour<CreateUnitCommand, Result<Guid>>([]);

        await behaviour.Handle(ValidCommand with { Name = "" }, CancellationToken.None, next.Delegate);

        Assert.Equal(1, next.Calls);
    }

    [Fact]
    public async Task Given_a_response_that_is_not_a_Result_Then_validation_is_skipped()
    {
        var next = new NextStep<string>("handled");
        var behaviour = new ValidationBehaviour<CreateUnitCommand, string>([new CreateUnitValidator()]);

        var response = await behaviour.Handle(ValidCommand with { Name = "" }, CancellationToken.None, next.Delegate);

        Assert.Equal("handled", response);
        Assert.Equal(1, next.Calls);
    }
}
