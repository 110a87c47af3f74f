using System.IO.Compression;
using System.Text;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>Reads the Brotli-compressed lexicon files embedded in this assembly, line by line.</summary>
internal static class LexiconResources
{
    public static IEnumerable<string> Lines(string fileName)
    {
        using var brotli = Open(fileName);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>A whole file, decompressed into an array of its exact size.</summary>
    public static byte[] Bytes(string fileName)
    {
        using var brotli = Open(fileName);
        using var bytes = new MemoryStream();
        brotli.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static BrotliStream Open(string fileName)
    {
        var name = "NewsBot.Lexicons." + fileName;
        var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon {name} is missing; run tools/lexicons/build.py.");
        return new BrotliStream(stream, CompressionMode.Decompress);
    }
}
