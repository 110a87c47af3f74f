using System.Buffers;
using System.Net;
using System.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Makes real-world feed markup acceptable to a strict, DTD-less XML reader: removes the XML declaration
/// (the text is already decoded) and any DOCTYPE (so no entity can be declared, let alone expanded),
/// turns HTML named entities into characters and escapes stray ampersands. CDATA and comments are left alone.
/// </summary>
internal static class FeedMarkupRepairer
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("&<");

    public static string Repair(string text, ICollection<string> warnings)
    {
        var output = new Rewriter(text);
        var entities = new DeclaredEntities();
        var i = 0;
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOfAny(Specials);
            if (offset < 0)
                break;
            var at = i + offset;
            i = text[at] == '<' ? RepairMarkup(text, at, output, entities, warnings) : RepairReference(text, at, output, entities);
        }
        return output.Finish();
    }

    private static int RepairMarkup(string text, int at, Rewriter output, DeclaredEntities entities, ICollection<string> warnings)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith("<![CDATA["))
            return SkipPast(text, at, "]]>");
        if (rest.StartsWith("<!--"))
            return SkipPast(text, at, "-->");
        if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            var end = DoctypeEnd(text, at);
            entities.ReadDeclarations(text.AsSpan(at, end - at));
            output.Replace(at, end, "");
            warnings.Add("DOCTYPE removed: declared entities and external DTDs are never processed.");
            return end;
        }
        if (rest.StartsWith("<?xml") && rest.Length > 5 && (char.IsWhiteSpace(rest[5]) || rest[5] == '?'))
        {
            var end = SkipPast(text, at, "?>");
            output.Replace(at, end, "");
            return end;
        }
        return at + 1;
    }

    private static int RepairReference(string text, int at, Rewriter output, DeclaredEntities entities)
    {
        var semicolon = text.IndexOf(';', at + 1, Math.Min(34, text.Length - at - 1));
        var name = semicolon > 0 ? text.AsSpan(at + 1, semicolon - at - 1) : [];
        if (name.Length > 1 && name[0] == '#')
            return RepairCharacterReference(text, at, semicolon, name[1..], output);
        if (IsName(name))
        {
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                return semicolon + 1;
            var entity = string.Concat("&", name, ";");
            var decoded = entities.Expand(name) ?? WebUtility.HtmlDecode(entity);
            output.Replace(at, semicolon + 1, decoded == entity ? "&amp;" + entity[1..] : decoded);
            return semicolon + 1;
        }
        output.Replace(at, at + 1, "&amp;");
        return at + 1;
    }

    private static int RepairCharacterReference(string text, int at, int semicolon, ReadOnlySpan<char> number, Rewriter output)
    {
        var hex = number.Length > 1 && number[0] is 'x' or 'X';
        var digits = hex ? number[1..] : number;
        var needsRewrite = number[0] == 'X';
        var valid = int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var codePoint);
        if (!valid)
        {
            output.Replace(at, at + 1, "&amp;");
            return at + 1;
        }
        if (codePoint is 0 or > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            output.Replace(at, semicolon + 1, "\uFFFD");
        else if (codePoint is >= 0x80 and <= 0x9F)
            output.Replace(at, semicolon + 1, C1Controls.Map(((char)codePoint).ToString()));
        else if (needsRewrite)
            output.Replace(at, semicolon + 1, char.ConvertFromUtf32(codePoint));
        return semicolon + 1;
    }

    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(AsciiNameChars);

    private static readonly SearchValues<char> AsciiNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static int SkipPast(string text, int at, string terminator)
    {
        var end = text.IndexOf(terminator, at, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    // A DOCTYPE ends at the first '>' outside quotes and outside its internal subset.
    private static int DoctypeEnd(string text, int at)
    {
        var depth = 0;
        for (var i = at + 2; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    var close = text.IndexOf(text[i], i + 1);
                    if (close < 0)
                        return text.Length;
                    i = close;
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
    private sealed class Rewriter(string source)
    {
        private StringBuilder? builder;
        private int copied;

        public void Replace(int start, int end, string replacement)
        {
            builder ??= new StringBuilder(source.Length + 64);
            builder.Append(source, copied, start - copied).Append(replacement);
            copied = end;
        }

        public string Finish() => builder is null ? source : builder.Append(source, copied, source.Length - copied).ToString();
    }
}
