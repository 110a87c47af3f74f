using System.Globalization;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The lines the soak and its <c>soak-outlets</c> child exchange. The child announces its servers (<c>site</c>,
/// <c>setting</c> lines, <c>ready</c>); each clock move is a line of UTC ticks, answered <c>ok</c> once the child's clock
/// is there; when its input closes the child prints its counts (<c>figures</c>) and ends.
/// </summary>
internal static class OutletProtocol
{
    public const string Verb = "soak-outlets";
    public const string Site = "site ";
    public const string Setting = "setting ";
    public const string Ready = "ready";
    public const string Moved = "ok";
    public const string Figures = "figures ";

    public static string Time(DateTimeOffset now) => now.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(string line) =>
        new(long.Parse(line, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static string Write(OutletFigures figures) =>
        Figures + string.Join(' ', new[] { figures.Requests, figures.Messages, figures.PeakWorkingSetBytes }.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    public static OutletFigures ReadFigures(string line)
    {
        var numbers = line[Figures.Length..].Split(' ').Select(n => long.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        return new OutletFigures(numbers[0], (int)numbers[1], numbers[2]);
    }
}
