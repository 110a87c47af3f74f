namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Bounds how many page bytes are being extracted at once, process-wide. Extraction costs memory in proportion to the
/// page (a 4.9 MB page of nested lists allocated about 170 MB under the first element cap, 58 MB since tiny elements are cut sooner), so sixteen such pages read
/// side by side by eight polls took the bot to 2.4 GB in the soak benchmark. Fetching stays parallel; only turning a
/// loaded page into text waits here. Small pages take one unit each, so dozens still run together; a page of half the
/// budget or more runs with few others, and one beyond it runs alone.
/// </summary>
public sealed class ExtractionBudget : IDisposable
{
    public const int UnitBytes = 256 * 1024;
    public const int Units = 32;

    private readonly SemaphoreSlim _units = new(Units, Units);

    // Units are taken one at a time by one caller at a time, so two large pages can never each hold half and wait forever.
    private readonly SemaphoreSlim _taking = new(1, 1);

    public static int UnitsFor(int bytes) => Math.Clamp((int)((bytes + (long)UnitBytes - 1) / UnitBytes), 1, Units);

    /// <summary>Waits until a page of <paramref name="bytes"/> fits in the budget; dispose the result when extracted.</summary>
    public async Task<IDisposable> EnterAsync(int bytes, CancellationToken cancellationToken)
    {
        var wanted = UnitsFor(bytes);
        var taken = 0;
        await _taking.WaitAsync(cancellationToken);
        try
        {
            for (; taken < wanted; taken++)
                await _units.WaitAsync(cancellationToken);
        }
        catch
        {
            if (taken > 0)
                _units.Release(taken);
            throw;
        }
        finally
        {
            _taking.Release();
        }
        return new Lease(_units, wanted);
    }

    public void Dispose()
    {
        _units.Dispose();
        _taking.Dispose();
    }

    private sealed class Lease(SemaphoreSlim units, int count) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                units.Release(count);
        }
    }
}
