using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Models;

public sealed class NonceJsonConverterTests
{
    [Theory]
    [InlineData("""{"id":"1","nonce":"digest-1"}""", "digest-1")]
    [InlineData("""{"id":"1","nonce":1234567890123}""", "1234567890123")]
    [InlineData("""{"id":"1","nonce":null}""", null)]
    [InlineData("""{"id":"1"}""", null)]
    public void Deserialize_MessageNonceAsStringOrInteger_ReadsAsString(string json, string? expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Message>(json, DiscordJson.Options)!.Nonce);

    [Fact]
    public void Deserialize_MessageNonceOfAnotherType_Throws() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Message>("""{"id":"1","nonce":true}""", DiscordJson.Options));

}
