using NewsBot.Ingestion.Extraction.Blocks;
using NewsBot.Ingestion.Tests.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.Blocks;

/// <summary>Training on a few invented pages: deterministic, and the model file reads back as written.</summary>
public sealed class BlockModelTrainerTests
{
    private const string FerryTruth = """
        Ferry timetable changes for the winter
        The island ferry will sail four times a day from November, the operator Tarnmouth Shipping said on Monday.
        Captain Mira Holloway said the morning crossing moves to half past seven so pupils reach the mainland school on time.
        Residents who travel for hospital visits can book a seat on the late crossing a week ahead, the company added.
        """;

    [Fact]
    public void Read_FooterOutsideTheTruth_LabelsHeadlineAndParagraphsOneAndFooterLow()
    {
        var page = BlockTrainingPage.Read(BlockPages.ArticleWithLongFooter(), new Uri("https://ashbycourier.example/2026/11/ferry"), FerryTruth);

        Assert.Equal(4, page.Examples.Count(e => e.Label == 1));
        Assert.True(page.Examples.Count(e => e.Label < 0.5) >= 40, "the footer's links are not main text");
    }

    [Fact]
    public void Train_SamePages_SameModelFile()
    {
        var pages = InventedTrainingPages();

        Assert.Equal(BlockModelTrainer.Train(pages, epochs: 2).ToJson(), BlockModelTrainer.Train(pages, epochs: 2).ToJson());
    }

    [Fact]
    public void ToJson_TrainedModel_ReadsBackAsTheSameFile()
    {
        var model = BlockModelTrainer.Train(InventedTrainingPages(), epochs: 2);

        Assert.Equal(model.ToJson(), BlockModel.FromJson(model.ToJson()).ToJson());
    }

    private static List<BlockTrainingPage> InventedTrainingPages() =>
    [
        BlockTrainingPage.Read(BlockPages.ArticleWithLongFooter(), new Uri("https://ashbycourier.example/2026/11/ferry"), FerryTruth),
        BlockTrainingPage.Read(InventedPages.Listing(20), new Uri("https://quarrylane.example/news"),
            string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Quarry Lane notice {i}"))),
    ];
}
