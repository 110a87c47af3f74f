using System.IO.Compression;
using System.Runtime.CompilerServices;
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

    /// <summary>Calls <paramref name="onLine"/> with every non-empty line, decoded into a reused buffer (no string per line).</summary>
    /// <remarks>Optimised at once: it runs once per process over a million lines, too few calls for tiered JIT to catch up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ForEachLine(string fileName, LineAction onLine)
    {
        using var brotli = Open(fileName);
        using var bytes = new MemoryStream();
        brotli.CopyTo(bytes);
        var all = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        Span<char> buffer = stackalloc char[256];
        while (!all.IsEmpty)
        {
            var end = all.IndexOf((byte)'\n');
            var line = end < 0 ? all : all[..end];
            all = end < 0 ? [] : all[(end + 1)..];
            if (!line.IsEmpty && line.Length <= buffer.Length)
            {
                onLine(buffer[..Encoding.UTF8.GetChars(line, buffer)]);
            }
        }
    }

    private static BrotliStream Open(string fileName)
    {
        var name = "NewsBot.Lexicons." + fileName;
        var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon {name} is missing; run tools/lexicons/build.py.");
        return new BrotliStream(stream, CompressionMode.Decompress);
    }
}
