using System.Globalization;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>What a channel is told, in its topic's language, when a digest meant for it was given up after failing sends.</summary>
public static class DeliveryNotice
{
    private const int MaxReasonLength = 500;

    public static string Content(int attempts, TimeSpan age, string reason, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(texts);
        var hours = Math.Max(1, (int)Math.Round(age.TotalHours));
        var culture = CultureInfo.GetCultureInfo(texts.Locale);
        return texts.Get("notice.digestDropped", ("attempts", attempts.ToString(culture)), ("hours", hours.ToString(culture)),
            ("reason", DisplayText.Markdown(reason, MaxReasonLength)));
    }
}
