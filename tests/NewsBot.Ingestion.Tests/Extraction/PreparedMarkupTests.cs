using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class PreparedMarkupTests
{
    [Fact]
    public void From_StringWithinEveryCap_IsTheSameString()
    {
        var html = "<html><body><p>The Larkspur ferry runs again.</p></body></html>";

        var prepared = PreparedMarkup.From(html);

        Assert.Same(html, prepared.Html);
        Assert.Null(prepared.CutReason);
    }

    [Fact]
    public void From_CharactersOverTheLengthCap_CutAtTheCapAndSaysSo()
    {
        var html = "<html><body><p>" + new string('a', ExtractionLimits.MaxHtmlChars);

        var fromChars = PreparedMarkup.From(html.AsSpan());

        Assert.Equal(ExtractionLimits.MaxHtmlChars, fromChars.Html.Length);
        Assert.Equal(ArticleCompleteness.TooLongReason, fromChars.CutReason);
        Assert.Equal(PreparedMarkup.From(html), fromChars);
    }

    [Fact]
    public void From_OverTheCapWithUnreadAttributes_KeepsTheEndWithNoCut()
    {
        var card = "<div data-tracking=\"" + new string('x', 1_000) + "\"><p>Fernhill boots</p></div>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(card, ExtractionLimits.MaxHtmlChars / card.Length + 10))
            + "<p>The Fernhill closing note.</p></body></html>";

        var prepared = PreparedMarkup.From(html.AsSpan());

        Assert.Null(prepared.CutReason);
        Assert.Contains("The Fernhill closing note.", prepared.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tracking", prepared.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void From_OverTheCapEvenWithoutUnreadAttributes_CutAtTheCapAndSaysSo()
    {
        var card = "<div data-tracking=\"x\"><p>" + new string('a', 1_000) + "</p></div>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(card, ExtractionLimits.MaxHtmlChars / card.Length + 100));

        var prepared = PreparedMarkup.From(html);

        Assert.Equal(ExtractionLimits.MaxHtmlChars, prepared.Html.Length);
        Assert.Equal(ArticleCompleteness.TooLongReason, prepared.CutReason);
    }

    [Fact]
    public void From_TinyNestedListsOverTheElementBudget_OnlyTheKeptStartBecomesAString()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<ul><li>a<ul><li>b</li></ul></li></ul>", 40_000));

        var prepared = PreparedMarkup.From(html.AsSpan());

        Assert.Equal(ArticleCompleteness.TooManyElementsReason, prepared.CutReason);
        Assert.Equal(html[..ElementBudget.CutAt(html)!.Value], prepared.Html);
        Assert.True(prepared.Html.Length < html.Length / 2, $"{prepared.Html.Length:N0} of {html.Length:N0} characters kept");
    }

    [Fact]
    public void From_BinaryCharacters_NotTextWithNoMarkup()
    {
        var prepared = PreparedMarkup.From(new string('\u0001', 1_000).AsSpan());

        Assert.Equal("", prepared.Html);
        Assert.StartsWith("the input is not text", prepared.NotTextReason, StringComparison.Ordinal);
    }
}
