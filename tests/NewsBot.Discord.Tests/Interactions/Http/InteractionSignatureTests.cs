using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Interactions.Http;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace NewsBot.Discord.Tests.Interactions.Http;

public sealed class InteractionSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":1}""");
    private readonly Ed25519PrivateKeyParameters _key = new(new SecureRandom());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("")]
    [InlineData("abcd")]
    [InlineData("zz3d4f1e2c5b6a79880716253443526170f1e2d3c4b5a69788796a5b4c3d2e1f")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef00")]
    public void ParseKey_NotSixtyFourHexCharacters_Null(string text)
    {
        Assert.Null(InteractionSignature.ParseKey(text));
    }

    [Fact]
    public void IsValid_SignedOverTimestampAndBody_True()
    {
        var timestamp = Now();

        Assert.True(Signature().IsValid(Sign(timestamp, Body), timestamp, Body));
    }

    [Fact]
    public void IsValid_SameSignatureAnotherTimestamp_False()
    {
        var timestamp = Now();
        var other = (_time.GetUtcNow().ToUnixTimeSeconds() + 1).ToString(CultureInfo.InvariantCulture);

        Assert.False(Signature().IsValid(Sign(timestamp, Body), other, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void IsValid_TimestampMoreThanFiveMinutesAway_False(int seconds)
    {
        var timestamp = (_time.GetUtcNow().ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);

        Assert.False(Signature().IsValid(Sign(timestamp, Body), timestamp, Body));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("99999999999999999999")]
    [InlineData("-5")]
    public void IsValid_TimestampNotUnixSeconds_False(string timestamp)
    {
        Assert.False(Signature().IsValid(Sign(timestamp, Body), timestamp, Body));
    }

    [Fact]
    public void IsValid_SignatureNotHex_False()
    {
        Assert.False(Signature().IsValid(new string('g', 128), Now(), Body));
    }

    private InteractionSignature Signature() => new(_key.GeneratePublicKey().GetEncoded(), _time, TimeSpan.FromMinutes(5));

    private string Now() => _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, _key);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
