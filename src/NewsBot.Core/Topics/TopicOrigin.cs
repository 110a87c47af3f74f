namespace NewsBot.Core.Topics;

/// <summary>Who owns a topic: configuration topics are changed only in the settings, command topics only from Discord.</summary>
public enum TopicOrigin
{
    Command,
    Configuration,
}
