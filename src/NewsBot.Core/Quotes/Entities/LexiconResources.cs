using System.Text;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Reads the lexicon files embedded in this assembly. The repository keeps them Brotli-compressed; the build embeds them
/// decompressed (NewsBot.Core.csproj), so reading one is a copy out of the loaded assembly, not a decompression.
/// </summary>
internal static class LexiconResources
{
    public static IEnumerable<string> Lines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>A whole file, in an array of its exact size.</summary>
    public static byte[] Bytes(string fileName)
    {
        using var stream = Open(fileName);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream Open(string fileName)
    {
        var name = "NewsBot.Lexicons." + fileName;
        return typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon {name} is missing; run tools/lexicons/build.py.");
    }
}
