namespace NewsBot.Core.Quotes.Calibration;

/// <summary>
/// One speaker the rules chose: its evidence key (`Cue/Tail/Name/Expanded/near`), the article's language, whether the
/// hand-set confidence showed it, and (when counted on annotated articles) whether it was right.
/// </summary>
public sealed record RuleChoice(string Evidence, string Language, bool Shown, bool Right = false);
