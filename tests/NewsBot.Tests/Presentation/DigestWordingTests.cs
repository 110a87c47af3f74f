using NewsBot.Core.Topics;
using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class DigestWordingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Window_WithinAWeek_WeekdayAndTimeInTheZone() =>
        Assert.Equal("since Mon 08:00", DigestWording.Window(Monday, Monday.AddDays(1), Berlin));

    [Fact]
    public void Window_LongerThanAWeek_DateAndTime() =>
        Assert.Equal("since 30 Nov 08:00", DigestWording.Window(Monday, Monday.AddDays(10), Berlin));

    // ICU versions differ on the abbreviation's dot, so the tests allow either.
    [Fact]
    public void Window_GermanTexts_GermanWordAndDayName() =>
        Assert.Matches(@"^seit Mo\.? 08:00$", DigestWording.Window(Monday, Monday.AddDays(1), Berlin, DigestTexts.English.In("de")));

    [Fact]
    public void Window_FrenchLongerThanAWeek_FrenchMonth() =>
        Assert.Matches(@"^depuis 30 nov\.? 08:00$", DigestWording.Window(Monday, Monday.AddDays(10), Berlin, DigestTexts.English.In("fr")));

    [Fact]
    public void ThreadName_Portuguese_DateInThatCulture()
    {
        Assert.Matches(@"^Mundo · 30 nov\.? 2026$", DigestWording.ThreadName("Mundo", Monday, Berlin, DigestTexts.English.In("pt-BR")));
    }

    [Fact]
    public void ThreadName_TopicAndDateInTheZone()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("World · 1 Dec 2026", DigestWording.ThreadName("World", lateEvening, Berlin));
    }

    [Fact]
    public void ThreadName_LongTopic_ShortenedWithinDiscordsHundredCharacters()
    {
        var name = DigestWording.ThreadName(string.Join(' ', Enumerable.Repeat("harbour", 30)), Monday, TimeZoneInfo.Utc);

        Assert.InRange(name.Length, 1, DigestWording.MaxThreadNameLength);
        Assert.EndsWith("… · 30 Nov 2026", name, StringComparison.Ordinal);
    }

    [Fact]
    public void ZoneOf_UnknownZone_Utc() =>
        Assert.Equal(TimeZoneInfo.Utc, DigestWording.ZoneOf(new Topic { Name = "World", ChannelId = "1", Schedule = "daily 08:00", TimeZone = "Mars/Olympus" }));
}
