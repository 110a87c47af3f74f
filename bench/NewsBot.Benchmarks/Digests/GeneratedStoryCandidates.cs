using System.Globalization;
using NewsBot.Core.Digests;

namespace NewsBot.Benchmarks.Digests;

/// <summary>
/// Invented digest windows: topics of articles where each event (a town, a person, a subject, a figure) is covered by
/// one to four outlets in different wordings over three days, so words repeat across events as in a real topic.
/// </summary>
internal static class GeneratedStoryCandidates
{
    private static readonly string[] Towns =
    [
        "Northfield", "Millbrook", "Skarva", "Brennhaven", "Ostervik", "Tallmoor", "Quarrybridge", "Lindham", "Fenwick", "Alder Valley",
        "Eastwick", "Harrowgate", "Kvarnholm", "Redmere", "Stonebury", "Westholm", "Ashdale", "Coldwater", "Birchley", "Marrow Bay",
    ];

    private static readonly string[] People =
    [
        "Vera Halvorsen", "Oskar Brandt", "Petra Ostlund", "Lars Eide", "Sofia Berg", "Nils Horn", "Ingrid Falk", "Henrik Sandvik",
        "Mia Karlsen", "Jonas Dahl", "Hanna Vik", "Emil Strand", "Tobias Rask", "Elias Moen", "Lina Aas", "Arvid Lunde",
    ];

    private static readonly string[] Subjects =
    [
        "budget", "ferry route", "storm damage", "rail strike", "school closure", "hospital ward", "bridge repairs", "warehouse fire",
        "mayoral election", "port expansion", "library", "music festival", "bank robbery", "flood defences", "bus timetable", "water supply",
    ];

    private static readonly string[] Verbs = ["approves", "rejects", "delays", "announces", "cancels", "reopens", "expands", "investigates"];

    private static readonly string[] Outlets =
    [
        "Northfield Courier", "Harbour Herald", "Coastal Broadcaster", "The Valley Ledger", "Kestria Wire", "ClickPulse", "Meridian Daily", "Alder Valley Radio",
    ];

    private static readonly string[] Headlines =
    [
        "{0} council {1} {2} plan", "{0}: {3} {1} {2}", "{2} in {0}: what the decision means for you", "In {0} the {2} is now decided, says {3}",
    ];

    private static readonly string[] Leads =
    [
        "The council in {0} {1} the {2} plan on Tuesday after a debate of four hours. {3} said the cost of {4} million crowns was fair.",
        "{3} told reporters that {0} {1} the {2} proposal, worth {4} million crowns. Residents will hear more at a meeting next week.",
        "Here is what the {2} decision in {0} means for families. {3} says {4} million crowns is well spent, critics disagree.",
        "In {0} the politicians {1} the plan for the {2}, {3} explained. The price is {4} million crowns for the town.",
    ];

    public static IReadOnlyList<IReadOnlyList<StoryCandidate>> Topics(int topicCount, int storiesPerTopic)
    {
        var random = new Random(20261129);
        var start = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        var topics = new List<IReadOnlyList<StoryCandidate>>(topicCount);
        for (var topic = 0; topic < topicCount; topic++)
        {
            var stories = new List<StoryCandidate>(storiesPerTopic);
            while (stories.Count < storiesPerTopic)
            {
                string[] facts =
                [
                    Towns[random.Next(Towns.Length)], Verbs[random.Next(Verbs.Length)], Subjects[random.Next(Subjects.Length)],
                    People[random.Next(People.Length)], random.Next(2, 900).ToString(CultureInfo.InvariantCulture),
                ];
                var published = start.AddMinutes(random.Next(3 * 24 * 60));
                var reports = Math.Min(1 + random.Next(4), storiesPerTopic - stories.Count);
                for (var report = 0; report < reports; report++)
                {
                    var style = random.Next(Headlines.Length);
                    stories.Add(new StoryCandidate(
                        $"t{topic}/s{stories.Count}",
                        string.Format(CultureInfo.InvariantCulture, Headlines[style], facts),
                        string.Format(CultureInfo.InvariantCulture, Leads[style], facts),
                        Outlets[random.Next(Outlets.Length)],
                        published.AddMinutes(random.Next(600))));
                }
            }
            topics.Add(stories);
        }
        return topics;
    }
}
