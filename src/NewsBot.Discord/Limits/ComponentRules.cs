using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Limits;

/// <summary>Where each component may sit and what it must carry, from Discord's component reference.</summary>
internal static class ComponentRules
{
    public static void CheckTopLevel(List<string> violations, string path, Component component, bool v2)
    {
        if (!v2 && component is not ActionRow)
        {
            violations.Add($"{path}: only action rows without IS_COMPONENTS_V2");
            return;
        }
        switch (component)
        {
            case Container container:
                CheckContainer(violations, path, container);
                break;
            case ActionRow or Section or TextDisplay or Separator:
                CheckInner(violations, path, component);
                break;
            default:
                violations.Add($"{path}: a {component.GetType().Name} cannot be a top-level component");
                break;
        }
    }

    private static void CheckContainer(List<string> violations, string path, Container container)
    {
        if (container.AccentColor is < 0 or > ComponentLimits.MaxAccentColor)
            violations.Add($"{path}.accent_color: {container.AccentColor} is not an RGB colour");
        if (container.Components is not { Count: > 0 })
            violations.Add($"{path}.components: a container needs at least one component");
        for (var i = 0; i < (container.Components?.Count ?? 0); i++)
        {
            var child = container.Components![i];
            if (child is ActionRow or Section or TextDisplay or Separator)
                CheckInner(violations, $"{path}.components[{i}]", child);
            else
                violations.Add($"{path}.components[{i}]: a {child.GetType().Name} cannot sit in a container");
        }
    }

    private static void CheckInner(List<string> violations, string path, Component component)
    {
        switch (component)
        {
            case ActionRow row:
                CheckRow(violations, path, row);
                break;
            case Section section:
                CheckSection(violations, path, section);
                break;
            case TextDisplay text when string.IsNullOrEmpty(text.Content):
                violations.Add($"{path}.content: required");
                break;
        }
    }

    private static void CheckRow(List<string> violations, string path, ActionRow row)
    {
        if (row.Components?.OfType<StringSelect>().Any() == true)
        {
            if (row.Components is not [StringSelect select])
                violations.Add($"{path}.components: a select menu fills its row alone");
            else
                SelectRules.Check(violations, $"{path}.components[0]", select);
            return;
        }
        if (row.Components is not { Count: > 0 and <= ComponentLimits.ButtonsPerRow })
            violations.Add($"{path}.components: {row.Components?.Count ?? 0} buttons, 1 to {ComponentLimits.ButtonsPerRow} in a row");
        for (var i = 0; i < (row.Components?.Count ?? 0); i++)
        {
            if (row.Components![i] is Button button)
                CheckButton(violations, $"{path}.components[{i}]", button);
            else
                violations.Add($"{path}.components[{i}]: NewsBot's action rows hold buttons or one select menu");
        }
    }

    private static void CheckSection(List<string> violations, string path, Section section)
    {
        if (section.Components is not { Count: > 0 and <= ComponentLimits.SectionTexts })
            violations.Add($"{path}.components: {section.Components?.Count ?? 0} texts, 1 to {ComponentLimits.SectionTexts} in a section");
        for (var i = 0; i < (section.Components?.Count ?? 0); i++)
        {
            if (section.Components![i] is TextDisplay text)
                CheckInner(violations, $"{path}.components[{i}]", text);
            else
                violations.Add($"{path}.components[{i}]: a section holds text displays only");
        }
        switch (section.Accessory)
        {
            case Thumbnail thumbnail:
                CheckThumbnail(violations, $"{path}.accessory", thumbnail);
                break;
            case Button button:
                CheckButton(violations, $"{path}.accessory", button);
                break;
            default:
                violations.Add($"{path}.accessory: a thumbnail or a button is required");
                break;
        }
    }

    private static void CheckButton(List<string> violations, string path, Button button)
    {
        if (button.Label is { Length: > ComponentLimits.ButtonLabel })
            violations.Add($"{path}.label: {button.Label.Length} characters, at most {ComponentLimits.ButtonLabel}");
        if (button.Style == ButtonStyle.Link)
        {
            if (button.CustomId is not null)
                violations.Add($"{path}.custom_id: a link button has none");
            if (!IsWebUrl(button.Url, ComponentLimits.ButtonUrl))
                violations.Add($"{path}.url: an http(s) URL of at most {ComponentLimits.ButtonUrl} characters is required");
        }
        else if (button.Url is not null || button.CustomId is not { Length: > 0 and <= ComponentLimits.CustomId })
        {
            violations.Add($"{path}: a {button.Style} button needs a custom_id of 1 to {ComponentLimits.CustomId} characters and no url");
        }
    }

    private static void CheckThumbnail(List<string> violations, string path, Thumbnail thumbnail)
    {
        var url = thumbnail.Media?.Url;
        if (!IsWebUrl(url, ComponentLimits.MediaUrl) && url?.StartsWith("attachment://", StringComparison.Ordinal) != true)
            violations.Add($"{path}.media.url: an http(s) URL of at most {ComponentLimits.MediaUrl} characters is required");
        if (thumbnail.Description is { Length: > ComponentLimits.ThumbnailDescription })
            violations.Add($"{path}.description: {thumbnail.Description.Length} characters, at most {ComponentLimits.ThumbnailDescription}");
    }

    public static bool IsWebUrl(string? url, int maxLength) =>
        url is { Length: > 0 } && url.Length <= maxLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
