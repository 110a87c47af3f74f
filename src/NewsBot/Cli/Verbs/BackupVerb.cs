using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Operations;
using NewsBot.Persistence;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>backup &lt;file&gt; [--force]</c>: a consistent copy of the database while the bot runs, then what the copy holds.
/// It reads the same settings as <c>run</c>, so <c>--config</c> finds the same data folder.
/// </summary>
internal static class BackupVerb
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (a new file, unless --force)." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("backup", "Copy the database, consistently, even while the bot runs.") { file, force };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.Bot, async (services, ct) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var database = Path.Combine(Path.GetFullPath(storage.DataDirectory), StorageOptions.DatabaseFileName);
            var target = Path.GetFullPath(parse.GetValue(file)!, context.WorkingDirectory);
            if (File.Exists(target) && !parse.GetValue(force))
                throw new UsageException($"{target} already exists (add --force to replace it)");
            var summary = await DatabaseBackup.CopyAsync(database, target, ct);
            await context.Output.WriteLineAsync(summary.ToString());
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
