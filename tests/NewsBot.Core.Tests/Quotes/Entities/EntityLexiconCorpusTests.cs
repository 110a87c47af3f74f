using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>
/// How Classify does on real text: gold speaker names should come out as persons (or organisations, which speak
/// too), and capitalised words that the same text also writes in lower case (sentence openers, "However", "Dennoch")
/// should not. Prints the figures; gates sit a little below what was measured.
/// </summary>
public sealed class EntityLexiconCorpusTests
{
    private static readonly double[] Thresholds = [0.5, 0.6];

    [Fact]
    public void Classify_NewsTuneSpeakers_MostlyPersonsOrOrganisations()
    {
        var figures = Measure("quotes-news tune", SpeakerNameCorpus.NewsTune());

        Assert.True(figures[1].SpeakerShare >= 0.80, figures[1].ToString());
        Assert.True(figures[1].WrongPersonShare <= 0.02, figures[1].ToString());
        Assert.True(figures[0].SpeakerShare >= 0.90, figures[0].ToString());
    }

    [Fact]
    public void Classify_PolNeArTrainSpeakers_MostlyPersonsOrOrganisations()
    {
        var tuned = Measure("PolNeAR train, tuned part", SpeakerNameCorpus.PolNeArTrain(held: false));
        var held = Measure("PolNeAR train, held part", SpeakerNameCorpus.PolNeArTrain(held: true));

        Assert.True(held[0].SpeakerShare >= 0.78, held[0].ToString());
        Assert.True(held[0].WrongPersonShare <= 0.02, held[0].ToString());
        Assert.True(tuned[0].SpeakerShare >= 0.78, tuned[0].ToString());
    }

    /// <summary>The figures at each threshold of <see cref="Thresholds"/>, in that order.</summary>
    private static CorpusFigures[] Measure(string name, IReadOnlyList<SpeakerNameArticle> articles)
    {
        var lexicon = EntityLexicon.Shared;
        var figures = Thresholds.Select(t => new CorpusFigures(name, t)).ToArray();
        foreach (var article in articles)
        {
            foreach (var speaker in article.SpeakerNames)
            {
                var guess = lexicon.Classify(speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries), article.Language);
                Array.ForEach(figures, f => f.AddSpeaker(guess));
            }

            foreach (var word in LowerCaseElsewhere(article))
            {
                var guess = lexicon.Classify([word], article.Language);
                Array.ForEach(figures, f => f.AddNonName(guess));
            }
        }

        Array.ForEach(figures, f => TestContext.Current.TestOutputHelper?.WriteLine(f.ToString()));
        return figures;
    }

    /// <summary>
    /// Capitalised words opening a sentence, alone (the next word is lower case), that the same article also writes in
    /// lower case: the text itself says they are words, not names, whatever the lexicons hold.
    /// </summary>
    private static IEnumerable<string> LowerCaseElsewhere(SpeakerNameArticle article)
    {
        var words = WordTokenizer.Tokenize(article.Text, 0, article.Text.Length);
        var lower = words.Where(w => !w.IsCapitalized).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        var speakerWords = article.SpeakerNames.SelectMany(s => s.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var word = words[i];
            if (word.IsCapitalized && !words[i + 1].IsCapitalized && OpensSentence(article.Text, word.Start)
                && lower.Contains(word.Lower) && !speakerWords.Contains(word.Text))
            {
                yield return word.Text;
            }
        }
    }

    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '“' or '„' or '«' or '\u00A0')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private sealed class CorpusFigures(string name, double threshold)
    {
        private readonly Dictionary<EntityKind, int> _speakerKinds = [];
        private int _speakers;
        private int _speakersAsSpeakers;
        private int _nonNames;
        private int _nonNamesAsPersons;

        public double SpeakerShare => _speakers == 0 ? 1 : (double)_speakersAsSpeakers / _speakers;

        public double WrongPersonShare => _nonNames == 0 ? 0 : (double)_nonNamesAsPersons / _nonNames;

        public void AddSpeaker(EntityGuess guess)
        {
            _speakers++;
            var kind = guess.Kind == EntityKind.Person && guess.Confidence < threshold ? EntityKind.Unknown : guess.Kind;
            _speakerKinds[kind] = _speakerKinds.GetValueOrDefault(kind) + 1;
            _speakersAsSpeakers += kind is EntityKind.Person or EntityKind.Organisation ? 1 : 0;
        }

        public void AddNonName(EntityGuess guess)
        {
            _nonNames++;
            _nonNamesAsPersons += guess.Kind == EntityKind.Person && guess.Confidence >= threshold ? 1 : 0;
        }

        public override string ToString()
        {
            var kinds = string.Join(", ", _speakerKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"));
            return string.Create(CultureInfo.InvariantCulture,
                $"{name}, person at confidence >= {threshold:0.0}: gold speaker names {_speakers}, person or organisation {SpeakerShare:0.000} ({kinds}); " +
                $"capitalised sentence openers the text also writes in lower case {_nonNames}, taken for persons {_nonNamesAsPersons} ({WrongPersonShare:0.000})");
        }
    }
}
