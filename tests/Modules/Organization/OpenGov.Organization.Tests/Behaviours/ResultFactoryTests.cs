using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Tests.Behaviours;

public sealed class ResultFactoryTests
{
    private static readonly Error Refused = Error.Forbidden("auth.role_required", "需要县级管理员");

    [Fact]
    public void Builds_a_failed_Result()
    {
        var result = ResultFactory.Failure<Result>(Refused);

        Assert.IsType<Result>(result);
        Assert.False(result.IsSuccess);
        Assert.Same(Refused, result.Error);
    }

    [Fact]
    public void Builds_a_failed_generic_Result()
    {
        var result = ResultFactory.Failure<Result<Guid>>(Refused);

        Assert.False(result.IsSuccess);
        Assert.Same(Refused, result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Builds_failures_repeatedly_from_its_cache()
    {
        var other = Error.NotFound("unit.not_found", "单位不存在");

        Assert.Same(Refused, ResultFactory.Failure<Result<string>>(Refused).Error);
        Assert.Same(other, ResultFactory.Failure<Result<string>>(other).Error);
    }

    [Fact]
    public void Refuses_a_type_that_is_not_a_Result()
    {
        Assert.Throws<InvalidOperationException>(() => ResultFactory.Failure<string>(Refused));
    }

    [Fact]
    public void IsResult_recognises_Result_types_only()
    {
        Assert.True(ResultFactory.IsResult(typeof(Result)));
        Assert.True(ResultFactory.IsResult(typeof(Result<int>)));
        Assert.False(ResultFactory.IsResult(typeof(string)));
        Assert.False(ResultFactory.IsResult(typeof(Error)));
    }
}
