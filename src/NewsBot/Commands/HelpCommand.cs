using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands;

/// <summary>
/// /help: every registered slash command, split into members' and moderators' (those Discord shows only to members
/// with a permission), so commands added later appear here without touching this class. Outside a server with NewsBot
/// it lists only the commands that work there.
/// </summary>
internal sealed class HelpCommand(IServiceProvider services, TextCatalog catalog) : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = new()
    {
        Name = "help",
        Description = "What NewsBot's commands do",
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
    };

    public bool Ephemeral => true;

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var texts = catalog.For(context.Locale);
        // Resolved here, not in the constructor: this command is itself one of them.
        var commands = services.GetServices<IDiscordCommand>().Select(c => c.Definition)
            .Where(d => d.Type == ApplicationCommandType.ChatInput && (context.ServerId is not null || d.IntegrationTypes?.Contains(CommandScope.UserInstall) == true))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var fields = new List<EmbedField>();
        AddSection(fields, texts.Get("help.everyone"), commands.Where(c => c.DefaultMemberPermissions is null));
        AddSection(fields, texts.Get("help.moderators"), commands.Where(c => c.DefaultMemberPermissions is not null));
        var embed = new Embed { Title = "NewsBot", Description = texts.Get("help.about"), Fields = fields };
        return context.RespondAsync(Replies.Public(embed), cancellationToken);
    }

    private static void AddSection(List<EmbedField> fields, string name, IEnumerable<ApplicationCommand> commands)
    {
        var lines = commands.SelectMany(c => HelpLines.For(c.Name, c.Description, c.Options)).ToList();
        if (lines.Count > 0)
            fields.Add(new EmbedField(name, HelpLines.Fit(lines)));
    }
}
