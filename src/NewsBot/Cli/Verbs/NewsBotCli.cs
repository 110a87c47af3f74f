using System.CommandLine;
using System.CommandLine.Invocation;

namespace NewsBot.Cli.Verbs;

/// <summary>The command line: verbs, parse errors as exit code 2, everything written to the context's writers.</summary>
public static class NewsBotCli
{
    /// <summary>The verbs' names, in the order of <see cref="Verbs"/> (a test checks each against its command).</summary>
    internal static readonly string[] VerbNames = ["quotes", "digest", "feeds", "preview-digest", "run", "extract", "backup", "sources", "eval"];

    internal static readonly Func<CliContext, Command>[] Verbs =
    [
        QuotesVerb.Create, DigestVerb.Create, FeedsVerb.Create, PreviewDigestVerb.Create, RunVerb.Create, ExtractVerb.Create,
        BackupVerb.Create, SourcesVerb.Create, Eval.EvalVerb.Create,
    ];

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("NewsBot: a self-hosted Discord bot that posts news digests as key quotes.");
        // `quotes file` names its verb first: the other verbs' commands, much of the parser's start-up work, are not built
        // (issue 15). A verb's parse, help and errors are its own command's, so they read the same either way.
        var named = Array.FindIndex(VerbNames, name => args is [var first, ..] && first == name);
        for (var i = 0; i < Verbs.Length; i++)
        {
            if (named < 0 || named == i)
                root.Subcommands.Add(Verbs[i](context));
        }
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
