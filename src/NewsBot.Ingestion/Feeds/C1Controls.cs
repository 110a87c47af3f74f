using System.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// C1 control characters (U+0080–U+009F) in feeds are windows-1252 punctuation read as Latin-1
/// ("don\u0092t"); they are mapped to what the author typed.
/// </summary>
internal static class C1Controls
{
    private static readonly Encoding Windows1252 = Text.CharsetDetector.Lookup("windows-1252")!;

    public static void MapInPlace(Span<char> text)
    {
        var next = text.IndexOfAnyInRange('\u0080', '\u009F');
        while (next >= 0)
        {
            text[next] = Map(text[next]);
            var rest = text[(next + 1)..].IndexOfAnyInRange('\u0080', '\u009F');
            next = rest < 0 ? -1 : next + 1 + rest;
        }
    }

    public static char Map(char c)
    {
        if (c is < '\u0080' or > '\u009F')
            return c;
        Span<char> one = stackalloc char[1];
        Windows1252.GetChars([(byte)c], one);
        return one[0];
    }
}
