namespace NewsBot.Evaluation;

/// <summary>The counts of score_news_quotes.py for one language (or all), and the quote precision this port adds.</summary>
public sealed class NewsTally
{
    public int Articles { get; internal set; }

    public int KeyQuotes { get; internal set; }

    public int Found { get; internal set; }

    public int Right { get; internal set; }

    public int Wrong { get; internal set; }

    public int None { get; internal set; }

    public int Fragments { get; internal set; }

    /// <summary>Every quote returned (key or not).</summary>
    public int Returned { get; internal set; }

    /// <summary>Returned quotes that match a key or optional gold quote by the scorer's containment rule.</summary>
    public int ReturnedMatching { get; internal set; }

    public double KeyRecall => Found / (double)Math.Max(1, KeyQuotes);

    public double RightRate => Right / (double)Math.Max(1, KeyQuotes);

    public double WrongRate => Wrong / (double)Math.Max(1, KeyQuotes);

    public double NoneRate => None / (double)Math.Max(1, KeyQuotes);

    public double Precision => ReturnedMatching / (double)Math.Max(1, Returned);

    public double F1 => 2 * Precision * KeyRecall / Math.Max(1e-9, Precision + KeyRecall);
}
