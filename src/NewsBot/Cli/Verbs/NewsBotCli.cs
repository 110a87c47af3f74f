using System.CommandLine;
using System.CommandLine.Invocation;

namespace NewsBot.Cli.Verbs;

/// <summary>The command line: verbs, parse errors as exit code 2, everything written to the context's writers.</summary>
public static class NewsBotCli
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("NewsBot: a self-hosted Discord bot that posts news digests as key quotes.")
        {
            QuotesVerb.Create(context),
            DigestVerb.Create(context),
            FeedsVerb.Create(context),
            PreviewDigestVerb.Create(context),
            RunVerb.Create(context),
            ExtractVerb.Create(context),
            BackupVerb.Create(context),
            SourcesVerb.Create(context),
            Eval.EvalVerb.Create(context),
        };
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.Config);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var line in UsageErrors.Describe(parse))
                await context.Error.WriteLineAsync($"error: {line}");
            await context.Error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.Usage;
        }
        var invocation = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }
}
