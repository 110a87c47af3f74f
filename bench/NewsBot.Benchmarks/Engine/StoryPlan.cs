namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// Which event each feed item reports, and when. Feeds come in topics of ten; within a topic the feeds form groups of
/// three, two, three and two, and the first 30% of every feed's items are events its whole group covers (with its own
/// headline), so the clusterer has real duplicates to merge. The rest are each one outlet's own story.
/// </summary>
internal sealed class StoryPlan(DateTimeOffset newest, int itemsPerFeed)
{
    public const int FeedsPerTopic = 10;
    private static readonly int[] GroupOfSlot = [0, 0, 0, 1, 1, 2, 2, 2, 3, 3];
    private static readonly int[] PositionInGroup = [0, 1, 2, 0, 1, 0, 1, 2, 0, 1];

    // Everything lies within the last 12 hours, so a first poll backfills nothing.
    private static readonly TimeSpan Span = TimeSpan.FromHours(11);

    public int ItemsPerFeed => itemsPerFeed;

    public static string Outlet(int feed) =>
        $"{NewsVocabulary.Towns[feed % NewsVocabulary.Towns.Length]} {NewsVocabulary.Papers[feed / NewsVocabulary.Towns.Length % NewsVocabulary.Papers.Length]}";

    public bool IsShared(int item) => item < (int)Math.Round(itemsPerFeed * 0.3);

    public StoryRef Story(int feed, int item)
    {
        var topic = feed / FeedsPerTopic;
        var slot = feed % FeedsPerTopic;
        var group = GroupOfSlot[slot];
        var step = Span / Math.Max(1, itemsPerFeed);
        if (IsShared(item))
        {
            var seed = Seed(topic, group * 1000 + item, 1);
            var published = newest - step * item - TimeSpan.FromMinutes(group * 5 + PositionInGroup[slot] * 9);
            return new StoryRef(seed, PositionInGroup[slot], published);
        }
        return new StoryRef(Seed(feed, item, 2), Seed(feed, item, 3) % 4, newest - step * item - TimeSpan.FromMinutes(slot * 3));
    }

    /// <summary>A stable seed (string hashes change between runs).</summary>
    private static int Seed(int a, int b, int kind) => (int)(((uint)a * 2_654_435_761u) ^ ((uint)b * 40_503u) ^ ((uint)kind * 97_531u)) & int.MaxValue;
}
