namespace OpenGov.Requests.Application.Letters;

/// <summary>A reply letter ready to print or to edit: plain text, paragraphs separated by "\n".</summary>
/// <param name="Title">标题，如“政府信息公开申请答复告知书”</param>
/// <param name="Body">正文：称谓、受理情况、答复决定、说明、救济途径、落款单位和日期，每段一行</param>
public sealed record ReplyLetterDraft(string Title, string Body);
