using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// A temporary folder laid out like the repository beside ../shared/data, with one invented wcxb-dev page and one
/// invented trafilatura-eval page, and an additions file annotating them.
/// </summary>
internal sealed class InventedNewsSet : IDisposable
{
    public const string WcxbTitle = "Ferry timetable doubles";
    public const string WcxbBody = "“The ferry will run every hour,” said Lena Brandt.\n\nCritics called it a “gamble.”";
    public const string PageHtml =
        "<html><head><title>Site | Hafen</title></head><body><h1>Neuer  Hafen</h1><nav><p> </p></nav>" +
        "<p>„Wir bauen  ab Mai“, sagte Ada Holm.</p><p>Der 𝔐olo wartet.</p></body></html>";

    public InventedNewsSet()
    {
        Root = Path.Combine(Path.GetTempPath(), "newsbot-newsset-" + Guid.NewGuid().ToString("N"));
        DataFolder = Path.Combine(Root, "shared", "data");
        var wcxb = Directory.CreateDirectory(Path.Combine(DataFolder, "wcxb-dev"));
        File.WriteAllText(Path.Combine(wcxb.FullName, "ground-truth.json"),
            JsonSerializer.Serialize(new Dictionary<string, object> { ["0007"] = new { title = WcxbTitle, articleBody = WcxbBody, page_type = "article" } }));
        var html = Directory.CreateDirectory(Path.Combine(DataFolder, "trafilatura-eval", "html"));
        using (var gzip = new GZipStream(File.Create(Path.Combine(html.FullName, "0042.html.gz")), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(PageHtml));
        AdditionsPath = Path.Combine(Directory.CreateDirectory(Path.Combine(Root, "repo", "eval", "news-quotes")).FullName, "additions.jsonl");
    }

    public string Root { get; }

    public string DataFolder { get; }

    public string AdditionsPath { get; }

    /// <summary>Writes the additions file: one English article from wcxb-dev and one German from trafilatura-eval.</summary>
    public void WriteAdditions(string? wrongSha1 = null)
    {
        var english = new NewsAddition("inv-en", "en", "tune", "Harbour Gazette", "wcxb-dev:0007", null,
        [
            Quote(WcxbTitle + "\n\n" + WcxbBody, "The ferry will run every hour,", "Lena Brandt", "key", wrongSha1),
            Quote(WcxbTitle + "\n\n" + WcxbBody, "gamble.", null, "not_a_quote"),
        ]);
        var german = new NewsAddition("inv-de", "de", "check", "Hafenblatt", "trafilatura-eval:0042", null,
            [Quote(PageParagraphText.From(PageHtml), "Wir bauen ab Mai", "Ada Holm", "key")]);
        File.WriteAllLines(AdditionsPath, [JsonSerializer.Serialize(english), JsonSerializer.Serialize(german)]);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static NewsAdditionQuote Quote(string text, string quote, string? speaker, string kind, string? sha1 = null)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var codePointStart = text[..start].EnumerateRunes().Count();
        return new NewsAdditionQuote(codePointStart, codePointStart + quote.EnumerateRunes().Count(), sha1 ?? NewsSetLoader.Sha1Prefix(quote), speaker, kind);
    }
}
