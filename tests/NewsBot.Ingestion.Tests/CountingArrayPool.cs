using System.Buffers;

namespace NewsBot.Ingestion.Tests;

/// <summary>A pool that hands out new arrays of exactly the size asked and remembers what went out and came back.</summary>
internal sealed class CountingArrayPool<T> : ArrayPool<T>
{
    public List<T[]> Rented { get; } = [];

    public List<T[]> Returned { get; } = [];

    public override T[] Rent(int minimumLength)
    {
        var array = new T[minimumLength];
        Rented.Add(array);
        return array;
    }

    public override void Return(T[] array, bool clearArray = false) => Returned.Add(array);
}
