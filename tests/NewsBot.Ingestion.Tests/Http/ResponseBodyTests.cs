using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class ResponseBodyTests
{
    [Fact]
    public void Append_BodyOfManyChunks_KeptInOrderInSegmentsBelowTheLargeObjectSize()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var body = ResponseBody.Pooled(new CountingArrayPool<byte>());

        foreach (var chunk in bytes.Chunk(50_000))
            body.Append(chunk);

        Assert.Equal(bytes.Length, body.Length);
        Assert.Equal(bytes, body.ToArray());
        Assert.Equal(5, body.Segments.Count());
        Assert.All(body.Segments, segment => Assert.InRange(segment.Length, 1, ResponseBody.SegmentBytes));
        Assert.True(ResponseBody.SegmentBytes < 85_000, "a segment must stay off the large-object heap");
    }

    [Fact]
    public void Dispose_PooledBody_GivesEverySegmentBack()
    {
        var pool = new CountingArrayPool<byte>();
        var body = ResponseBody.Pooled(pool);
        body.Append(new byte[ResponseBody.SegmentBytes * 2 + 10]);

        body.Dispose();

        Assert.Equal(3, pool.Rented.Count);
        Assert.Equal(pool.Rented, pool.Returned);
        Assert.Equal(0, body.Length);
    }

    [Fact]
    public void Of_BytesInMemory_AreTheBodyWithoutACopy()
    {
        byte[] bytes = [1, 2, 3];

        using var body = ResponseBody.Of(bytes);

        Assert.Same(bytes, body.ToArray());
        Assert.Equal(3, body.Length);
    }

    [Fact]
    public void CopyStart_HeadAcrossSegments_CopiesTheFirstBytes()
    {
        using var body = ResponseBody.Pooled(new CountingArrayPool<byte>());
        body.Append(Enumerable.Repeat((byte)'a', ResponseBody.SegmentBytes - 1).ToArray());
        body.Append("bcd"u8);
        var head = new byte[ResponseBody.SegmentBytes + 10];

        var copied = body.CopyStart(head);

        Assert.Equal(ResponseBody.SegmentBytes + 2, copied);
        Assert.Equal("bcd"u8.ToArray(), head[(ResponseBody.SegmentBytes - 1)..copied]);
    }
}
