using NewsBot.Localization;

namespace NewsBot.Engine.Topics;

/// <summary>What is wrong with a schedule, as a catalog key and its one value, so a moderator reads it in their language.</summary>
public sealed record ScheduleProblem(string Key, string? Name = null, string? Value = null)
{
    public string In(ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Name is null ? texts.Get(Key) : texts.Get(Key, (Name, Value ?? ""));
    }
}
