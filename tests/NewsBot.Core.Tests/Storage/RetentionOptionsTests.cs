using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Storage;

public sealed class RetentionOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 4, 15, 0, TimeSpan.Zero);

    [Fact]
    public void CutoffsAt_Defaults_ThirtyDaysOfTextAndHundredEightyOfIdentities()
    {
        var cutoffs = new RetentionOptions().CutoffsAt(Now);

        Assert.Equal(new RetentionCutoffs(Now.AddDays(-30), Now.AddDays(-180), Now.AddDays(-30), Now.AddDays(-365)), cutoffs);
    }

    [Fact]
    public void Validate_IdentitiesKeptShorterThanText_RefusedNamingBothSettings()
    {
        var errors = Errors(new RetentionOptions { ArticleTextDays = 60, SeenItemDays = 45 });

        var error = Assert.Single(errors);
        Assert.Contains("Retention:SeenItemDays (45)", error, StringComparison.Ordinal);
        Assert.Contains("Retention:ArticleTextDays (60)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroDays_RefusedByItsRange()
    {
        Assert.Single(Errors(new RetentionOptions { DeliveredMessageDays = 0 }));
        Assert.Empty(Errors(new RetentionOptions()));
    }

    private static List<string> Errors(RetentionOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
