using NewsBot.Cli;
using NewsBot.Cli.Verbs;

return await NewsBotCli.RunAsync(args, CliContext.FromConsole());
