using System.ComponentModel;
using System.Globalization;

namespace NewsBot.Cli.Settings;

/// <summary>Says, in the user's terms, why a settings value cannot become the type its setting needs.</summary>
internal static class ValueProblems
{
    /// <summary>Null when the value converts (with the converter the configuration binder itself uses).</summary>
    public static string? Describe(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object))
            return null;
        if (Converts(value, target))
            return null;
        return $"\"{value}\" {Expectation(target)}";
    }

    private static bool Converts(string value, Type target)
    {
        try
        {
            var converter = TypeDescriptor.GetConverter(target);
            return converter.CanConvertFrom(typeof(string)) && converter.ConvertFromString(null, CultureInfo.InvariantCulture, value) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    private static string Expectation(Type target) => target switch
    {
        _ when target == typeof(int) || target == typeof(long) || target == typeof(short) => "is not a whole number",
        _ when target == typeof(double) || target == typeof(float) || target == typeof(decimal) => "is not a number",
        _ when target == typeof(bool) => "is not true or false",
        _ when target == typeof(TimeSpan) => "is not a duration (hh:mm:ss)",
        _ when target == typeof(Uri) => "is not an address",
        _ when target.IsEnum => $"is not one of {string.Join(", ", Enum.GetNames(target))}",
        _ => $"cannot be read as {target.Name}",
    };
}
