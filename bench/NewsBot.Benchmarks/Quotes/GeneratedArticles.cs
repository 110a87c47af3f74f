using System.Text;

namespace NewsBot.Benchmarks.Quotes;

/// <summary>Invented plain-text news articles in the shape the extractor meets: named speakers, roles, quotes in every style.</summary>
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

    public static IReadOnlyList<string> Create(int count, int paragraphsPerArticle)
    {
        var articles = new List<string>(count);
        for (var a = 0; a < count; a++)
        {
            var builder = new StringBuilder();
            for (var p = 0; p < paragraphsPerArticle; p++)
            {
                var template = Paragraphs[(a + p) % Paragraphs.Length];
                var names = Enumerable.Range(0, 10).Select(i => i % 3 == 2 ? Roles[(a + p + i) % Roles.Length] : People[(a + p + i) % People.Length]).ToArray();
                builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, names)).Append("\n\n");
            }

            articles.Add(builder.ToString());
        }

        return articles;
    }
}
