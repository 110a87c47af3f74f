using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Tests.Localization;

/// <summary>Schedules in words in every shipped language: the phrases' shapes, the same shapes as cron, the rest as they are.</summary>
public sealed class ScheduleWordsTests
{
    [Theory]
    [InlineData("daily 08:00", "every day at 08:00")]
    [InlineData("weekdays 07:30", "weekdays at 07:30")]
    [InlineData("weekends 10:00", "weekends at 10:00")]
    [InlineData("mon,thu 18:00", "Mon, Thu at 18:00")]
    [InlineData("sun,mon 09:15", "Mon, Sun at 09:15")]
    [InlineData("daily 08:00,18:00", "every day at 08:00, 18:00")]
    [InlineData("every 6h", "every 6 hours from midnight")]
    [InlineData("every 30m", "every 30 minutes")]
    [InlineData("hourly", "every hour, on the hour")]
    [InlineData("0 8 * * 1-5", "weekdays at 08:00")]
    [InlineData("30 7 * * *", "every day at 07:30")]
    [InlineData("0 0 9 ? * SAT,SUN", "weekends at 09:00")]
    [InlineData("0 0 9 ? * FRI-MON", "Mon, Fri, Sat, Sun at 09:00")]
    public void Describe_CommonShapes_EnglishWords(string schedule, string expected)
    {
        var parsed = ScheduleParser.Parse(schedule, "UTC");

        Assert.Equal(expected, ScheduleWords.Describe(parsed.CronExpression, TextCatalog.Embedded.For("en-US")));
    }

    [Theory]
    [InlineData("de", "werktags um 07:30 (Europe/Berlin)")]
    [InlineData("fr", "en semaine à 07:30 (Europe/Berlin)")]
    [InlineData("es-ES", "entre semana a las 07:30 (Europe/Berlin)")]
    [InlineData("it", "nei giorni feriali alle 07:30 (Europe/Berlin)")]
    [InlineData("pt-BR", "em dias úteis às 07:30 (Europe/Berlin)")]
    public void WithZone_Weekdays_InTheMembersLanguage(string locale, string expected)
    {
        var schedule = ScheduleParser.Parse("weekdays 07:30", "Europe/Berlin");

        Assert.Equal(expected, ScheduleWords.WithZone(schedule.CronExpression, schedule.TimeZone, TextCatalog.Embedded.For(locale)));
    }

    [Fact]
    public void Describe_DayList_DayNamesOfTheLanguage()
    {
        var schedule = ScheduleParser.Parse("mon,thu 18:00", "UTC");

        Assert.Equal("Mo, Do um 18:00", ScheduleWords.Describe(schedule.CronExpression, TextCatalog.Embedded.For("de")));
    }

    [Theory]
    [InlineData("0 15 10 L * ?")]
    [InlineData("0 0 12 1 * ?")]
    [InlineData("0 0/5 14 * * ?")]
    [InlineData("0 0 12 ? JAN MON")]
    public void Describe_UncommonShape_TheExpressionItself(string cron)
    {
        var schedule = ScheduleParser.Parse(cron, "UTC");

        Assert.Equal($"cron {schedule.CronExpression}", ScheduleWords.Describe(schedule.CronExpression, TextCatalog.Embedded.For("en-US")));
    }

    [Fact]
    public void Describe_EveryTranslation_NoEnglishLeftForAWeekendSchedule()
    {
        var schedule = ScheduleParser.Parse("weekends 10:00", "UTC");
        var english = ScheduleWords.Describe(schedule.CronExpression, TextCatalog.Embedded.For("en-US"));

        foreach (var language in TextCatalog.Embedded.Languages.Where(l => l.Locale != TextCatalog.Fallback))
            Assert.NotEqual(english, ScheduleWords.Describe(schedule.CronExpression, TextCatalog.Embedded.For(language.Locale)));
    }
}
