using System.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// C1 control characters (U+0080–U+009F) in feeds are windows-1252 punctuation read as Latin-1
/// ("don\u0092t"); they are mapped to what the author typed.
/// </summary>
internal static class C1Controls
{
    private static readonly Encoding Windows1252 = Text.CharsetDetector.Lookup("windows-1252")!;

    public static string Map(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') < 0)
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? Decode1252((byte)c) : c;
            }
        });
    }

    private static char Decode1252(byte b)
    {
        Span<char> one = stackalloc char[1];
        Windows1252.GetChars([b], one);
        return one[0];
    }
}
