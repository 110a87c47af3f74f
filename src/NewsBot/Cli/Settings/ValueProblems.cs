using System.Text.RegularExpressions;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.Cli.Settings;

/// <summary>Says, in the user's terms, why a settings value cannot become the type the binder named.</summary>
internal static partial class ValueProblems
{
    // The enums settings use, by the name the binder's message gives them; an enum missing here is still reported,
    // without the list of accepted names.
    private static readonly Dictionary<string, string[]> EnumNames = new(StringComparer.Ordinal)
    {
        [typeof(InteractionsMode).FullName!] = Enum.GetNames<InteractionsMode>(),
        [typeof(DigestLayout).FullName!] = Enum.GetNames<DigestLayout>(),
    };

    /// <param name="value">What the settings say.</param>
    /// <param name="typeName">The type as the binder names it (<c>System.Int32</c>, <c>System.Nullable`1[System.Int32]</c>).</param>
    public static string Describe(string value, string typeName) => $"\"{value}\" {Expectation(Underlying(typeName))}";

    private static string Underlying(string typeName) =>
        NullableOf().Match(typeName) is { Success: true } nullable ? nullable.Groups["type"].Value : typeName;

    private static string Expectation(string typeName) => typeName switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" or "System.UInt64" or "System.UInt16" or "System.Byte" => "is not a whole number",
        "System.Double" or "System.Single" or "System.Decimal" => "is not a number",
        "System.Boolean" => "is not true or false",
        "System.TimeSpan" => "is not a duration (hh:mm:ss)",
        "System.Uri" => "is not an address",
        _ when EnumNames.TryGetValue(typeName, out var names) => $"is not one of {string.Join(", ", names)}",
        _ => $"cannot be read as {typeName[(typeName.LastIndexOf('.') + 1)..]}",
    };

    [GeneratedRegex(@"^System\.Nullable`1\[(?<type>[^\]]+)\]$")]
    private static partial Regex NullableOf();
}
