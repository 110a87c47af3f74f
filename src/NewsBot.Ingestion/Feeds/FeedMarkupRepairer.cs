using System.Buffers;
using System.Globalization;
using System.Net;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Makes real-world feed markup acceptable to a strict, DTD-less XML reader: removes the XML declaration
/// (the text is already decoded) and any DOCTYPE (so no entity can be declared, let alone expanded),
/// turns HTML named entities into characters and escapes stray ampersands. CDATA and comments are left alone.
/// </summary>
internal static class FeedMarkupRepairer
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("&<");
    private static readonly SearchValues<char> AsciiNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The repaired markup, or null when <paramref name="text"/> needed no repair (the common case: no copy).</summary>
    public static PooledChars? Repair(ReadOnlySpan<char> text, ICollection<string> warnings)
    {
        var output = new Rewriter(text.Length);
        var entities = new DeclaredEntities();
        var i = 0;
        while (i < text.Length)
        {
            var offset = text[i..].IndexOfAny(Specials);
            if (offset < 0)
                break;
            var at = i + offset;
            i = text[at] == '<' ? RepairMarkup(text, at, output, entities, warnings) : RepairReference(text, at, output, entities);
        }
        return output.Finish(text);
    }

    private static int RepairMarkup(ReadOnlySpan<char> text, int at, Rewriter output, DeclaredEntities entities, ICollection<string> warnings)
    {
        var rest = text[at..];
        if (rest.StartsWith("<![CDATA["))
            return SkipPast(text, at, "]]>");
        if (rest.StartsWith("<!--"))
            return SkipPast(text, at, "-->");
        if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            var end = DoctypeEnd(text, at);
            entities.ReadDeclarations(text[at..end]);
            output.Replace(text, at, end, "");
            warnings.Add("DOCTYPE removed: declared entities and external DTDs are never processed.");
            return end;
        }
        if (rest.StartsWith("<?xml") && rest.Length > 5 && (char.IsWhiteSpace(rest[5]) || rest[5] == '?'))
        {
            var end = SkipPast(text, at, "?>");
            output.Replace(text, at, end, "");
            return end;
        }
        return at + 1;
    }

    private static int RepairReference(ReadOnlySpan<char> text, int at, Rewriter output, DeclaredEntities entities)
    {
        var window = text.Slice(at + 1, Math.Min(34, text.Length - at - 1));
        var length = window.IndexOf(';');
        var name = length > 0 ? window[..length] : [];
        var end = at + 1 + length + 1;
        if (name.Length > 1 && name[0] == '#')
            return RepairCharacterReference(text, at, end, name[1..], output);
        if (IsName(name))
        {
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                return end;
            var entity = string.Concat("&", name, ";");
            var decoded = entities.Expand(name) ?? WebUtility.HtmlDecode(entity);
            output.Replace(text, at, end, decoded == entity ? "&amp;" + entity[1..] : decoded);
            return end;
        }
        output.Replace(text, at, at + 1, "&amp;");
        return at + 1;
    }

    private static int RepairCharacterReference(ReadOnlySpan<char> text, int at, int end, ReadOnlySpan<char> number, Rewriter output)
    {
        var hex = number.Length > 1 && number[0] is 'x' or 'X';
        var valid = int.TryParse(hex ? number[1..] : number, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None,
            CultureInfo.InvariantCulture, out var codePoint);
        if (!valid)
        {
            output.Replace(text, at, at + 1, "&amp;");
            return at + 1;
        }
        if (codePoint is 0 or > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            output.Replace(text, at, end, "\uFFFD");
        else if (codePoint is >= 0x80 and <= 0x9F)
            output.Replace(text, at, end, C1Controls.Map((char)codePoint).ToString());
        else if (number[0] == 'X')
            output.Replace(text, at, end, char.ConvertFromUtf32(codePoint));
        return end;
    }

    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(AsciiNameChars);

    private static int SkipPast(ReadOnlySpan<char> text, int at, string terminator)
    {
        var end = text[at..].IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? text.Length : at + end + terminator.Length;
    }

    // A DOCTYPE ends at the first '>' outside quotes and outside its internal subset.
    private static int DoctypeEnd(ReadOnlySpan<char> text, int at)
    {
        var depth = 0;
        for (var i = at + 2; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    var close = text[(i + 1)..].IndexOf(text[i]);
                    if (close < 0)
                        return text.Length;
                    i += 1 + close;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '>' when depth == 0:
                    return i + 1;
            }
        }
        return text.Length;
    }

    /// <summary>Copies the source lazily: an untouched document costs no copy.</summary>
    private sealed class Rewriter(int sourceLength)
    {
        private PooledChars? output;
        private int copied;

        public void Replace(ReadOnlySpan<char> source, int start, int end, string replacement)
        {
            output ??= new PooledChars(sourceLength + 256);
            output.Append(source[copied..start]).Append(replacement);
            copied = end;
        }

        public PooledChars? Finish(ReadOnlySpan<char> source) => output?.Append(source[copied..]);
    }
}
