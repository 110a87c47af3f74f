namespace NewsBot.Core.Storage;

/// <summary>How many rows one pruning deleted, by kind.</summary>
public sealed record PruneCounts(int Articles, int SeenItems, int Digests, int Messages, int Changes)
{
    public int Total => Articles + SeenItems + Digests + Messages + Changes;
}
