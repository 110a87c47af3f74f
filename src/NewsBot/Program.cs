using NewsBot.Cli;

return await NewsBotCli.RunAsync(args, CliContext.FromConsole());
