using System.Diagnostics;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Domain.Domains;
using OpenGov.Catalogue.Infrastructure.Persistence;

// Usage: CatalogueSeed <connection string> <file with one unit id per line> <items per catalogue> [<unit id> <domain code> <items>]
// Publishes a catalogue of every pilot domain for every unit; the optional triple adds one large catalogue (the
// benchmark exports it and imports the file back).
if (args.Length is not (3 or 6))
{
    Console.Error.WriteLine("usage: CatalogueSeed <connection string> <unit ids file> <items per catalogue> [<unit id> <domain code> <items>]");
    return 2;
}

var units = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(Guid.Parse).ToArray();
var perCatalogue = int.Parse(args[2]);
var jobs = units.SelectMany(u => PilotDomains.All().Select(d => (Unit: u, Domain: d.Code, Items: perCatalogue))).ToList();
if (args.Length == 6)
{
    jobs.Add((Guid.Parse(args[3]), args[4], int.Parse(args[5])));
}

string[] deadlines = ["信息形成或者变更之日起20个工作日内", "信息形成之日起5个工作日内", "实时", "每年3月底前", "项目批准后7日内"];
var factory = new CataloguePostgreSqlFactory();
var now = DateTimeOffset.UtcNow;
var watch = Stopwatch.StartNew();
var items = 0;
foreach (var chunk in jobs.Chunk(20))
{
    await using var db = factory.Create(args[0]);
    foreach (var (unit, domain, count) in chunk)
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), unit, domain, now);
        var contents = Enumerable.Range(1, count).Select(i => new CatalogueItemContent(
            null, $"一级事项{(i - 1) / 10 + 1:00}", $"{domain}二级事项{i:0000}", $"公开内容（要素）第{i}项：依据、程序、结果及说明",
            "《中华人民共和国政府信息公开条例》第二十条", deadlines[i % deadlines.Length], "县政府办公室",
            [DisclosureChannel.GovernmentWebsite, DisclosureChannel.PublicReadingPoint], null,
            i % 7 == 0 ? [DisclosureAudience.SpecificGroup] : [DisclosureAudience.Public], i % 7 == 0 ? "辖区企业" : null,
            [DisclosureMethod.Proactive], i % 3 == 0 ? [DisclosureLevel.County, DisclosureLevel.Township] : [DisclosureLevel.County])).ToList();
        Check(catalogue.ReplaceItems(contents, null, now));
        Check(catalogue.Submit(null, now));
        Check(catalogue.Approve(null, now));
        Check(catalogue.Publish(null, null, now));
        db.Catalogues.Add(catalogue);
        items += count;
    }

    await db.SaveChangesAsync();
    Console.Error.Write($"\r{items} items ({watch.Elapsed.TotalSeconds:F0} s)");
}

Console.Error.WriteLine($"\nseeded {jobs.Count} published catalogues with {items} items in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

static void Check(OpenGov.BuildingBlocks.Domain.Result result)
{
    if (!result.IsSuccess)
    {
        throw new InvalidOperationException(result.Error.Message);
    }
}
