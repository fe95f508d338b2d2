namespace OpenGov.Reporting.Domain.Validation;

/// <summary>
/// A failed check, naming the table, row label, column and both sides of the equation in Chinese. Hard rules (V1–V8)
/// block publication; soft checks (V-S1..3) are warnings.
/// </summary>
/// <param name="Rule">规则编号（V1–V8、V-S1–V-S3）</param>
/// <param name="Blocking">是否阻止发布（硬性规则）</param>
/// <param name="Table">表（如“三、收到和处理政府信息公开申请情况”）</param>
/// <param name="Row">行标签</param>
/// <param name="Column">列标签</param>
/// <param name="Left">等式左边的值</param>
/// <param name="Right">等式右边的值</param>
/// <param name="Message">说明</param>
public sealed record ReportIssue(string Rule, bool Blocking, string Table, string Row, string Column, decimal? Left, decimal? Right, string Message);
