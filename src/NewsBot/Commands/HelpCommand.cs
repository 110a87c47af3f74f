using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>
/// /help: every registered command, split into members' and moderators' (those Discord shows only to members with a
/// permission), so commands added later appear here without touching this class.
/// </summary>
internal sealed class HelpCommand(IServiceProvider services) : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = new() { Name = "help", Description = "What NewsBot's commands do" };

    public bool Ephemeral => true;

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor: this command is itself one of them.
        var commands = services.GetServices<IDiscordCommand>().Select(c => c.Definition).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var fields = new List<EmbedField>();
        AddSection(fields, "For everyone", commands.Where(c => c.DefaultMemberPermissions is null));
        AddSection(fields, "For moderators", commands.Where(c => c.DefaultMemberPermissions is not null));
        var embed = new Embed
        {
            Title = "NewsBot",
            Description = "News digests for this server: topics follow feeds and post on a schedule.",
            Fields = fields,
        };
        return context.RespondAsync(Replies.Public(embed), cancellationToken);
    }

    private static void AddSection(List<EmbedField> fields, string name, IEnumerable<ApplicationCommand> commands)
    {
        var lines = commands.SelectMany(c => HelpLines.For(c.Name, c.Description, c.Options)).ToList();
        if (lines.Count > 0)
            fields.Add(new EmbedField(name, HelpLines.Fit(lines)));
    }
}
