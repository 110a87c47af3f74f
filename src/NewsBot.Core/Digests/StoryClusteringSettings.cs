namespace NewsBot.Core.Digests;

/// <summary>
/// How <see cref="StoryClusterer"/> weighs and joins stories. The defaults are tuned on the invented coverage in the tests
/// for precision first: a wrong merge hides a story from the digest, a missed merge only shows a duplicate.
/// </summary>
internal sealed record StoryClusteringSettings
{
    public static StoryClusteringSettings Default { get; } = new();

    /// <summary>Least average similarity between a story and a cluster's members for the story to join it.</summary>
    public double Threshold { get; init; } = StoryClusterer.DefaultThreshold;

    /// <summary>Reports this close in time are compared on their words alone.</summary>
    public TimeSpan SameNewsCycle { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Reports further apart than this are usually a new development (an arrest after a robbery), not a rewrite; between
    /// <see cref="SameNewsCycle"/> and this the similarity fades linearly down to <see cref="DistantPairFactor"/>.
    /// </summary>
    public TimeSpan NewsCycle { get; init; } = TimeSpan.FromHours(36);

    /// <summary>Scales the similarity of two reports further apart than <see cref="NewsCycle"/>.</summary>
    public double DistantPairFactor { get; init; } = 0.3;

    /// <summary>How much a headline word counts against a lead word: headlines name the event, leads add detail.</summary>
    public double TitleWeight { get; init; } = 1.5;

    public int LeadWords { get; init; } = 60;

    /// <summary>Strips -ing and -ed as well as plurals, so "floods", "flooded" and "flooding" meet.</summary>
    public bool SuffixStemming { get; init; } = true;

    /// <summary>Extra weight of capitalised words (places, people, teams): they tell two storms or two councils apart.</summary>
    public double NameWeight { get; init; } = 1.5;

    /// <summary>Keeps figures such as "3.25" or "130" as terms: outlets copy them, and they differ between events.</summary>
    public bool Figures { get; init; } = true;
}
