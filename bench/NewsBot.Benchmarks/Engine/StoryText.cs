namespace NewsBot.Benchmarks.Engine;

/// <summary>The words of one outlet's report of an event: a headline and a lead per wording, quotes and background.</summary>
internal static class StoryText
{
    private static readonly string[] Headlines =
    [
        "{town} {body} {verb} {figure} {project} plan",
        "{Project} in {town}: {body} {verb} {figure} scheme",
        "{surname} defends {town} {project} as {body} {verb} plan",
        "{figure} {project} plan for {town} {verb2} by {body}",
    ];

    private static readonly string[] Leads =
    [
        "The {body} in {town} {verb} a {figure} plan for the {project} on Tuesday, ending months of argument over cost and timing.",
        "{town}'s {body} on Tuesday {verb} the {figure} {project} plan, its biggest decision of the year.",
        "After a long meeting on Tuesday, the {town} {body} {verb} the plan for the {project}, worth {figure}, despite protests outside.",
        "A {figure} plan for the {project} in {town} took a decisive turn on Tuesday when the {body} {verb} it by a narrow vote.",
    ];

    private static readonly string[] QuoteSentences =
    [
        "We cannot wait another winter for the {project}, and the residents of {town} know it",
        "The {project} will pay for itself within ten years if the contractors keep to the budget",
        "Nobody in {town} asked for this, and nobody on the north shore was consulted",
        "The numbers were checked three times by independent engineers before they reached the board",
        "This is the most important decision the {body} has taken since the storm",
        "We will publish every invoice so residents can follow the money from the first day",
        "The timetable is tight, but it is not impossible, and we have the crews ready",
        "Families who depend on the {project} have waited long enough for an answer",
    ];

    private static readonly string[] QuoteShapes =
    [
        "“{q},” said {name}, {role}.",
        "{name}, {role}, said: “{q}.”",
        "“{q},” {surname} told reporters after the meeting. “We will be judged on the result, not the vote.”",
        "According to {name}, {role}, “{q}.”",
    ];

    private static readonly string[] Background =
    [
        "{town} has about four thousand residents, most of whom work on the mainland, and the question of the {project} has divided the community for the better part of a decade, with petitions, counter-petitions and two public inquiries that reached opposite conclusions about what the town could afford.",
        "The {body} said the first contracts would be signed before the end of the quarter, and that work on site could begin in early spring if the weather allowed, although engineers warned that the ground conditions near the old quay were still not fully understood.",
        "Opposition members had asked for the vote to be postponed until an independent review of the costs was finished, arguing that the board had underestimated the price of materials, which rose sharply last year after two suppliers in the region closed their yards.",
        "Local businesses were cautiously optimistic. Several shop owners on the harbour front said that the construction period would be difficult, with lorries and scaffolding blocking the street, but that the finished {project} could bring more visitors in the summer months.",
        "The budget includes a contingency of twelve percent, which the treasurer described as generous by the standards of public works in the region, and a clause that lets the board stop the project if the costs exceed the estimate by more than a fifth.",
        "Environmental groups raised concerns about nesting birds on the northern shore and asked for the noisiest work to be scheduled outside the breeding season, a request the board said it would consider when the detailed timetable is drawn up next month.",
        "Residents who attended the meeting in the school gymnasium were divided, with some applauding the decision and others leaving before the final vote, and several said they would follow the next steps closely when the minutes are published.",
        "The regional government has promised to cover a third of the cost, provided that the work is finished within four years, a condition that critics say puts the {body} under pressure to cut corners on the inspections that the law requires.",
        "Earlier plans for the {project} were shelved twice, once after a change of majority on the council and once when the main contractor went bankrupt halfway through the design stage, leaving behind drawings that the new team has had to redo.",
        "A public information evening is planned for next week at the library, where engineers will present the designs and answer questions, and the {body} has set up a telephone line for residents who cannot attend in person.",
    ];

    public static string Headline(NewsEvent story, int variant) => Capitalize(Fill(Headlines[variant % Headlines.Length], story, 0));

    public static string Lead(NewsEvent story, int variant) => Fill(Leads[variant % Leads.Length], story, 0);

    /// <summary>Six to ten paragraphs after the lead: two to four of them quote the event's speakers, the rest give background.</summary>
    public static IReadOnlyList<string> Paragraphs(NewsEvent story, Random random)
    {
        var quotes = random.Next(2, 5);
        var background = random.Next(6, 11) - quotes;
        var order = Background.OrderBy(_ => random.Next()).Take(background).Select(p => Fill(p, story, 0)).ToList();
        for (var q = 0; q < quotes; q++)
        {
            var sentence = QuoteSentences[random.Next(QuoteSentences.Length)];
            var shape = QuoteShapes[random.Next(QuoteShapes.Length)].Replace("{q}", sentence, StringComparison.Ordinal);
            order.Insert(Math.Min(order.Count, 1 + q * 2), Fill(shape, story, q));
        }
        return order;
    }

    // Only the placeholders a template holds are worked out: the site runs in the measured process.
    private static string Fill(string template, NewsEvent story, int speaker)
    {
        var text = template
            .Replace("{town}", story.Town, StringComparison.Ordinal)
            .Replace("{body}", story.Body, StringComparison.Ordinal);
        if (text.Contains("{Project}", StringComparison.Ordinal))
            text = text.Replace("{Project}", Capitalize(story.Project), StringComparison.Ordinal);
        text = text
            .Replace("{project}", story.Project, StringComparison.Ordinal)
            .Replace("{figure}", story.Figure, StringComparison.Ordinal);
        if (text.Contains("{verb2}", StringComparison.Ordinal))
            text = text.Replace("{verb2}", Past(story.Verb), StringComparison.Ordinal);
        text = text
            .Replace("{verb}", story.Verb, StringComparison.Ordinal)
            .Replace("{name}", story.Speakers[speaker].Name, StringComparison.Ordinal)
            .Replace("{role}", story.Speakers[speaker].Role, StringComparison.Ordinal);
        return text.Contains("{surname}", StringComparison.Ordinal)
            ? text.Replace("{surname}", story.Surname(speaker), StringComparison.Ordinal)
            : text;
    }

    private static string Past(string verb) => verb[..^1].EndsWith('e') ? verb[..^1] + "d" : verb[..^1] + "ed";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
