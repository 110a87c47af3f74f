using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>Small pieces shared by the terminal renderings.</summary>
internal static class TextRendering
{
    public static string QuoteLine(Quote quote)
    {
        var who = quote.Speaker is null ? "unattributed"
            : quote.SpeakerRole is null ? quote.Speaker
            : $"{quote.Speaker}, {quote.SpeakerRole}";
        // News style ends a quote that continues into its attribution with a comma; shown alone, the comma is noise.
        return $"“{quote.DisplayText}” — {who}";
    }

    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "time unknown";

    public static void WriteHighlights(TextWriter output, QuoteAnalysis analysis, string indent)
    {
        var key = analysis.KeyQuotes.ToList();
        foreach (var quote in key)
            output.WriteLine($"{indent}{QuoteLine(quote)}");
        if (key.Count >= 2)
            return;
        foreach (var sentence in analysis.KeySentences)
            output.WriteLine($"{indent}• {sentence}");
        if (key.Count == 0 && analysis.KeySentences.Count == 0)
            output.WriteLine($"{indent}(no quotes or key sentences found)");
    }

    /// <summary>Title, then outlet · byline · time (and any extra details), then the address.</summary>
    public static void WriteArticleHeader(TextWriter output, ExtractedArticle article, params string?[] extraDetails)
    {
        var meta = article.Metadata;
        output.WriteLine(meta.Title ?? "(untitled)");
        var details = new[] { meta.SiteName, meta.Byline, meta.Published is null ? null : Time(meta.Published) }
            .Concat(extraDetails)
            .Where(d => !string.IsNullOrWhiteSpace(d));
        var line = string.Join(" · ", details);
        if (line.Length > 0)
            output.WriteLine(line);
        if (article.Url is not null)
            output.WriteLine(article.Url);
    }
}
