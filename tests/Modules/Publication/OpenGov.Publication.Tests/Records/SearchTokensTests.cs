using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Tests.Records;

public sealed class SearchTokensTests
{
    private const string Text = "关于印发《2026年安全生产工作要点》的通知 测政办发〔2026〕12号 COVID-19";

    [Fact]
    public void Text_gives_every_bigram_of_chinese_runs_and_lower_case_ascii_words_once()
    {
        var tokens = SearchTokens.ForText(Text + " 安全生产");
        Assert.Contains("安全", tokens);
        Assert.Contains("生产", tokens);
        Assert.Contains("全生", tokens);
        Assert.Contains("关于", tokens);
        Assert.Contains("2026", tokens);
        Assert.Contains("covid", tokens);
        Assert.Contains("19", tokens);
        Assert.DoesNotContain("》的", tokens);
        Assert.Equal(tokens.Length, tokens.Distinct().Count());
    }

    [Theory]
    [InlineData("安全生产")]
    [InlineData("通知")]
    [InlineData("〔2026〕12号")]
    [InlineData("2026年安全")]
    [InlineData("6年安全")]
    [InlineData("发〔202")]
    [InlineData("covid-1")]
    public void Every_token_a_query_requires_is_in_a_text_that_contains_the_query(string query)
    {
        Assert.Contains(query.ToLowerInvariant(), Text.ToLowerInvariant());
        var text = SearchTokens.ForText(Text);
        var required = SearchTokens.ForQuery(query);
        Assert.NotNull(required);
        Assert.All(required.Bigrams, b => Assert.Contains(b, text));
        Assert.All(required.Words, w => Assert.Contains(w, text));
        Assert.All(required.Prefixes, p => Assert.Contains(text, t => t.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_word_that_may_be_the_tail_of_a_longer_word_requires_nothing()
    {
        // "026" may end "2026": the query cannot tell, so it must not demand a word starting with "026".
        var required = SearchTokens.ForQuery("026年安全");
        Assert.NotNull(required);
        Assert.Empty(required.Words);
        Assert.Empty(required.Prefixes);
        Assert.Equal(["安全", "年安"], required.Bigrams.Order());
    }

    [Theory]
    [InlineData("税")]
    [InlineData("《》")]
    [InlineData("2026")]
    [InlineData("Covid")]
    public void A_query_with_nothing_certain_is_left_to_the_substring_scan(string query) =>
        Assert.Null(SearchTokens.ForQuery(query));
}
