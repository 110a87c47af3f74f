using System.ComponentModel.DataAnnotations;

namespace NewsBot.Engine.Stories;

/// <summary>The "Stories" settings section: how long delivered stories are remembered and their messages edited.</summary>
public sealed class StoryMemoryOptions
{
    public const string SectionName = "Stories";

    /// <summary>
    /// Hours after its last coverage a delivered story is still matched: a new article about it updates the story's
    /// message instead of being posted again. 0 turns the memory off.
    /// </summary>
    [Range(0, 720)]
    public int MemoryHours { get; set; } = 72;

    /// <summary>Hours after delivery a story's message is still edited; later coverage of an older one gets a "More on earlier stories" line.</summary>
    [Range(0, 720)]
    public int EditWithinHours { get; set; } = 48;
}
