using System.Globalization;

namespace NewsBot.Engine.Topics;

/// <summary>A topic's accent colour as people write it: a hex RGB like <c>#1f8b4c</c> (the # optional); "none" clears it.</summary>
public static class AccentColor
{
    public const string Example = "#1f8b4c";
    private static readonly string[] None = ["none", "default", "off"];

    /// <param name="color">The colour as 0xRRGGBB; null for "none".</param>
    /// <returns>False, with <paramref name="error"/>, when the text is neither six hex digits nor "none".</returns>
    public static bool TryParse(string text, out int? color, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        color = null;
        error = "";
        var value = text.Trim();
        if (None.Contains(value, StringComparer.OrdinalIgnoreCase))
            return true;
        var digits = value.StartsWith('#') ? value[1..] : value;
        if (digits.Length == 6 && digits.All(char.IsAsciiHexDigit)
            && int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            color = rgb;
            return true;
        }
        error = $"a colour is six hex digits like {Example} (or none), not \"{(value.Length > 20 ? value[..20] + "…" : value)}\"";
        return false;
    }

    /// <summary>"#1f8b4c", or "default" for none.</summary>
    public static string Format(int? color) =>
        color is { } rgb ? "#" + rgb.ToString("x6", CultureInfo.InvariantCulture) : "default";
}
