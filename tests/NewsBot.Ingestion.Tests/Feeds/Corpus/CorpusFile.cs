using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Tests.Feeds.Corpus;

/// <summary>
/// One feedparser test file with the simulated HTTP headers from manifest.json. <see cref="Address"/> is where
/// feedparser's test server served it, moved by a Content-Location header as HTTP says.
/// </summary>
internal sealed partial record CorpusFile(string Path, string FullPath, string? Charset, string? ContentLanguage, Uri Address)
{
    private static readonly Uri TestServer = new("http://127.0.0.1:8097/");

    public static IReadOnlyDictionary<string, CorpusFile> Load(string feedsFolder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(feedsFolder, "manifest.json")));
        var files = new Dictionary<string, CorpusFile>(StringComparer.Ordinal);
        foreach (var record in manifest.RootElement.EnumerateArray())
        {
            var path = record.GetProperty("path").GetString()!;
            string? charset = null, language = null, location = null;
            if (record.GetProperty("headers") is { ValueKind: JsonValueKind.Object } headers)
            {
                foreach (var header in headers.EnumerateObject())
                {
                    if (header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                        charset = CharsetParameter().Match(header.Value.GetString() ?? "") is { Success: true } m ? m.Groups[1].Value : null;
                    else if (header.Name.Equals("Content-Language", StringComparison.OrdinalIgnoreCase))
                        language = header.Value.GetString();
                    else if (header.Name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase))
                        location = header.Value.GetString();
                }
            }
            var served = new Uri(TestServer, path);
            // Like feedparser, a Content-Location that is not a web address (javascript:...) is ignored.
            var address = location is not null && Uri.TryCreate(served, location, out var moved) && moved.Scheme is "http" or "https" ? moved : served;
            files[path] = new CorpusFile(path, System.IO.Path.Combine(feedsFolder, "feedparser", path), charset, language, address);
        }
        return files;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([^"';\s]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
