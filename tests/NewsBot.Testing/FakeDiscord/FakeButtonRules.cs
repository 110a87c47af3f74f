using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Buttons and unfurled media as Discord's component reference describes them.</summary>
internal static class FakeButtonRules
{
    public static void Check(FormErrors errors, JsonObject button, string path)
    {
        errors.MaxLength($"{path}.label", button["label"], 80, trim: false);
        var style = button["style"] is JsonValue v && v.TryGetValue<int>(out var s) ? s : 0;
        if (style is < 1 or > 6)
        {
            errors.Add($"{path}.style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.");
            return;
        }
        if (style == 5)
        {
            if (button["custom_id"] is not null)
                errors.Add($"{path}.custom_id", "BUTTON_COMPONENT_CUSTOM_ID_INVALID", "A link button cannot have a custom id.");
            if (button["url"] is not JsonValue url || !url.TryGetValue<string>(out var address))
                errors.Add($"{path}.url", "BUTTON_COMPONENT_URL_REQUIRED", "A link button must have a url.");
            else if (address.Length > 512)
                errors.Add($"{path}.url", "BASE_TYPE_MAX_LENGTH", "Must be 512 or fewer in length.");
            else if (!IsWebUrl(address))
                errors.Add($"{path}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }
        else if (style != 6)
        {
            if (button["url"] is not null)
                errors.Add($"{path}.url", "BUTTON_COMPONENT_URL_INVALID", "Only link buttons can have a url.");
            errors.MaxLength($"{path}.custom_id", button["custom_id"], 100, trim: false);
            if (button["custom_id"] is null)
                errors.Add($"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
    }

    public static void CheckMedia(FormErrors errors, JsonObject thumbnail, string path)
    {
        errors.MaxLength($"{path}.description", thumbnail["description"], 1024, trim: false);
        if (thumbnail["media"]?["url"] is not JsonValue url || !url.TryGetValue<string>(out var address)
            || !(IsWebUrl(address) || address.StartsWith("attachment://", StringComparison.Ordinal)))
        {
            errors.Add($"{path}.media.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }
    }

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
