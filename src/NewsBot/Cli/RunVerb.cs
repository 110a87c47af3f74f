using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Cli;

/// <summary><c>run</c>: the bot host. It refuses to start without a Discord token.</summary>
internal static class RunVerb
{
    public const string TokenSetting = "Discord:Token";

    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Run the Discord bot: scheduled digests and slash commands.");
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, (services, _) =>
        {
            var configured = services.GetRequiredService<IConfiguration>()[TokenSetting];
            if (string.IsNullOrWhiteSpace(configured))
                throw new UsageException($"no Discord bot token: set {TokenSetting} in appsettings.json or the environment variable Discord__Token");
            throw new UsageException("the Discord connection is not in this version yet; use the quotes and digest verbs");
        }, token));
        return command;
    }
}
