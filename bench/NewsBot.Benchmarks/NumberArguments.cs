using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>The <c>--name N</c> arguments of the plain-command benchmarks, N a positive whole number.</summary>
internal static class NumberArguments
{
    /// <summary>
    /// Applies each pair to <paramref name="options"/> through <paramref name="set"/>, which answers null for a name it
    /// does not know; a bad number or an unknown name throws <see cref="ArgumentException"/> naming <paramref name="known"/>.
    /// </summary>
    public static T Apply<T>(IReadOnlyList<string> args, T options, Func<T, string, int, T?> set, string known)
        where T : class
    {
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{args[i]} needs a positive whole number");
            options = set(options, args[i], value) ?? throw new ArgumentException($"unknown option {args[i]}; use {known}");
        }
        return options;
    }
}
