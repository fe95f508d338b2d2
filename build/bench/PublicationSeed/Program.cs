using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGov.Publication.Domain.IndexNumbers;
using OpenGov.Publication.Domain.Records;
using OpenGov.Publication.Infrastructure.Persistence;

// Usage: PublicationSeed <connection string> <file with one unit id per line> <records> [report year]
// Spreads the records over the units and over 2024–2025, with Chinese titles and bodies drawn from a fixed
// vocabulary (seeded RNG: every run writes the same text), and prints the record ids of a sample for the load tests.
// With a report year (build/bench/reporting.sh) the records are formed over that year and the one before, and mixed
// the way a county's year looks to the annual report: about 1 in 30 a 行政规范性文件 (some with a 有效期, some repealed
// or expired within the report year), some published redacted, some withheld (依申请公开, 不公开: never published), and
// each publication registered on the portal plus a random choice of the other channels. Without it the draws are
// exactly those of before, so publication.sh keeps seeding the same data.
if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: PublicationSeed <connection string> <unit ids file> <records> [report year]");
    return 2;
}

var units = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(Guid.Parse).ToArray();
var total = int.Parse(args[2]);
int? reportYear = args.Length == 4 ? int.Parse(args[3]) : null;
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var random = new Random(20261123);
var grounds = Enum.GetValues<WithholdingGround>();
string[] subjects = ["教育", "卫生健康", "安全生产", "财政预决算", "城乡建设", "环境保护", "社会保障", "农业农村", "交通运输", "市场监管", "公共文化", "民政"];
string[] actions = ["关于印发", "关于开展", "关于做好", "关于进一步加强", "关于公布", "关于调整", "关于公示"];
string[] objects = ["工作方案", "实施意见", "专项检查", "补助资金分配结果", "重点工作任务", "管理办法", "考核结果", "项目建设情况", "应急预案", "服务指南"];
string[] sentences =
[
    "为深入贯彻落实党中央、国务院决策部署，切实做好相关工作，结合我县实际，制定本方案。",
    "各乡镇人民政府、县直各部门要高度重视，明确责任分工，确保各项任务按时完成。",
    "本年度共安排资金一千二百万元，重点支持基础设施建设和民生保障项目。",
    "对检查中发现的问题，要建立台账，逐项整改，整改情况于月底前报县政府办公室。",
    "群众可通过政府网站、政务服务中心和政府信息公开查阅点查阅相关信息。",
    "本通知自印发之日起施行，由县政府办公室负责解释。",
    "加强组织领导，强化督促检查，对工作不力的单位予以通报批评。",
    "严格落实安全生产责任制，全面排查整治各类风险隐患，坚决遏制重特大事故发生。",
    "进一步优化营商环境，简化审批流程，压缩办理时限，提升群众和企业满意度。",
    "做好义务教育阶段学生资助工作，确保应助尽助，不让一个学生因家庭经济困难而失学。",
];
ReviewStage[] plan = [ReviewStage.Confidentiality, ReviewStage.First, ReviewStage.Second, ReviewStage.Final];

var factory = new PublicationPostgreSqlFactory();
var serials = new Dictionary<(Guid, int), int>();
var watch = Stopwatch.StartNew();
const int Batch = 1000;
for (var done = 0; done < total; done += Batch)
{
    await using var db = factory.Create(args[0]);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = done; i < Math.Min(total, done + Batch); i++)
    {
        var unit = units[i % units.Length];
        var formed = reportYear is { } ry
            ? new DateOnly(ry - 1, 1, 1).AddDays(random.Next(0, new DateOnly(ry, 12, 31).DayNumber - new DateOnly(ry - 1, 1, 1).DayNumber + 1))
            : new DateOnly(2024, 1, 1).AddDays(random.Next(0, 730));
        var key = (unit, formed.Year);
        var serial = serials[key] = serials.GetValueOrDefault(key) + 1;
        var subject = subjects[random.Next(subjects.Length)];
        var title = $"{actions[random.Next(actions.Length)]}{formed.Year}年{subject}{objects[random.Next(objects.Length)]}的通知";
        var body = new StringBuilder("<p>");
        for (var s = 0; s < 8; s++)
        {
            body.Append(sentences[random.Next(sentences.Length)]);
        }

        body.Append("</p>");
        var content = new RecordContent(
            title, $"测政办发〔{formed.Year}〕{serial}号", formed, subject, FiveDisclosureCategory.Execution, DocumentKind.Ordinary,
            DisclosureAttribute.PublishInFull, [], null, body.ToString(), null, [], null, null);
        IReadOnlyList<PublicationChannel> channels = [PublicationChannel.Portal];
        if (reportYear is not null)
        {
            content = Mix(content, random, grounds);
            channels = [PublicationChannel.Portal, .. Enum.GetValues<PublicationChannel>().Where(c => c != PublicationChannel.Portal && random.Next(4) == 0)];
        }

        var at = new DateTimeOffset(formed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        var record = GovernmentRecord.Draft(Guid.NewGuid(), unit, $"U{unit.ToString("N")[..8].ToUpperInvariant()}/{formed.Year}-{serial:00000}", content, null, null, null, at);
        record.SubmitForReview(plan, at);
        foreach (var stage in plan)
        {
            record.Decide(stage, true, null, null, "基准测试", at);
        }

        if (!content.Attribute.IsProactive())
        {
            // 依申请公开 and 不公开 records are never published; they still count in the year's formed figures.
            db.Records.Add(record);
            continue;
        }

        var text = title + "\n" + content.DocumentNumber + "\n" + record.IndexNumber + "\n" + string.Concat(body.ToString().Replace("<p>", "").Replace("</p>", ""));
        var published = record.Publish(plan, channels, null, text, null, "基准测试", at.AddDays(3));
        if (!published.IsSuccess)
        {
            Console.Error.WriteLine(published.Error.Message);
            return 1;
        }

        if (reportYear is { } year && content.Kind == DocumentKind.NormativeDocument && formed.Year < year && content.ValidUntil > today && random.Next(6) == 0)
        {
            // Repealed (or expired) within the report year, after it was formed: the 废止 column and not 现行有效. One whose
            // 有效期 is already over has expired by itself, and the model refuses a further change.
            var on = new DateOnly(year, 1, 1).AddDays(random.Next(0, 365));
            var status = random.Next(3) == 0 ? NormativeStatus.Expired : NormativeStatus.Repealed;
            var changed = record.ChangeNormativeStatus(status, on, "基准测试：废止或失效", null, today, at.AddDays(30));
            if (!changed.IsSuccess)
            {
                Console.Error.WriteLine(changed.Error.Message);
                return 1;
            }
        }

        db.Records.Add(record);
    }

    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
    Console.Error.Write($"\r{Math.Min(total, done + Batch)} records ({watch.Elapsed.TotalSeconds:F0} s)");
}

// Later drafts of these units and years must continue the serials, not collide with them.
await using (var db = factory.Create(args[0]))
{
    foreach (var ((unit, year), last) in serials)
    {
        var sequence = IndexSequence.Start(unit, year);
        for (var n = 0; n < last; n++)
        {
            sequence.Next("");
        }

        db.IndexSequences.Add(sequence);
    }

    await db.SaveChangesAsync();
}

Console.Error.WriteLine($"\nseeded {total} records over {units.Length} units in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

// The report-year mix: the kind, the 有效期 of a 规范性文件, and the disclosure attribute (with its text or grounds).
static RecordContent Mix(RecordContent content, Random random, WithholdingGround[] grounds)
{
    if (random.Next(30) == 0)
    {
        content = content with
        {
            Kind = DocumentKind.NormativeDocument,
            DocumentNumber = content.DocumentNumber!.Replace("测政办发", "测政规", StringComparison.Ordinal),
            ValidFrom = content.FormedOn,
            ValidUntil = random.Next(4) == 0 ? content.FormedOn.AddYears(1) : content.FormedOn.AddYears(5),
        };
    }

    return random.Next(100) switch
    {
        < 4 => content with { Attribute = DisclosureAttribute.PublishRedacted, RedactedBody = "<p>（已删减）</p>", AttributeReason = "涉及个人信息" },
        < 7 => content with { Attribute = DisclosureAttribute.OnRequestOnly, AttributeReason = "仅涉及特定对象" },
        < 9 => content with { Attribute = DisclosureAttribute.NotDisclosed, Grounds = [grounds[random.Next(grounds.Length)]], AttributeReason = "依法不予公开" },
        _ => content,
    };
}
