using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>An inline article split the way the extractor splits it, for tests of one cue or rule at a time.</summary>
internal sealed class ArticleParts
{
    public ArticleParts(string text)
    {
        Text = text;
        Paragraphs = ParagraphSplitter.Split(text);
        Segments = QuotationFinder.Find(text, Paragraphs);
        Names = NameIndex.Build(text, WordTokenizer.Tokenize(text, 0, text.Length), Segments);
    }

    public string Text { get; }

    public List<TextSpan> Paragraphs { get; }

    public List<QuotedSegment> Segments { get; }

    public NameIndex Names { get; }

    public QuoteContext Context(int index) => QuoteContext.Of(Text, Paragraphs, Segments, index);

    public List<Word> LeadWords(int index) => WordTokenizer.Tokenize(Text, Context(index).Lead.Start, Context(index).Lead.End);

    public List<Word> TailWords(int index) => WordTokenizer.Tokenize(Text, Context(index).Tail.Start, Context(index).Tail.End);

    public TextSpan ParagraphOf(int index) => Paragraphs[Segments[index].Paragraph];

    public SentenceSubjectFinder Subjects() => new(Text, Segments);
}
