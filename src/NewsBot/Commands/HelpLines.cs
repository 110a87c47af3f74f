using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>"`/news query [topic] [days]` — Search …": one line per command or subcommand, fitted to an embed field.</summary>
internal static class HelpLines
{
    private const string More = "…";

    public static IEnumerable<string> For(string path, string description, IReadOnlyList<ApplicationCommandOption>? options)
    {
        var nested = (options ?? []).Where(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup).ToList();
        if (nested.Count == 0)
            return [Line(path, description, options ?? [])];
        return nested.SelectMany(o => For($"{path} {o.Name}", o.Description, o.Options));
    }

    /// <summary>The lines that fit a field value, with "…" when some had to be left out.</summary>
    public static string Fit(IReadOnlyList<string> lines)
    {
        var value = "";
        foreach (var line in lines)
        {
            var next = value.Length == 0 ? line : value + "\n" + line;
            if (next.Length > MessageLimits.FieldValue - More.Length - 1)
                return value + "\n" + More;
            value = next;
        }
        return value;
    }

    private static string Line(string path, string description, IReadOnlyList<ApplicationCommandOption> options)
    {
        var usage = string.Join("", options.Select(o => o.Required == true ? $" {o.Name}" : $" [{o.Name}]"));
        return $"`/{path}{usage}` — {description}";
    }
}
