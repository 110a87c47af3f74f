using NewsBot.Ingestion.Sources;

namespace NewsBot.Cli;

/// <summary>Turns what the user typed into typed inputs; a malformed one is a usage error.</summary>
internal static class CliInputs
{
    public static SourceLocation Location(string pathOrUrl, CliContext context)
    {
        try
        {
            return SourceLocation.Parse(pathOrUrl, context.WorkingDirectory);
        }
        catch (SourceException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
