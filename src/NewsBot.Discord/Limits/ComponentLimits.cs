using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Limits;

/// <summary>
/// Discord's rules for message components (Components V2 included), checked before sending, as the fake Discord checks
/// them on arrival: which component may sit where, 40 components in a message counting nested ones, 4,000 characters of
/// text display, button labels and URLs, and no content or embeds beside the V2 flag. Text counts UTF-16 units.
/// </summary>
public static class ComponentLimits
{
    public const int Components = 40;
    public const int TextDisplayTotal = 4000;
    public const int LegacyActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int SectionTexts = 3;
    public const int ButtonLabel = 80;
    public const int ButtonUrl = 512;
    public const int CustomId = 100;
    public const int ThumbnailDescription = 1024;
    public const int SelectOptions = 25;
    public const int SelectOptionText = 100;
    public const int SelectPlaceholder = 150;

    /// <summary>Not a documented limit: the embed URL's, so a thumbnail never carries an address an embed would refuse.</summary>
    public const int MediaUrl = 2048;

    public const int MaxAccentColor = 0xFFFFFF;

    public static IReadOnlyList<string> Check(MessageFlags? flags, string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<Component>? components)
    {
        var violations = new List<string>();
        var v2 = flags is { } f && f.HasFlag(MessageFlags.IsComponentsV2);
        var list = components ?? [];
        if (v2)
        {
            if (!string.IsNullOrEmpty(content))
                violations.Add("content: not allowed with IS_COMPONENTS_V2");
            if (embeds is { Count: > 0 })
                violations.Add("embeds: not allowed with IS_COMPONENTS_V2");
            if (list.Count == 0)
                violations.Add("components: a components V2 message needs at least one component");
        }
        else if (list.Count > LegacyActionRows)
        {
            violations.Add($"components: {list.Count} action rows, at most {LegacyActionRows} without IS_COMPONENTS_V2");
        }
        if (list.Count == 0)
            return violations;

        var count = Count(list);
        if (count > Components)
            violations.Add($"components: {count} components counting nested ones, at most {Components}");
        var text = TextLength(list);
        if (text > TextDisplayTotal)
            violations.Add($"components: {text} characters of text display, at most {TextDisplayTotal}");
        var ids = All(list).Where(c => c.Id is not null).GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        violations.AddRange(ids.Select(id => $"components: id {id} used twice"));
        for (var i = 0; i < list.Count; i++)
            ComponentRules.CheckTopLevel(violations, $"components[{i}]", list[i], v2);
        return violations;
    }

    /// <summary>Every component, nested ones (row buttons, section texts and accessories, container children) included.</summary>
    public static int Count(IEnumerable<Component> components) => All(components).Count();

    /// <summary>The characters of every text display in the message.</summary>
    public static int TextLength(IEnumerable<Component> components) =>
        All(components).OfType<TextDisplay>().Sum(t => t.Content?.Length ?? 0);

    public static IEnumerable<Component> All(IEnumerable<Component> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        foreach (var component in components)
        {
            yield return component;
            foreach (var nested in All(component.Nested()))
                yield return nested;
        }
    }
}
