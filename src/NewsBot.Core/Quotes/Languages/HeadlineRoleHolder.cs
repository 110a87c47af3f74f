namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Ponte chiuso, il sindaco: «…»`, `Pronto soccorso, l'assessora: «…»`: a role in the headline speaks before the article
/// names anyone, so it is the one person the text below gives that role (`Il sindaco Andrea Bellotti`); no one when the
/// quote is not in the headline, or when two people hold the role.
/// </summary>
internal static class HeadlineRoleHolder
{
    public static PersonMention? Find(string text, PersonRoles roles, IReadOnlyList<Word> description, Gender gender, int position)
    {
        var headlineEnd = text.IndexOf('\n');
        return headlineEnd > 0 && position < headlineEnd ? roles.Described(description, gender, text.Length) : null;
    }
}
