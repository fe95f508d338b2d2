using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>
/// One version of a unit's catalogue for one domain (CAT-3, CAT-7, CAT-8). A unit × domain has at most one
/// open version (draft, submitted, returned or approved) at a time; a published version is immutable and a
/// change starts a new version that copies it and names the change reason (动态调整).
/// </summary>
public sealed class UnitCatalogue : AggregateRoot<Guid>
{
    /// <summary>Issue 4 refuses spreadsheets of 10,000 rows or more; the API keeps the same ceiling so both agree.</summary>
    public const int MaxItems = 9_999;
    public const int ReasonMaxLength = 500;

    private readonly List<CatalogueItem> _items = [];

    private UnitCatalogue()
    {
    }

    public Guid UnitId { get; private set; }

    public string DomainCode { get; private set; } = "";

    /// <summary>Catalogue version number, 1 for the first; not the concurrency <see cref="AggregateRoot{TId}.Version"/>.</summary>
    public int Edition { get; private set; }

    public CatalogueStatus Status { get; private set; }

    /// <summary>Why this version differs from the previous one (required from version 2).</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>The county office's reasons when it last returned this version.</summary>
    public string? ReturnReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public IReadOnlyList<CatalogueItem> Items => _items;

    public bool IsOpen => Status is CatalogueStatus.Draft or CatalogueStatus.Submitted or CatalogueStatus.Returned or CatalogueStatus.Approved;

    public static UnitCatalogue StartFirst(Guid id, Guid unitId, string domainCode, DateTimeOffset now) => new()
    {
        Id = id, UnitId = unitId, DomainCode = domainCode, Edition = 1, Status = CatalogueStatus.Draft, CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>Starts the next version from the current published one (动态调整, CAT-8).</summary>
    public static Result<UnitCatalogue> StartRevision(Guid id, UnitCatalogue published, string? changeReason, DateTimeOffset now)
    {
        if (published.Status != CatalogueStatus.Published)
        {
            return Error.Conflict("catalogue.not_published", "只能在已发布的目录基础上调整");
        }

        if (string.IsNullOrWhiteSpace(changeReason))
        {
            return Error.Field("catalogue.change_reason_required", "changeReason", "调整已发布的目录必须填写调整原因");
        }

        var next = new UnitCatalogue
        {
            Id = id, UnitId = published.UnitId, DomainCode = published.DomainCode, Edition = published.Edition + 1,
            Status = CatalogueStatus.Draft, ChangeReason = changeReason.Trim(), CreatedAt = now, UpdatedAt = now,
        };
        next._items.AddRange(published._items.OrderBy(i => i.Sequence).Select(i => CatalogueItem.From(id, i.Sequence, i.ToContent())));
        return next;
    }

    /// <summary>Replaces every item of an editable version; every duplicate 二级事项 or foreign item id names its row.</summary>
    public Result ReplaceItems(IReadOnlyList<CatalogueItemContent> items, string? changeReason, DateTimeOffset now)
    {
        if (Status is not (CatalogueStatus.Draft or CatalogueStatus.Returned))
        {
            return Error.Conflict("catalogue.not_editable", "目录已报送、已审核或已发布，不能再修改；已发布的目录请发起调整");
        }

        if (items.Count > MaxItems)
        {
            return Error.Field("catalogue.too_many_items", "items", $"一个领域的目录最多 {MaxItems} 个事项");
        }

        if (ItemProblems(items) is { } problems)
        {
            return problems;
        }

        if (Edition > 1 && changeReason is not null)
        {
            if (string.IsNullOrWhiteSpace(changeReason))
            {
                return Error.Field("catalogue.change_reason_required", "changeReason", "调整已发布的目录必须填写调整原因");
            }

            ChangeReason = changeReason.Trim();
        }

        // Items that keep their id are updated in place, so saving (or re-importing) a long catalogue writes only the
        // rows that changed instead of deleting and inserting every row.
        var kept = _items.ToDictionary(i => i.ItemKey);
        var next = items.Select((c, i) => c.ItemKey is { } key && kept.Remove(key, out var item) ? item.Revise(i + 1, c) : CatalogueItem.From(Id, i + 1, c)).ToList();
        _items.Clear();
        _items.AddRange(next);
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>All rows at fault at once, so a long list (or an imported file) is fixed in one pass.</summary>
    private Error? ItemProblems(IReadOnlyList<CatalogueItemContent> items)
    {
        var known = _items.Select(i => i.ItemKey).ToHashSet();
        var names = new Dictionary<string, int>();
        var keys = new HashSet<Guid>();
        var fields = new Dictionary<string, string[]>();
        string? code = null;
        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i].SecondLevel.Trim();
            if (!names.TryAdd(name, i))
            {
                code ??= "catalogue.item_duplicate";
                fields[$"items[{i}].secondLevel"] = [$"二级事项“{name}”与第 {names[name] + 1} 行重复"];
            }

            if (items[i].ItemKey is { } key && (!known.Contains(key) || !keys.Add(key)))
            {
                code ??= "catalogue.item_unknown";
                fields[$"items[{i}].itemId"] = ["事项编号不属于本目录或重复出现；新增事项请不填编号"];
            }
        }

        return code is null ? null : new Error(code, fields.Values.First()[0], ErrorKind.Validation, fields);
    }

        public Result Submit(Guid? by, DateTimeOffset now)
    {
        if (Status is not (CatalogueStatus.Draft or CatalogueStatus.Returned))
        {
            return Error.Conflict("catalogue.not_draft", "只有草稿或被退回的目录可以报送");
        }

        if (_items.Count == 0)
        {
            return Error.Validation("catalogue.empty", "目录还没有事项，不能报送");
        }

        Status = CatalogueStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>
    /// The unit takes back what it submitted, to correct it before the county office decides (CAT-7). Once approved
    /// or returned the decision stands: 409.
    /// </summary>
    public Result Withdraw(DateTimeOffset now)
    {
        if (Status != CatalogueStatus.Submitted)
        {
            return Status switch
            {
                CatalogueStatus.Approved => Error.Conflict("catalogue.already_approved", "该目录已审核通过，不能撤回"),
                CatalogueStatus.Returned => Error.Conflict("catalogue.already_returned", "该目录已被退回，可直接修改后重新报送"),
                _ => Error.Conflict("catalogue.not_submitted", "该目录未报送，无需撤回"),
            };
        }

        Status = CatalogueStatus.Draft;
        SubmittedAt = null;
        SubmittedBy = null;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>The county office approves (CAT-7); anything but a submitted version was already decided by someone: 409.</summary>
    public Result Approve(Guid? by, DateTimeOffset now)
    {
        if (Status != CatalogueStatus.Submitted)
        {
            return NotAwaitingReview();
        }

        Status = CatalogueStatus.Approved;
        ReviewedAt = now;
        ReviewedBy = by;
        ReturnReason = null;
        UpdatedAt = now;
        return Result.Success();
    }

    public Result Return(Guid? by, string reason, DateTimeOffset now)
    {
        if (Status != CatalogueStatus.Submitted)
        {
            return NotAwaitingReview();
        }

        Status = CatalogueStatus.Returned;
        ReviewedAt = now;
        ReviewedBy = by;
        ReturnReason = reason.Trim();
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>Publishes an approved version and supersedes the previous one, telling other modules what changed.</summary>
    public Result Publish(UnitCatalogue? previous, Guid? by, DateTimeOffset now)
    {
        if (Status != CatalogueStatus.Approved)
        {
            return Error.Conflict("catalogue.not_approved", "只有审核通过的目录可以发布");
        }

        var changed = new List<Guid>();
        var retired = new List<RetiredItem>();
        if (previous is not null)
        {
            var current = _items.ToDictionary(i => i.ItemKey);
            foreach (var old in previous._items)
            {
                if (!current.TryGetValue(old.ItemKey, out var kept))
                {
                    retired.Add(new RetiredItem(old.ItemKey, old.FirstLevel, old.SecondLevel));
                }
                else if (!kept.SameContentAs(old))
                {
                    changed.Add(old.ItemKey);
                }
            }

            previous.Status = CatalogueStatus.Superseded;
            previous.SupersededAt = now;
            previous.UpdatedAt = now;
        }

        Status = CatalogueStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        UpdatedAt = now;
        Raise(new CataloguePublished(Id, changed, retired, now));
        return Result.Success();
    }

    private Error NotAwaitingReview() => Status switch
    {
        CatalogueStatus.Approved => Error.Conflict("catalogue.already_approved", "该目录已由他人审核通过"),
        CatalogueStatus.Returned => Error.Conflict("catalogue.already_returned", "该目录已由他人退回"),
        _ => Error.Conflict("catalogue.not_submitted", "该目录不在待审核状态"),
    };
}
