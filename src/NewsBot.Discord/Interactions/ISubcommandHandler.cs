namespace NewsBot.Discord.Interactions;

/// <summary>
/// The handler of one subcommand ("feed add"). Register with <c>services.AddSingleton&lt;ISubcommandHandler, MyHandler&gt;()</c>;
/// the router maps its <see cref="CommandPath"/> ahead of the command's own handler, so a command with subcommands needs
/// no switch over paths.
/// </summary>
public interface ISubcommandHandler
{
    /// <summary>"feed add": the command, any subcommand group, and the subcommand.</summary>
    string CommandPath { get; }

    /// <summary>Replies only the invoker sees; also decides whether an automatic defer is ephemeral.</summary>
    bool Ephemeral => false;

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}
