using System.Text.RegularExpressions;
using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>
/// Replaces the items of the open draft (or returned version) with the rows of an uploaded workbook in the official
/// template (CAT-3). It is <see cref="SaveCatalogueItemsCommand"/> fed from a file: the same item rules, the same
/// domain call; all or nothing, with every row's problems reported at once.
/// </summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record ImportCatalogueItemsCommand(Guid UnitId, string DomainCode, Stream? Workbook, string? ChangeReason, int? Version)
    : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class ImportCatalogueItemsValidator : AbstractValidator<ImportCatalogueItemsCommand>
{
    public ImportCatalogueItemsValidator()
    {
        RuleFor(x => x.Workbook).NotNull().OverridePropertyName(CatalogueImportErrors.FileField)
            .WithErrorCode(CatalogueImportErrors.FileRequired).WithMessage("请上传 Excel 文件（表单字段 file）");
        RuleFor(x => x.ChangeReason).MaximumLength(UnitCatalogue.ReasonMaxLength)
            .WithErrorCode("catalogue.reason_too_long").WithMessage($"调整原因不能超过 {UnitCatalogue.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed partial class ImportCatalogueItemsHandler(
    ICatalogueDb db,
    ICurrentUser currentUser,
    TimeProvider clock,
    ICatalogueWorkbookReader reader,
    IEnumerable<IValidator<SaveCatalogueItemsCommand>> itemRules) : ICommandHandler<ImportCatalogueItemsCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ImportCatalogueItemsCommand command, CancellationToken cancellationToken)
    {
        var open = await db.OwnOpenVersionAsync(currentUser, command.UnitId, command.DomainCode, command.Version, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var read = reader.Read(command.Workbook!);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var rows = read.Value.Rows;
        var save = new SaveCatalogueItemsCommand(
            command.UnitId, command.DomainCode, WithKnownIds(rows, open.Value.Items), command.ChangeReason, command.Version);
        if (await ProblemsAsync(save, rows, read.Value.Problems, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var saved = SaveCatalogueItemsHandler.Replace(open.Value, save, clock.GetUtcNow());
        return saved.IsSuccess ? open.Value.Id : InRowTerms(saved.Error, rows);
    }

    /// <summary>
    /// A row keeps the item id of the current version's item with the same 二级事项, so publications that refer to
    /// the item still do after a re-import (CAT-8). A repeated name gets no id: the domain then reports the repeat.
    /// </summary>
    private static List<CatalogueItemInput> WithKnownIds(IReadOnlyList<ImportedRow> rows, IReadOnlyList<CatalogueItem> current)
    {
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var item in current)
        {
            keys.TryAdd(item.SecondLevel.Trim(), item.ItemKey);
        }

        return [.. rows.Select(r => r.Item.SecondLevel is { } name && keys.Remove(name.Trim(), out var key) ? r.Item with { ItemId = key } : r.Item)];
    }

    /// <summary>
    /// The reader's problems plus every failure of the item rules (<see cref="CatalogueItemInputValidator"/> via the
    /// save command's validator), the latter turned from <c>items[i].field</c> into row and column.
    /// </summary>
    private async Task<Error?> ProblemsAsync(
        SaveCatalogueItemsCommand save, IReadOnlyList<ImportedRow> rows, IReadOnlyList<ImportCellProblem> readProblems, CancellationToken ct)
    {
        var problems = readProblems.ToList();
        var seen = problems.Select(p => (p.RowNumber, p.Column)).ToHashSet();
        var other = new Dictionary<string, string[]>();
        foreach (var validator in itemRules)
        {
            var result = await validator.ValidateAsync(save, ct);
            foreach (var failure in result.Errors)
            {
                if (ItemField().Match(failure.PropertyName) is { Success: true } match)
                {
                    var row = rows[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].RowNumber;
                    var column = CatalogueTemplate.HeaderOfField(match.Groups[2].Value);
                    if (!seen.Contains((row, column)))
                    {
                        problems.Add(new ImportCellProblem(row, column, failure.ErrorMessage));
                    }
                }
                else
                {
                    var key = failure.PropertyName.Length == 0 ? "" : char.ToLowerInvariant(failure.PropertyName[0]) + failure.PropertyName[1..];
                    other[key] = [.. other.GetValueOrDefault(key, []).Append(failure.ErrorMessage).Distinct()];
                }
            }
        }

        return problems.Count == 0 && other.Count == 0 ? null : CatalogueImportErrors.Rows(problems, other);
    }

    /// <summary>The domain's per-item errors become row and column; a repeated 二级事项 names the Excel row it repeats.</summary>
    private static Error InRowTerms(Error error, IReadOnlyList<ImportedRow> rows)
    {
        if (error.Fields is null)
        {
            return error;
        }

        var problems = new List<ImportCellProblem>();
        foreach (var (field, messages) in error.Fields)
        {
            if (ItemField().Match(field) is not { Success: true } match)
            {
                return error;
            }

            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = CatalogueTemplate.HeaderOfField(char.ToUpperInvariant(match.Groups[2].Value[0]) + match.Groups[2].Value[1..]);
            var name = rows[index].Item.SecondLevel?.Trim();
            var first = rows.First(r => r.Item.SecondLevel?.Trim() == name);
            var repeated = match.Groups[2].Value.Equals(nameof(CatalogueItemInput.SecondLevel), StringComparison.OrdinalIgnoreCase);
            problems.AddRange(repeated && first != rows[index]
                ? [new ImportCellProblem(rows[index].RowNumber, column, $"二级事项“{name}”与第 {first.RowNumber} 行重复")]
                : messages.Select(m => new ImportCellProblem(rows[index].RowNumber, column, m)));
        }

        return CatalogueImportErrors.Rows(problems);
    }

    [GeneratedRegex(@"^items\[(\d+)\]\.([A-Za-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemField();
}
