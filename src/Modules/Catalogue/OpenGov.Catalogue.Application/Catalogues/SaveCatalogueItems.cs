using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>Replaces the items of the open draft (or returned version) in the order given; that order is the 序号.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record SaveCatalogueItemsCommand(Guid UnitId, string DomainCode, IReadOnlyList<CatalogueItemInput>? Items, string? ChangeReason, int? Version)
    : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class SaveCatalogueItemsValidator : AbstractValidator<SaveCatalogueItemsCommand>
{
    public SaveCatalogueItemsValidator()
    {
        RuleFor(x => x.Items).NotNull().WithErrorCode("catalogue.items_required").WithMessage("请提交事项列表 items")
            .Must(i => i is null || i.Count <= UnitCatalogue.MaxItems).WithErrorCode("catalogue.too_many_items")
            .WithMessage($"一个领域的目录最多 {UnitCatalogue.MaxItems} 个事项");
        RuleForEach(x => x.Items).NotNull().WithErrorCode("catalogue.item_required").WithMessage("事项不能为空")
            .SetValidator(new CatalogueItemInputValidator());
        RuleFor(x => x.ChangeReason).MaximumLength(UnitCatalogue.ReasonMaxLength)
            .WithErrorCode("catalogue.reason_too_long").WithMessage($"调整原因不能超过 {UnitCatalogue.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class SaveCatalogueItemsHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SaveCatalogueItemsCommand, Guid>
{
    public async Task<Result<Guid>> Handle(SaveCatalogueItemsCommand command, CancellationToken cancellationToken)
    {
        var open = await db.OwnOpenVersionAsync(currentUser, command.UnitId, command.DomainCode, command.Version, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var saved = Replace(open.Value, command, clock.GetUtcNow());
        return saved.IsSuccess ? open.Value.Id : saved.Error;
    }

    /// <summary>The write itself, shared with the xlsx import so both end in the same domain call.</summary>
    internal static Result Replace(UnitCatalogue catalogue, SaveCatalogueItemsCommand command, DateTimeOffset now) =>
        catalogue.ReplaceItems([.. command.Items!.Select(i => i.ToContent())], command.ChangeReason, now);
}
