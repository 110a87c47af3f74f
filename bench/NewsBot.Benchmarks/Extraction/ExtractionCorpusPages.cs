using System.IO.Compression;
using System.Text.Json;

namespace NewsBot.Benchmarks.Extraction;

/// <summary>
/// Loads the article-extraction-benchmark pages from ../shared/data/extraction (beside the repository, searched upwards
/// from the working and the build folder, or NEWSBOT_EXTRACTION_DATA): evaluation data is never copied into the repository.
/// </summary>
public static class ExtractionCorpusPages
{
    public static IReadOnlyList<BenchmarkPage> Load()
    {
        var folder = FindFolder()
            ?? throw new InvalidOperationException(
                "The extraction corpus was not found: expected ../shared/data/extraction (with ground-truth.json and html/*.html.gz) "
                + "beside the repository, or a folder in NEWSBOT_EXTRACTION_DATA.");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var url = page.Value.GetProperty("url").GetString() ?? "http://example.invalid/";
            pages.Add(new BenchmarkPage(ReadGzip(Path.Combine(folder, "html", page.Name + ".html.gz")), new Uri(url)));
        }

        return pages;
    }

    private static string? FindFolder()
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_EXTRACTION_DATA") is { Length: > 0 } given)
        {
            return File.Exists(Path.Combine(given, "ground-truth.json")) ? given : null;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "extraction");
                if (File.Exists(Path.Combine(candidate, "ground-truth.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
