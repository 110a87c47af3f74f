using System.Text.RegularExpressions;
using NewsBot.Testing;

namespace NewsBot.Tests.Localization;

/// <summary>
/// Moderators' replies come from the language files: no sentence is written into the moderation code, where it would
/// reach every moderator in English. Command definitions are the exception (registered in English, translated by key), and
/// so are attributes (analyzer justifications).
/// </summary>
public sealed partial class ModerationSourceTests
{
    [Fact]
    public void ModerationCode_OutsideDefinitions_HoldsNoSentence()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "NewsBot", "Commands", "Moderation");
        var sentences =
            from file in Directory.EnumerateFiles(folder, "*.cs")
            where !file.EndsWith("Definition.cs", StringComparison.Ordinal)
            from line in File.ReadLines(file)
            let code = line.TrimStart()
            where !code.StartsWith("//", StringComparison.Ordinal) && !code.StartsWith('[')
            from literal in Literal().Matches(line)
            where Words().IsMatch(literal.Value)
            select $"{Path.GetFileName(file)}: {literal.Value}";

        Assert.Empty(sentences);
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    // Three words in a row read as a sentence meant for a person ("feed added: " is a history record, two words).
    [GeneratedRegex(@"\p{L}+[ ’']\p{L}+ \p{L}+")]
    private static partial Regex Words();
}
