namespace NewsBot.Core.Quotes;

/// <summary>
/// A direct quotation: <see cref="Text"/> is exactly <c>source[Start..End]</c> of the article text
/// (UTF-16 offsets), the characters between the quotation marks.
/// </summary>
public sealed record Quote(string Text, int Start, int End)
{
    public string? Speaker { get; init; }
    public string? SpeakerRole { get; init; }
    public bool IsKey { get; init; }
    public double Score { get; init; }
}
