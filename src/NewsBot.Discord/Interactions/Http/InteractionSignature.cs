using System.Globalization;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// Discord signs every HTTP interaction with the application's Ed25519 key over the bytes of
/// <c>X-Signature-Timestamp</c> followed by the raw body; a request that fails the check gets 401 (Discord probes with bad
/// signatures and removes an endpoint that accepts them). A timestamp far from our clock is refused too, so a captured
/// request cannot be replayed later.
/// </summary>
public sealed class InteractionSignature
{
    private readonly byte[] _publicKey;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;

    public InteractionSignature(byte[] publicKey, TimeProvider time, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (publicKey.Length != Ed25519.PublicKeySize)
            throw new ArgumentException($"An Ed25519 public key has {Ed25519.PublicKeySize} bytes.", nameof(publicKey));
        (_publicKey, _time, _maxAge) = (publicKey, time, maxAge);
    }

    /// <summary>The key's 32 bytes, or null when the text is not 64 hexadecimal characters.</summary>
    public static byte[]? ParseKey(string hex) => Hex(hex.Trim(), Ed25519.PublicKeySize);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is null || timestamp is null || Hex(signatureHex, Ed25519.SignatureSize) is not { } signature)
            return false;
        if (!IsFresh(timestamp))
            return false;
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        return Ed25519.Verify(signature, 0, _publicKey, 0, message, 0, message.Length);
    }

    private bool IsFresh(string timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
        && (_time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= _maxAge;

    private static byte[]? Hex(string text, int bytes)
    {
        if (text.Length != bytes * 2)
            return null;
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
