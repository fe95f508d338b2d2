using Microsoft.Extensions.Options;
using OpenGov.Organization.Application;
using OpenGov.Organization.Application.Clients;
using OpenGov.Organization.Application.Users;
using static OpenGov.Organization.Tests.Validation.ValidationAssert;

namespace OpenGov.Organization.Tests.Validation;

/// <summary>A missing unit and the all-zero GUID are both "no unit chosen" (FluentValidation's NotEmpty lets Guid.Empty through on Guid?).</summary>
public sealed class UnitIdRequiredTests
{
    public static TheoryData<Guid?> NoUnit => new() { null, Guid.Empty };

    [Theory]
    [MemberData(nameof(NoUnit))]
    public void Create_staff_user_without_unit_is_refused(Guid? unitId)
    {
        var validator = new CreateStaffUserValidator(Options.Create(new SignInOptions()));

        var result = validator.Validate(new CreateStaffUserCommand("zhangsan", "张三", unitId, ["Editor"], null));

        SingleFailure(result, "user.unit_required", "UnitId");
    }

    [Theory]
    [MemberData(nameof(NoUnit))]
    public void Update_staff_user_without_unit_is_refused(Guid? unitId)
    {
        var result = new UpdateStaffUserValidator().Validate(new UpdateStaffUserCommand(Guid.NewGuid(), "张三", unitId, ["Editor"], 1));

        SingleFailure(result, "user.unit_required", "UnitId");
    }

    [Theory]
    [MemberData(nameof(NoUnit))]
    public void Create_api_client_without_unit_is_refused(Guid? unitId)
    {
        var result = new CreateApiClientValidator().Validate(new CreateApiClientCommand("县教育局OA", unitId, ["publication.read"]));

        SingleFailure(result, "api_client.unit_required", "UnitId");
    }
}
