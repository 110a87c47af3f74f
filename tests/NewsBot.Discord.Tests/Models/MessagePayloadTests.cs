using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Models;

public sealed class MessagePayloadTests
{
    [Fact]
    public void Serialize_WithNonce_WritesSnakeCaseNonceAndEnforceNonce() =>
        Assert.Equal("""{"content":"x","nonce":"n-1","enforce_nonce":true}""",
            JsonSerializer.Serialize(new MessagePayload { Content = "x", Nonce = "n-1", EnforceNonce = true }, DiscordJson.Options));

    [Fact]
    public void Serialize_WithoutNonce_OmitsBothFields() =>
        Assert.Equal("""{"content":"x"}""", JsonSerializer.Serialize(new MessagePayload { Content = "x" }, DiscordJson.Options));
}
