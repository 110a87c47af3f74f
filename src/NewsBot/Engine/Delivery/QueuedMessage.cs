using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Core.Storage;
using NewsBot.Discord.Models;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// How a Discord message waits in the outbox, as the store's opaque payload: the body exactly as it will be posted, the
/// nonce that makes a resend harmless, and for a forum the name of the post the digest's first message starts (its later
/// messages go into that post's thread). Only the delivery unit writes and reads it.
/// </summary>
public sealed record QueuedMessage
{
    public required string Nonce { get; init; }

    public required MessagePayload Message { get; init; }

    public string? ThreadName { get; init; }

    /// <summary>Tells a channel that a digest was given up; giving this up in turn tells no one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeliveryNotice { get; init; }

    /// <summary>Set for an edit of an earlier message (a PATCH): sent once that message has landed, with no nonce.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EditTarget? Edit { get; init; }

    /// <summary>Starts a forum post of its own named <see cref="ThreadName"/> (one story), instead of joining the digest's post.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool StartsPost { get; init; }

    /// <summary>Forum tag names to apply to the post it starts, matched (or created) at delivery.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? TagNames { get; init; }

    /// <summary>Set for later coverage appended to a story's forum post.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AppendTarget? Append { get; init; }

    /// <summary>What an append posts as a new post (named <see cref="ThreadName"/>) when the story's post is gone or locked.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MessagePayload? NewPost { get; init; }

    /// <summary>
    /// The new post's first line when the story's post is locked, in the topic's language, with <c>{thread}</c> for the
    /// locked post; null (an append queued before there was one) reads the English line.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContinuedFrom { get; init; }

    /// <summary>
    /// The last message of a scheduled digest (crossposts aside): the digest counts as sent when Discord accepts this one.
    /// Messages queued before the flag existed carry none, so a digest pending across that upgrade is not counted.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EndsDigest { get; init; }

    /// <summary>Set for the crosspost of an announcement-channel message of the same digest.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CrosspostTarget? Crosspost { get; init; }

    /// <summary>One story as a forum post of its own, titled with its headline, with the topic's tags.</summary>
    public static OutgoingMessage QueuePost(
        string forumId, string idempotencyKey, int sequence, MessagePayload message, string headline, IReadOnlyList<string> tags) =>
        Write(forumId, new QueuedMessage
        {
            Nonce = MessageNonce.For(idempotencyKey, sequence),
            Message = message with { Nonce = null, EnforceNonce = null },
            ThreadName = headline,
            StartsPost = true,
            TagNames = tags.Count == 0 ? null : tags,
        });

    /// <summary>Later coverage for a story's post, with the post to start instead if that one is gone; the nonce makes a resend harmless.</summary>
    public static OutgoingMessage QueueAppend(
        string forumId, string idempotencyKey, AppendTarget target, MessagePayload message, MessagePayload newPost, string headline, IReadOnlyList<string> tags,
        string? continuedFrom = null) =>
        Write(forumId, new QueuedMessage
        {
            Nonce = MessageNonce.For(idempotencyKey, 0),
            Message = message with { Nonce = null, EnforceNonce = null },
            Append = target,
            NewPost = newPost,
            ContinuedFrom = continuedFrom,
            ThreadName = headline,
            TagNames = tags.Count == 0 ? null : tags,
        });

    /// <summary>The crosspost of message <paramref name="sequence"/> of the same digest, queued in its channel's crosspost lane.</summary>
    public static OutgoingMessage QueueCrosspost(string channelId, string idempotencyKey, int sequence) =>
        Write(Crossposts.Destination(channelId), new QueuedMessage
        {
            Nonce = MessageNonce.For(idempotencyKey, -1 - sequence),
            Message = new MessagePayload(),
            Crosspost = new CrosspostTarget(sequence),
        });

    private static OutgoingMessage Write(string destination, QueuedMessage queued) =>
        new(destination, JsonSerializer.Serialize(queued, DeliveryJson.Options.Info<QueuedMessage>()));

    /// <summary>An edit of <paramref name="target"/>, stored under its own key; PATCH is idempotent, so a resend after a crash is harmless.</summary>
    public static OutgoingMessage QueueEdit(string channelId, string idempotencyKey, EditTarget target, MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queued = new QueuedMessage
        {
            Nonce = MessageNonce.For(idempotencyKey, 0),
            Message = message with { Nonce = null, EnforceNonce = null },
            Edit = target,
        };
        return new OutgoingMessage(channelId, JsonSerializer.Serialize(queued, DeliveryJson.Options.Info<QueuedMessage>()));
    }

    /// <summary>
    /// The message to store for <paramref name="channelId"/>, its nonce made from what it is (the digest's key and its place
    /// in it), so a resend after a crash carries the same nonce and Discord returns the earlier message instead.
    /// </summary>
    public static OutgoingMessage Queue(
        string channelId, string idempotencyKey, int sequence, MessagePayload message, string? threadName = null, bool isDeliveryNotice = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        // The nonce is kept beside the body, not in it: the dispatcher adds it when sending.
        var queued = new QueuedMessage
        {
            Nonce = MessageNonce.For(idempotencyKey, sequence),
            Message = message with { Nonce = null, EnforceNonce = null },
            ThreadName = threadName,
            IsDeliveryNotice = isDeliveryNotice,
        };
        return new OutgoingMessage(channelId, JsonSerializer.Serialize(queued, DeliveryJson.Options.Info<QueuedMessage>()));
    }

    /// <summary><paramref name="message"/> marked as the last of its digest (<see cref="EndsDigest"/>).</summary>
    public static OutgoingMessage EndingDigest(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Write(message.Destination, Read(message.Payload) with { EndsDigest = true });
    }

    /// <exception cref="JsonException">The stored payload is not a queued message.</exception>
    public static QueuedMessage Read(string payload) =>
        JsonSerializer.Deserialize(payload, DeliveryJson.Options.Info<QueuedMessage>()) is { Message: not null, Nonce: not null } queued
            ? queued
            : throw new JsonException("empty message body");
}
