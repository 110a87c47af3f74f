namespace NewsBot.Engine.Topics;

/// <summary>
/// The <c>Topics</c> array of the settings. It is an array at the top level (the shape self-hosters write), so it
/// is bound by hand into <see cref="Items"/> rather than with BindConfiguration.
/// </summary>
public sealed class TopicsOptions
{
    public const string SectionName = "Topics";

    public List<ConfiguredTopic> Items { get; } = [];
}
