using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class NodeMarksTests
{
    [Fact]
    public void ClaimExclusionBit_After64Sets_ReturnsZero()
    {
        var marks = new NodeMarks();
        for (var i = 0; i < 64; i++)
        {
            Assert.Equal(1UL << i, marks.ClaimExclusionBit());
        }

        Assert.Equal(0UL, marks.ClaimExclusionBit());
    }

    [Fact]
    public void IsExcluded_AfterClear_FalseAndBitsFreed()
    {
        var marks = new NodeMarks();
        marks.EnsureCapacity(4);
        var bit = marks.ClaimExclusionBit();
        marks.MarkExcluded(2, bit);
        Assert.True(marks.IsExcluded(2, bit));
        Assert.False(marks.IsExcluded(2, 0));

        marks.Clear(4);

        Assert.False(marks.IsExcluded(2, bit));
        Assert.Equal(bit, marks.ClaimExclusionBit());
    }
}
