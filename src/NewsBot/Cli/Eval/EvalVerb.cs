using System.CommandLine;

namespace NewsBot.Cli.Eval;

/// <summary><c>eval &lt;what&gt; …</c>: measures a part of NewsBot against an annotated evaluation corpus.</summary>
internal static class EvalVerb
{
    public static Command Create(CliContext context) =>
        new("eval", "Measure NewsBot against annotated evaluation data.")
        {
            EvalQuotesCommand.Create(context),
            EvalSpeakersCommand.Create(context),
            EvalTrainSpeakersCommand.Create(context),
            EvalTrainBlocksCommand.Create(context),
            EvalCalibrateSpeakersCommand.Create(context),
            EvalCalibrateRulesCommand.Create(context),
            EvalExtractionCommand.Create(context),
            EvalMetadataCommand.Create(context),
            EvalTrainTitlesCommand.Create(context),
            EvalPageTypesCommand.Create(context),
        };
}
