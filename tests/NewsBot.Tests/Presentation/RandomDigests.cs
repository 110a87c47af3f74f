using System.Text;
using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Engine.Stories;

namespace NewsBot.Tests.Presentation;

/// <summary>Seeded random digests that lean on the edges: huge quotes, long titles, markdown, mentions, unicode.</summary>
internal sealed class RandomDigests(int seed)
{
    private static readonly string[] Pieces =
    [
        "harbour", "council", "ferry", "*", "_", "~~", "`", "||", "> ", "# ", "- ", "[x](http://y)", "@everyone", "@here",
        "<@123>", "<#9>", "\\", "\n", "  ", "🚢", "👩‍🚀", "e\u0301", "港口", "مرفأ", "Ünïcödé", "—", "…", "\"", "“", "”",
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "a\u0308\u0301", "שלום", "\u202Eevil\u202C", "\u2067rtl\u2069", "𝔘𝔫𝔦", "𓀀", "\u200D",
    ];

    private readonly Random _random = new(seed);

    public IReadOnlyList<CoveredStory> Digest() =>
        Enumerable.Range(0, _random.Next(0, 61)).Select(_ => Story()).ToList();

    private CoveredStory Story()
    {
        var quotes = Enumerable.Range(0, _random.Next(0, 8))
            .Select(_ => new Quote(Text(Pick(20, 600, 12_000)), 0, 0)
            {
                Speaker = _random.Next(4) == 0 ? null : Text(Pick(3, 40, 400)),
                SpeakerRole = _random.Next(2) == 0 ? null : Text(Pick(3, 60, 600)),
                IsKey = _random.Next(3) > 0,
            })
            .ToList();
        var sentences = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Text(Pick(10, 300, 8_000))).ToList();
        var story = new DigestStory(
            Text(Pick(0, 120, 2_000)),
            _random.Next(5) == 0 ? "https://brindle-post.example/" + new string('p', _random.Next(0, 3_000)) : "https://brindle-post.example/a",
            _random.Next(6) == 0 ? null : Text(Pick(3, 30, 3_000)),
            _random.Next(6) == 0 ? null : new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(_random.Next(-11, 12))),
            new QuoteAnalysis(quotes, sentences))
        { FromExcerpt = _random.Next(2) == 0 };
        var alsoIn = Enumerable.Range(0, _random.Next(0, 40)).Select(_ => Text(Pick(3, 30, 500))).ToList();
        return new CoveredStory(story, alsoIn);
    }

    // Mostly ordinary lengths, sometimes far past any limit.
    private int Pick(int min, int usual, int huge) => _random.Next(4) == 0 ? _random.Next(min, huge) : _random.Next(min, usual);

    private string Text(int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
            text.Append(_random.Next(3) == 0 ? Pieces[_random.Next(Pieces.Length)] : "word").Append(_random.Next(4) == 0 ? "" : " ");
        return text.ToString();
    }
}
