using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// An edit is judged on the message it leaves: a components V2 message keeps its flag for good, so content or embeds
/// added by an edit are refused as on a create.
/// </summary>
internal static class FakeEditRules
{
    public static JsonObject FlagRemoved()
    {
        var errors = new FormErrors();
        errors.Add("flags", "MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG", "The IS_COMPONENTS_V2 flag cannot be removed once set.");
        return errors.Root;
    }

    public static FakeReply? Invalid(JsonObject merged)
    {
        var errors = new FormErrors();
        FakeComponentRules.Check(errors, merged, "");
        return errors.Any ? FakeReply.InvalidForm(errors.Root) : null;
    }
}
