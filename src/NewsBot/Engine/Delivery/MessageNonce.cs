using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// A message's nonce, derived from what the message is (its digest key and place), so a resend after a crash carries
/// the same nonce and Discord, told to enforce it, returns the earlier message instead of posting again.
/// </summary>
public static class MessageNonce
{
    /// <summary>Discord accepts at most 25 characters.</summary>
    public const int MaxLength = 25;

    public static string For(string idempotencyKey, int sequence)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{idempotencyKey}#{sequence}"));
        // 24 hex characters = 96 bits: collisions between our own messages are out of reach.
        return Convert.ToHexStringLower(hash, 0, 12);
    }
}
