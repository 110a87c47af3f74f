using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing;

/// <summary>A canned reply for <see cref="LoopbackHttpServer"/>.</summary>
public sealed record LoopbackResponse
{
    public int StatusCode { get; init; } = 200;
    public byte[] Body { get; init; } = [];
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Sends the body gzip-compressed with Content-Encoding: gzip.</summary>
    public bool Gzip { get; init; }

    /// <summary>Omits Content-Length so the body goes out chunked.</summary>
    public bool Chunked { get; init; }

    public static LoopbackResponse Text(string body, string contentType = "text/plain; charset=utf-8", int statusCode = 200) =>
        Bytes(Encoding.UTF8.GetBytes(body), contentType, statusCode);

    public static LoopbackResponse Bytes(byte[] body, string contentType = "application/octet-stream", int statusCode = 200) =>
        new() { StatusCode = statusCode, Body = body, Headers = new Dictionary<string, string> { ["Content-Type"] = contentType } };

    public static LoopbackResponse Status(int statusCode) => new() { StatusCode = statusCode };

    public static LoopbackResponse Redirect(string location, int statusCode = 302) =>
        new() { StatusCode = statusCode, Headers = new Dictionary<string, string> { ["Location"] = location } };

    public LoopbackResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };

    /// <summary>Writes this reply; lambdas mapped on the server can pick a reply per request and call this.</summary>
    public async Task WriteToAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
            context.Response.Headers[name] = value;
        var body = Gzip ? Compress(Body) : Body;
        if (Gzip)
            context.Response.Headers.ContentEncoding = "gzip";
        if (!Chunked)
            context.Response.ContentLength = body.Length;
        if (body.Length > 0)
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
            gzip.Write(body);
        return output.ToArray();
    }
}
