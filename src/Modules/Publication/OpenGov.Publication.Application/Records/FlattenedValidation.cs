using FluentValidation;
using FluentValidation.Results;

namespace OpenGov.Publication.Application.Records;

internal static class FlattenedValidation
{
    /// <summary>
    /// Validates a nested input as if its fields were the command's own, because the HTTP body is flat: errors read
    /// <c>title</c>, not <c>input.title</c>.
    /// </summary>
    public static void RuleForFlattened<T, TChild>(this AbstractValidator<T> validator, Func<T, TChild?> select, IValidator<TChild> child)
        where TChild : class =>
        validator.RuleFor(x => x).Custom((command, context) =>
        {
            if (select(command) is not { } input)
            {
                context.AddFailure(new ValidationFailure("body", "请求内容为空") { ErrorCode = "request.body_required" });
                return;
            }

            foreach (var failure in child.Validate(input).Errors)
            {
                context.AddFailure(new ValidationFailure(failure.PropertyName, failure.ErrorMessage) { ErrorCode = failure.ErrorCode });
            }
        });
}
