using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>What a channel is told when a digest meant for it was given up after failing sends.</summary>
public static class DeliveryNotice
{
    private const int MaxReasonLength = 500;

    public static string Content(int attempts, TimeSpan age, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var hours = Math.Max(1, (int)Math.Round(age.TotalHours));
        return $"⚠ A digest for this channel could not be posted after {attempts} attempts over about {hours} h "
            + $"({DisplayText.Markdown(reason, MaxReasonLength)}), so it was dropped. Later digests carry on as usual.";
    }
}
