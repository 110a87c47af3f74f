using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Picks the encoding of a downloaded document: byte-order mark first, then the HTTP header,
/// then the XML declaration or HTML meta tag, else UTF-8. Legacy code pages are registered once.
/// </summary>
public static partial class CharsetDetector
{
    internal const int SniffBytes = 2048;

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (FromByteOrderMark(body) is { } bom)
            return bom;
        if (Lookup(headerCharset) is { } header)
            return header;
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var declared = XmlDeclaration().Match(head) is { Success: true } xml ? xml.Groups[1].Value
            : MetaCharset().Match(head) is { Success: true } meta ? meta.Groups[1].Value
            : null;
        return Lookup(declared) ?? new UTF8Encoding(false);
    }

    /// <summary>Decodes a body with <see cref="Detect"/>, skipping the byte-order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = Detect(body, headerCharset);
        var preamble = encoding.Preamble;
        if (preamble.Length > 0 && body.StartsWith(preamble))
            body = body[preamble.Length..];
        return encoding.GetString(body);
    }

    public static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var trimmed = name.Trim().Trim('"', '\'');
        // Servers that say latin-1 almost always mean windows-1252 (as browsers assume).
        if (trimmed.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("latin1", StringComparison.OrdinalIgnoreCase))
            trimmed = "windows-1252";
        try
        {
            var encoding = Encoding.GetEncoding(trimmed);
            // A UTF-16 declaration in a document without a BOM is almost always a lie told by an ASCII-compatible body.
            return encoding is UnicodeEncoding ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a name .NET knows but refuses (UTF-7 is disabled for safety); read as if undeclared.
            return null;
        }
    }

    /// <summary>The encoding named by a byte-order mark, or null when there is none.</summary>
    public static Encoding? FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(true),
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(false, true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(true, true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(true, true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(false, true),
        _ => null,
    };

    /// <summary>The encoding named in the XML declaration, if any.</summary>
    public static string? XmlDeclaredCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        return XmlDeclaration().Match(head) is { Success: true } xml ? xml.Groups[1].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
