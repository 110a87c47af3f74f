namespace NewsBot.Ingestion.Feeds.Dates;

/// <summary>Time-zone names and numeric offsets found at the end of RFC 822-style dates.</summary>
internal static class DateZones
{
    private static readonly Dictionary<string, int> NamedHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["ADT"] = -3,
        ["AST"] = -4,
        ["AT"] = -4,
        ["EDT"] = -4,
        ["EST"] = -5,
        ["ET"] = -5,
        ["CDT"] = -5,
        ["CST"] = -6,
        ["CT"] = -6,
        ["MDT"] = -6,
        ["MST"] = -7,
        ["MT"] = -7,
        ["PDT"] = -7,
        ["PST"] = -8,
        ["PT"] = -8,
        ["AKST"] = -9,
        ["AKDT"] = -8,
        ["HST"] = -10,
        ["BST"] = 1,
        ["MET"] = 1,
        ["CET"] = 1,
        ["MEST"] = 2,
        ["CEST"] = 2,
        ["MESZ"] = 2,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["KST"] = 9,
        ["JST"] = 9,
    };

    /// <summary>Offset for a zone token such as "EST", "+0200", "-01:01", "GMT+1", "Etc/GMT" or a military letter.</summary>
    public static TimeSpan? OffsetOf(string token)
    {
        if (token.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
            token = token[4..];
        if (token[0] is '+' or '-')
            return Numeric(token);
        if (NamedHours.TryGetValue(token, out var hours))
            return TimeSpan.FromHours(hours);
        foreach (var prefix in (ReadOnlySpan<string>)["GMT", "UTC", "UT"])
        {
            if (token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && token[prefix.Length] is '+' or '-')
                return Numeric(token[prefix.Length..]);
        }
        return token.Length == 1 && char.IsAsciiLetter(token[0]) ? Military(char.ToUpperInvariant(token[0])) : null;
    }

    private static TimeSpan? Numeric(string token)
    {
        var digits = token[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is 1 or 3)
            digits = "0" + digits;
        if (digits.Length == 2)
            digits += "00";
        return Iso8601DateParser.TryOffset(token[0] + digits, out var offset) ? offset : null;
    }

    // RFC 822's military zones, with its own (historically inverted) signs, as feed readers apply them.
    private static TimeSpan? Military(char letter) => letter switch
    {
        'Z' => TimeSpan.Zero,
        >= 'A' and <= 'I' => TimeSpan.FromHours(-(letter - 'A' + 1)),
        >= 'K' and <= 'M' => TimeSpan.FromHours(-(letter - 'K' + 10)),
        >= 'N' and <= 'Y' => TimeSpan.FromHours(letter - 'N' + 1),
        _ => null,
    };
}
