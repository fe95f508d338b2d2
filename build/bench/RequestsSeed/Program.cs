using System.Diagnostics;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;
using OpenGov.Requests.Infrastructure.Persistence;

// Usage: RequestsSeed <connection string> <file with one unit id per line> <requests> <today yyyy-MM-dd>
// Spreads the requests over the units and the five years before today (seeded RNG: every run writes the same data).
// Requests of the last two months are partly still open, so the due-soon list has work; about 1 in 50 has a review
// or litigation case.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: RequestsSeed <connection string> <unit ids file> <requests> <today>");
    return 2;
}

var units = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(Guid.Parse).ToArray();
var total = int.Parse(args[2]);
var today = DateOnly.Parse(args[3]);
var first = new DateOnly(today.Year - 4, 1, 1);
var lastReceipt = today.AddDays(-1);
var random = new Random(20261206);
var periods = new RequestPeriods();
var days = new SeedWorkdays();
var outcomes = Enum.GetValues<RequestOutcome>().Where(o => o is not (RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid or RequestOutcome.UnableUnclear)).ToArray();
var kinds = Enum.GetValues<ApplicantKind>();
string[] topics = ["2025年度财政预算执行情况", "某小区规划许可证及附图", "征地补偿安置方案", "学校食堂检查结果", "道路改造项目招标文件", "低保资格认定名单", "环境影响评价报告", "企业行政处罚决定书"];

var factory = new RequestsPostgreSqlFactory();
var watch = Stopwatch.StartNew();
const int Batch = 1000;
var open = 0;
var cases = 0;
for (var done = 0; done < total; done += Batch)
{
    await using var db = factory.Create(args[0]);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = done; i < Math.Min(total, done + Batch); i++)
    {
        var unit = units[random.Next(units.Length)];
        var received = first.AddDays(random.Next(0, lastReceipt.DayNumber - first.DayNumber + 1));
        var now = new DateTimeOffset(received.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var kind = random.Next(10) < 7 ? ApplicantKind.NaturalPerson : kinds[random.Next(kinds.Length)];
        var applicant = new Applicant
        {
            Kind = kind, Name = $"申请人{random.Next(20000)}", IdentityDocument = $"证件{random.Next(1_000_000)}", ContactPerson = kind == ApplicantKind.NaturalPerson ? null : "联系人",
            Phone = "13800000000",
        };
        var request = DisclosureRequest.Register(new RegistrationFacts(
            Guid.NewGuid(), unit, IntakeChannel.InPerson, received, null, applicant, topics[random.Next(topics.Length)], DeliveryForm.Paper, null,
            Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            true, "基准", today, now), periods, days).Value;
        var recent = today.DayNumber - received.DayNumber < 45;
        if (!recent || random.Next(10) < 4)
        {
            var by = new Actor("基准", today, now);
            var replied = DateOnly.FromDayNumber(Math.Min(today.DayNumber, received.DayNumber + random.Next(1, 30)));
            var outcome = outcomes[random.Next(outcomes.Length)];
            Check(request.Decide(outcome, replied, "说明", "政府信息公开申请答复告知书", "正文", by));
            Check(request.Reply(replied, by));
        }
        else
        {
            open++;
        }

        db.Requests.Add(request);
        if (random.Next(50) == 0)
        {
            var filed = DateOnly.FromDayNumber(Math.Min(today.DayNumber, received.DayNumber + 40));
            var litigation = random.Next(2) == 0;
            var remedy = RemedyCase.Record(unit, null, litigation ? RemedyKind.Litigation : RemedyKind.Reconsideration, litigation && random.Next(2) == 0,
                $"案号{i}", litigation ? "县人民法院" : "县人民政府", filed, null, today, now).Value;
            var concluded = DateOnly.FromDayNumber(Math.Min(today.DayNumber, filed.DayNumber + random.Next(30, 200)));
            if (concluded < today)
            {
                Check(remedy.Conclude((RemedyResult)random.Next(1, 4), concluded, null, today));
            }

            db.RemedyCases.Add(remedy);
            cases++;
        }
    }

    await db.SaveChangesAsync();
}

Console.Error.WriteLine($"seeded {total} requests ({open} open) and {cases} review/litigation cases over {units.Length} units in {watch.Elapsed.TotalSeconds:0.0} s");
return 0;

static void Check(Result result)
{
    if (!result.IsSuccess)
    {
        throw new InvalidOperationException(result.Error.Message);
    }
}

/// <summary>
/// The official calendar; the oldest seeded year precedes the built-in notices (2023–2026), and for that synthetic data
/// alone Monday–Friday stands in — the application itself never guesses a year.
/// </summary>
internal sealed class SeedWorkdays : IWorkdays
{
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        for (var n = 0; n < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                n++;
            }
        }

        return day;
    }

    private static bool IsWorkingDay(DateOnly day) => WorkingCalendar.Official.Covers(day)
        ? WorkingCalendar.Official.IsWorkingDay(day)
        : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        WorkingCalendar.Official.Covers(from) && WorkingCalendar.Official.Covers(to) ? WorkingCalendar.Official.WorkingDaysBetween(from, to) : 0;
}
