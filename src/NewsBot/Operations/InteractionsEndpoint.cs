using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.Operations;

/// <summary>
/// <c>POST /interactions</c> on the web host, with <c>Discord:InteractionsMode</c> = <c>http</c>: the URL to enter as the
/// application's Interactions Endpoint URL (behind HTTPS and, with several instances, a load balancer).
/// </summary>
internal static class InteractionsEndpoint
{
    public const string Path = "/interactions";

    // Interactions are small (a message command's resolved message is the largest part); anything bigger is not Discord.
    private const int MaxBodyBytes = 1 << 20;

    public static void MapInteractions(this WebApplication app, IServiceProvider bot)
    {
        var endpoint = bot.GetRequiredService<HttpInteractionEndpoint>();
        app.MapPost(Path, async context =>
        {
            var request = context.Request;
            var body = await ReadBoundedAsync(request.Body, context.RequestAborted);
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            var answer = await endpoint.AnswerAsync(
                request.Headers["X-Signature-Ed25519"].FirstOrDefault(), request.Headers["X-Signature-Timestamp"].FirstOrDefault(), body, context.RequestAborted);
            try
            {
                context.Response.StatusCode = answer.Status;
                if (answer.Json is { } json)
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.Body.WriteAsync(json, context.RequestAborted);
                }
                await context.Response.CompleteAsync();
            }
            finally
            {
                answer.Delivered();
            }
        });
    }

    /// <summary>The raw body (the signature covers its exact bytes), or null past the limit.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxBodyBytes)
                return null;
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }
}
