namespace NewsBot.Core.Quotes;

/// <summary>
/// `Okafor's late father said`, `the Marlow daughter said`: a relative whom the description does not name. The name in it
/// is the other person's, so the description stands for no one a reader can name (a named relative is found by
/// <see cref="KinApposition"/> before this is asked).
/// </summary>
internal static class UnnamedRelative
{
    public static bool Is(string description)
    {
        var head = description.AsSpan().TrimEnd(" ,.;:").ToString();
        var space = head.LastIndexOf(' ');
        return KinApposition.IsKinNoun(space < 0 ? head : head[(space + 1)..]);
    }
}
