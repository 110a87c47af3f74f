namespace NewsBot.Core.Topics;

/// <summary>Why a topic's forum tags were refused (see <see cref="TopicTags"/>).</summary>
public enum TopicTagProblem
{
    None,
    TooMany,
    TooLong,
    ControlCharacters,
}
