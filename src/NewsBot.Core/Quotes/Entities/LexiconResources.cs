using System.IO.Compression;
using System.Text;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>Reads the Brotli-compressed lexicon files embedded in this assembly, line by line.</summary>
internal static class LexiconResources
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "NewsBot.Lexicons." + fileName;
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon {name} is missing; run tools/lexicons/build.py.");
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
