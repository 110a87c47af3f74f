using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Adds other languages' names and descriptions to a command definition before it is registered. Optional: without one
/// the commands are registered as their definitions spell them.
/// </summary>
public interface ICommandLocalizer
{
    ApplicationCommand Localize(ApplicationCommand definition);
}
