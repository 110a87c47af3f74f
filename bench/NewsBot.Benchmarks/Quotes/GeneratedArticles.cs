using System.Text;

namespace NewsBot.Benchmarks.Quotes;

/// <summary>
/// Invented plain-text news articles in the shape the extractor meets: named speakers, roles, quotes in every style,
/// between narrative paragraphs, about one quotation per 800 characters as in wire and newspaper copy.
/// </summary>
internal static class GeneratedArticles
{
    private static readonly string[] People = ["Lena Brandt", "Tomas Okafor", "Mara Lindqvist", "Jonas Eklund", "Ada Holm", "Rune Solberg"];
    private static readonly string[] Roles = ["harbour council chair", "opposition leader", "ferry operator spokesperson", "city treasurer"];

    private static readonly string[] Paragraphs =
    [
        "The {0} approved the ferry budget on Tuesday after a long debate about the harbor walls, the winter timetable and the cost of fuel.",
        "“We moved four million from the parking fund to the harbor walls,” said {1}, the {2}. “The ferry budget is balanced for the first time.”",
        "{3} called the plan a “disaster” and said the vote was rushed. “The council ignored the residents on the ferry budget again,” {4} said.",
        "According to {5}, \"the new boats will carry twice as many cars and cut the crossing time to forty minutes in good weather.\"",
        "She added that the timetable would change in spring, saying, “Nobody on the island should wait more than an hour for a crossing.”",
        "The Island Ferry Company said in a statement that it had not been consulted. “We learned about the timetable from the newspaper,” the company said.",
        "Critics dubbed the agreement “The Harbor Deal” on the local radio show “Morning Tide,” where {6} spoke for twenty minutes.",
        "“Twelve of the twenty crossings are already full in July,",
        "“and the waiting lists for freight grow every week,” {7} told reporters on Wednesday.",
        "— {8}, {9}",
    ];

    private static readonly string[] Narrative =
    [
        "The island of Kvarnholm has about four thousand residents, most of whom work on the mainland and commute on the two existing ferries, which were built in the late nineteen-eighties and have been out of service for repairs for a total of nine weeks this year alone, according to figures published by the harbour office in September.",
        "Freight operators have complained for years that the crossing is the slowest link in the regional supply chain, and the chamber of commerce estimated last spring that delays cost island businesses around twelve million crowns a year in lost orders, overtime and spoiled goods.",
        "The new vessels, ordered from a shipyard on the west coast, will run on a mix of batteries and biofuel and are expected to enter service in the autumn of next year, provided that the harbour walls on both sides of the strait are reinforced in time for the larger hulls.",
        "Opposition members had asked for the vote to be postponed until an independent review of the costs was finished, arguing that the council had underestimated the price of dredging the northern channel, which has silted up since the last major works a decade ago.",
        "Residents who attended the meeting in the school gymnasium on Tuesday evening were divided, with some applauding the decision and others leaving before the final vote, and several said they would follow the next steps closely when the council publishes its detailed timetable.",
    ];

    public static IReadOnlyList<string> Create(int count, int paragraphsPerArticle)
    {
        var articles = new List<string>(count);
        for (var a = 0; a < count; a++)
        {
            var builder = new StringBuilder();
            for (var p = 0; p < paragraphsPerArticle; p++)
            {
                // Two quoted paragraphs, then three narrative ones: roughly the density of news copy.
                var template = p % 5 < 2 ? Paragraphs[(a + p) % Paragraphs.Length] : Narrative[(a + p) % Narrative.Length];
                var names = Enumerable.Range(0, 10).Select(i => i % 3 == 2 ? Roles[(a + p + i) % Roles.Length] : People[(a + p + i) % People.Length]).ToArray();
                builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, names)).Append("\n\n");
            }

            articles.Add(builder.ToString());
        }

        return articles;
    }
}
