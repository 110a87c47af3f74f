using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class EvaluationSplitsTests
{
    [Theory]
    [InlineData("0000", true)]
    [InlineData("0003", true)]
    [InlineData("1494", true)]
    [InlineData("1495", false)]
    [InlineData("0002", false)]
    [InlineData("04a6711caa7c", false)]
    public void IsHeldOut_PageIds_HoldOutNumbersDivisibleByThree(string id, bool heldOut) =>
        Assert.Equal(heldOut, EvaluationSplits.IsHeldOut(id));

    [Fact]
    public void Includes_EverySplit_PartitionsThePages()
    {
        string[] ids = ["0001", "0002", "0003", "0006", "abc"];

        Assert.Equal(["0001", "0002", "abc"], ids.Where(id => EvaluationSplit.Tune.Includes(id)));
        Assert.Equal(["0003", "0006"], ids.Where(id => EvaluationSplit.Holdout.Includes(id)));
        Assert.Equal(ids, ids.Where(id => EvaluationSplit.All.Includes(id)));
    }
}
