using System.CommandLine;

namespace NewsBot.Cli.Eval;

/// <summary><c>eval &lt;what&gt; …</c>: measures NewsBot against an evaluation corpus.</summary>
internal static class EvalVerb
{
    public static Command Create(CliContext context) =>
        new("eval", "Measure NewsBot against an evaluation corpus.")
        {
            EvalExtractionCommand.Create(context),
            EvalMetadataCommand.Create(context),
        };
}
