using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Tests.Engine.Topics;

public sealed class ScheduleParserTests
{
    private static readonly DateTimeOffset SundayMorning = new(2026, 11, 29, 5, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("daily 08:00", "UTC", "2026-11-29T08:00:00+00:00")]
    [InlineData("daily 08:00", "Europe/Berlin", "2026-11-29T07:00:00+00:00")]
    [InlineData("Daily at 8am", "UTC", "2026-11-29T08:00:00+00:00")]
    [InlineData("daily 07:00,19:00", "UTC", "2026-11-29T07:00:00+00:00")]
    [InlineData("weekdays 07:30", "UTC", "2026-11-30T07:30:00+00:00")]
    [InlineData("weekends 10:00", "UTC", "2026-11-29T10:00:00+00:00")]
    [InlineData("mon,thu 18:00", "UTC", "2026-11-30T18:00:00+00:00")]
    [InlineData("thursdays 6pm", "UTC", "2026-12-03T18:00:00+00:00")]
    [InlineData("every 6h", "UTC", "2026-11-29T06:00:00+00:00")]
    [InlineData("every 30m", "UTC", "2026-11-29T05:30:00+00:00")]
    [InlineData("hourly", "UTC", "2026-11-29T06:00:00+00:00")]
    [InlineData("0 8 * * 1-5", "UTC", "2026-11-30T08:00:00+00:00")]
    [InlineData("30 9 * * 0", "America/New_York", "2026-11-29T14:30:00+00:00")]
    [InlineData("0 15 10 ? * SUN", "UTC", "2026-11-29T10:15:00+00:00")]
    public void TryParse_PhraseOrCron_FiresWhenExpected(string text, string zone, string expected)
    {
        Assert.True(ScheduleParser.TryParse(text, zone, out var schedule, out var error), error);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.NextAfter(SundayMorning));
    }

    [Fact]
    public void TryParse_SummerTime_FollowsTheZone()
    {
        var schedule = ScheduleParser.Parse("daily 08:00", "Europe/Berlin");

        var next = schedule.NextAfter(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void TryParse_Phrase_DescribesItselfInWords()
    {
        var schedule = ScheduleParser.Parse("weekdays 07:30", "Europe/Oslo");

        Assert.Equal("weekdays at 07:30 (Europe/Oslo)", schedule.Description);
    }

    [Theory]
    [InlineData("daily 25:00", "not a time of day")]
    [InlineData("fortnightly 08:00", "not daily, weekdays")]
    [InlineData("every 2m", "5, 6, 10, 12, 15, 20 or 30 minutes")]
    [InlineData("every 45m", "divide the hour evenly")]
    [InlineData("every 7h", "divide the day evenly")]
    [InlineData("daily 08:00,18:30", "share their minutes")]
    [InlineData("whenever", "not a schedule")]
    [InlineData("61 * * * *", "not a schedule")]
    public void TryParse_Invalid_SaysWhatWouldParse(string text, string reason)
    {
        Assert.False(ScheduleParser.TryParse(text, "UTC", out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("daily 08:00", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnknownTimeZone_NamesIt()
    {
        Assert.False(ScheduleParser.TryParse("daily 08:00", "Mars/Olympus_Mons", out _, out var error));

        Assert.Contains("Mars/Olympus_Mons", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidWithEnglishTexts_ExactlyAsBefore()
    {
        Assert.False(ScheduleParser.TryParse("every 7h", "UTC", out _, out var error));

        Assert.Equal("every Nh takes 1, 2, 3, 4, 6, 8 or 12 hours (they divide the day evenly); try " + ScheduleParser.Examples, error);
    }

    [Theory]
    [InlineData("daily 25:00", "de", "'25:00' ist keine Tageszeit; versuch daily 08:00")]
    [InlineData("whenever", "fr", "'whenever' n’est pas un horaire ; essaie daily 08:00")]
    [InlineData("every 7h", "es-ES", "every Nh admite 1, 2, 3, 4, 6, 8 o 12 horas")]
    public void TryParse_InvalidForAModerator_ErrorInTheirLanguage(string text, string locale, string start)
    {
        Assert.False(ScheduleParser.TryParse(text, "UTC", TextCatalog.Embedded.For(locale), out _, out var error));

        Assert.StartsWith(start, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnknownTimeZoneForAGermanModerator_GermanAndNamesIt()
    {
        Assert.False(ScheduleParser.TryParse("daily 08:00", "Mars/Olympus_Mons", TextCatalog.Embedded.For("de"), out _, out var error));

        Assert.Equal("unbekannte Zeitzone 'Mars/Olympus_Mons': nimm einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC", error);
    }
}
