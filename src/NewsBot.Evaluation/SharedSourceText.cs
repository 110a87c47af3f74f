using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// The text of a page of ../shared/data named by a news-set source: <c>wcxb-dev:ID</c> is the benchmark's true text
/// (title, a blank line, articleBody); <c>trafilatura-eval:ID</c> is <see cref="PageParagraphText"/> of the page;
/// <c>metadata:NAME</c> is <see cref="PageParagraphText"/> of Readability's test page pages/NAME/source.html;
/// <c>extraction:ID</c> is <see cref="PageParagraphText"/> of extraction/html/ID.html.gz (its truth has no title).
/// </summary>
public sealed class SharedSourceText(string dataFolder)
{
    private readonly Lazy<Dictionary<string, string>> _wcxbTexts = new(() => ReadWcxbTexts(dataFolder));

    public string Read(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var (corpus, id) = colon < 0 ? (source, "") : (source[..colon], source[(colon + 1)..]);
        return corpus switch
        {
            "wcxb-dev" => Wcxb(id),
            "trafilatura-eval" or "extraction" => PageParagraphText.From(ReadGzip(Path.Combine(dataFolder, corpus, "html", id + ".html.gz"))),
            "metadata" => PageParagraphText.From(ReadPlain(Path.Combine(dataFolder, corpus, "pages", id, "source.html"))),
            _ => throw new InvalidDataException($"source {source}: expected wcxb-dev:ID, trafilatura-eval:ID, extraction:ID or metadata:NAME"),
        };
    }

    private string Wcxb(string id) =>
        _wcxbTexts.Value.TryGetValue(id, out var text) ? text : throw new InvalidDataException($"wcxb-dev has no page {id}");

    private static Dictionary<string, string> ReadWcxbTexts(string dataFolder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataFolder, "wcxb-dev", ExtractionEvaluation.TruthFile)));
        return truth.RootElement.EnumerateObject().ToDictionary(
            page => page.Name,
            page => StringOf(page.Value, "title") + "\n\n" + StringOf(page.Value, "articleBody"),
            StringComparer.Ordinal);
    }

    private static string StringOf(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static string ReadPlain(string path) =>
        File.Exists(path) ? File.ReadAllText(path, new UTF8Encoding(false, false)) : throw new FileNotFoundException($"{path} not found", path);

    private static string ReadGzip(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} not found", path);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
