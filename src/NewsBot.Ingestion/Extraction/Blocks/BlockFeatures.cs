using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// The classifier's view of each block: its size, links and sentence shape; its tag, its ancestors' tags, roles and
/// class or id words; its place in the page; its neighbours' size, links and share of the chosen text; how many siblings
/// repeat its shape (a card grid); the detected page type, alone and with the chosen-text and link bands (a linear model
/// needs the pairs to treat a listing's linked item otherwise than an article's).
/// </summary>
internal static class BlockFeatures
{
    private const int AncestorLevels = 8;
    private const int ClassLevels = 5;
    private const int RepeatLevels = 4;
    private const int PositionBands = 5;

    /// <param name="shapes">The blocks' measures (<see cref="BlockShape.Of"/>), in the same order.</param>
    public static List<FeatureVector> Of(IReadOnlyList<ContentBlock> blocks, IReadOnlyList<BlockShape> shapes, PageType type)
    {
        var repeats = new RepeatedSiblings();
        var typeName = type.ToString();
        var vectors = new List<FeatureVector>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var features = new FeatureVectorBuilder();
            var shape = shapes[i];
            shape.AddTo(features, "");
            if (i > 0)
            {
                shapes[i - 1].AddTo(features, "p.");
            }

            if (i + 1 < blocks.Count)
            {
                shapes[i + 1].AddTo(features, "n.");
            }

            AddText(features, blocks[i]);
            AddMarkup(features, blocks[i].Owner, repeats);
            features.Add("pos", [(char)('0' + Math.Min(PositionBands - 1, i * PositionBands / Math.Max(1, blocks.Count)))]);
            features.Add("type", typeName);
            features.Add("type.ib" + shape.ChosenBand, typeName);
            features.Add("type.lb" + shape.LinkBand, typeName);
            features.Add("type.wb" + shape.WordBand, typeName);
            vectors.Add(features.Build());
        }

        return vectors;
    }

    private static void AddText(FeatureVectorBuilder features, ContentBlock block)
    {
        var text = block.Text;
        var (stops, digits, letters, separators) = (0, 0, 0, 0);
        foreach (var c in text)
        {
            if (c is '.' or '!' or '?')
            {
                stops++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is '|' or '•' or '·' or '»' or '›')
            {
                separators++;
            }
        }

        var words = Math.Max(1, block.Words.Length);
        features.Add("stops", Math.Min(1, stops * 10.0 / words));
        features.Add("digits", (double)digits / Math.Max(1, digits + letters));
        features.Add("seps", Math.Min(1, separators * 3.0 / words));
        features.AddFlag("end.stop", text[^1] is '.' or '!' or '?' or '"' or '”' or ')');
        features.AddFlag("end.colon", text[^1] == ':');
        features.AddFlag("start.upper", char.IsUpper(text[0]));
        features.AddFlag("hidden", block.Hidden);
        features.AddFlag("repeated", block.Repeated);
        features.Add("wordlen", Math.Min(2, (double)letters / words / 5));
    }

    private static void AddMarkup(FeatureVectorBuilder features, IElement owner, RepeatedSiblings repeats)
    {
        features.Add("tag", owner.LocalName);
        var maxRepeat = 1;
        var level = 0;
        for (var element = owner; element is not null && level < AncestorLevels; element = element.ParentElement, level++)
        {
            if (level > 0)
            {
                features.Add("anc", element.LocalName);
            }

            if (level < RepeatLevels)
            {
                maxRepeat = Math.Max(maxRepeat, repeats.Count(element));
            }

            if (level < ClassLevels)
            {
                AddNameWords(features, element.ClassName);
                AddNameWords(features, element.Id);
                if (element.GetAttribute(null, "role") is { Length: > 0 and < 30 } role)
                {
                    features.Add("role", role.ToLowerInvariant());
                }

                features.AddFlag("itemprop", element.HasAttribute(null, "itemprop"));
            }
        }

        features.Add("repeat", Math.Log(maxRepeat) / 3);
        features.Add("repeat.b", [(char)('0' + maxRepeat switch { 1 => 0, <= 3 => 1, <= 9 => 2, _ => 3 })]);
    }

    /// <summary>The words of a class or id attribute ("post-body__text" gives post, body, text), lower-cased.</summary>
    private static void AddNameWords(FeatureVectorBuilder features, string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > ExtractionLimits.MaxHintChars)
        {
            return;
        }

        Span<char> lower = stackalloc char[ExtractionLimits.MaxHintChars];
        var length = names.AsSpan().ToLowerInvariant(lower);
        var start = -1;
        for (var i = 0; i <= length; i++)
        {
            var inWord = i < length && char.IsAsciiLetter(lower[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start is >= 3 and <= 24)
                {
                    features.Add("cls", lower[start..i]);
                }

                start = -1;
            }
        }
    }
}
