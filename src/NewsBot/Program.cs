using NewsBot.Cli;
using NewsBot.Cli.Verbs;

return await NewsBotCli.RunAsync(args, CliContext.FromConsole());

/// <summary>Declared so ASP.NET Core's generator does not make it public (the benchmarks have a Program of their own).</summary>
internal sealed partial class Program;
