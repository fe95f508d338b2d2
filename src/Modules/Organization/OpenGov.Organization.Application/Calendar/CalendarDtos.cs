namespace OpenGov.Organization.Application.Calendar;

/// <summary>一年的节假日安排</summary>
/// <param name="Year">年份</param>
/// <param name="NoticeTitle">通知标题，如“国务院办公厅关于2026年部分节假日安排的通知”</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="Text">安排明细，每行一条：“2026 off 2026-02-15..2026-02-23”（放假）或“2026 work 2026-02-14”（调休上班）</param>
/// <param name="Spans">解析后的放假区间和调休上班日</param>
/// <param name="ChangeReason">最近一次修改的原因</param>
/// <param name="UpdatedAt">最近修改时间</param>
/// <param name="Version">版本号</param>
public sealed record CalendarYearDto(
    int Year, string NoticeTitle, string? DocumentNumber, string Text, IReadOnlyList<CalendarSpanDto> Spans, string? ChangeReason,
    DateTimeOffset UpdatedAt, int Version);

/// <summary>放假区间或调休上班日</summary>
/// <param name="Kind">off 放假，work 调休上班</param>
/// <param name="Start">开始日期</param>
/// <param name="End">结束日期（含）</param>
/// <param name="HolidayName">节日名称</param>
public sealed record CalendarSpanDto(string Kind, DateOnly Start, DateOnly End, string? HolidayName);

/// <summary>本县对某一日期的调整</summary>
/// <param name="Id">编号</param>
/// <param name="Date">日期</param>
/// <param name="IsWorkingDay">调整后是否为工作日</param>
/// <param name="Reason">调整原因（如本地规定的放假）</param>
/// <param name="CreatedAt">录入时间</param>
public sealed record CalendarAdjustmentDto(Guid Id, DateOnly Date, bool IsWorkingDay, string Reason, DateTimeOffset CreatedAt);

/// <summary>工作日计算结果</summary>
/// <param name="From">起算日（不计入）</param>
/// <param name="Days">工作日数</param>
/// <param name="Date">第 N 个工作日的日期</param>
/// <param name="SkippedRestDays">期间跳过的休息日</param>
public sealed record AddWorkingDaysResult(DateOnly From, int Days, DateOnly Date, IReadOnlyList<DateOnly> SkippedRestDays);

/// <summary>两日期之间的工作日数</summary>
/// <param name="From">开始日期（不计入）</param>
/// <param name="To">结束日期（计入）</param>
/// <param name="WorkingDays">工作日数</param>
public sealed record WorkingDaysBetweenResult(DateOnly From, DateOnly To, int WorkingDays);

/// <summary>某日是否为工作日</summary>
/// <param name="Date">日期</param>
/// <param name="IsWorkingDay">是否为工作日</param>
/// <param name="Reason">原因：工作日、周末、法定节假日（节日名称）、调休上班、本县调整</param>
public sealed record WorkingDayInfo(DateOnly Date, bool IsWorkingDay, string Reason);
