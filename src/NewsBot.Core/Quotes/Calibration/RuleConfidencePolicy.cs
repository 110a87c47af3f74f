using System.Globalization;

namespace NewsBot.Core.Quotes.Calibration;

/// <summary>
/// When the measured precision overrules the hand-set confidence of a choice the rules held below the bar: it is shown
/// when the lower bound of its evidence's precision (<see cref="Spread"/> standard errors below the smoothed share)
/// reaches <see cref="Release"/>, and then carries that bound as its confidence. A bound, not the share, so that evidence
/// seen a few times cannot jump the bar. Shown choices are never held by the table: withholding the keys measured wrong
/// too often on PolNeAR train and the invented sets cost PolNeAR dev 0.030 right for no wrong (README "Key quotes").
/// </summary>
public sealed record RuleConfidencePolicy(double Bar, double Spread, double Release)
{
    /// <summary>Whether any measured precision can lift a held choice over the bar.</summary>
    public bool Overrules => Release <= 1;

    /// <summary>The hand-set confidence stands everywhere (what the cross-validation keeps when no policy beats the rules).</summary>
    public static RuleConfidencePolicy Off(double bar) => new(bar, 0, 2);

    public double Adjust(double confidence, (double Share, int Support) precision, double strength)
    {
        if (confidence >= Bar)
        {
            return confidence;
        }

        var lower = precision.Share - (Spread * Math.Sqrt(precision.Share * (1 - precision.Share) / (precision.Support + strength)));
        return lower >= Release ? Math.Round(lower, 3) : confidence;
    }

    public override string ToString() => Overrules
        ? string.Create(CultureInfo.InvariantCulture, $"bar {Bar}, spread {Spread}, release {Release}")
        : string.Create(CultureInfo.InvariantCulture, $"bar {Bar}, off (the hand-set confidence stands)");
}
