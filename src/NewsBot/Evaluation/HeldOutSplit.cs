using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>
/// The team's split of the WCXB and trafilatura corpora: pages whose numeric id is divisible by 3 are held out
/// (never tuned on, reported in aggregate only); the rest is the tune part.
/// </summary>
public static class HeldOutSplit
{
    public const string Tune = "tune";
    public const string HeldOut = "held-out";
    public const string All = "all";

    public static IReadOnlyList<string> Names { get; } = [Tune, HeldOut, All];

    public static bool Includes(string split, string id)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (split == All)
        {
            return true;
        }

        var heldOut = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number % 3 == 0;
        return split == HeldOut ? heldOut : !heldOut;
    }
}
