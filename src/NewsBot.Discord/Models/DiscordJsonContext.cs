using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>Every type read from or written to Discord, serialized by generated code (used through <see cref="DiscordJson.Options"/>).</summary>
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(WebhookPayload))]
[JsonSerializable(typeof(ForumThreadPayload))]
[JsonSerializable(typeof(ForumTagsPayload))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(ActiveThreads))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(ApplicationCommand[]))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
