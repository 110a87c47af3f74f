using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>Which split a page id belongs to.</summary>
public static class EvaluationSplits
{
    public static bool IsHeldOut(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number % 3 == 0;

    public static bool Includes(this EvaluationSplit split, string id) => split switch
    {
        EvaluationSplit.Tune => !IsHeldOut(id),
        EvaluationSplit.Holdout => IsHeldOut(id),
        _ => true,
    };
}
