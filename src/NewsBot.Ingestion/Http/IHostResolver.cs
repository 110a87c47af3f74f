using System.Net;

namespace NewsBot.Ingestion.Http;

/// <summary>Turns a host name into addresses; the seam lets tests point invented names at loopback servers.</summary>
public interface IHostResolver
{
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
