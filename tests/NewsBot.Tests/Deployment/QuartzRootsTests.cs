using System.Xml.Linq;
using NewsBot.Testing;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// The linker descriptor of the NativeAOT publish: the CI suite does not publish, so a descriptor the linker cannot read
/// (a double hyphen inside its comment once broke the Docker build) is caught here.
/// </summary>
public sealed class QuartzRootsTests
{
    private static readonly string Path = System.IO.Path.Combine(TestPaths.RepositoryRoot, "src/NewsBot/QuartzRoots.xml");

    [Fact]
    public void QuartzRoots_ReadAsXml_IsALinkerDescriptor()
    {
        var document = XDocument.Load(Path);

        Assert.Equal("linker", document.Root!.Name.LocalName);
    }

    [Fact]
    public void QuartzRoots_QuartzAssembly_KeepsTheJobStoreAndSerializerNamespaces()
    {
        var kept = XDocument.Load(Path).Root!.Elements("assembly")
            .Where(a => (string?)a.Attribute("fullname") == "Quartz")
            .Elements("namespace").Select(n => (string?)n.Attribute("fullname"));

        Assert.Equal(["Quartz.Impl.AdoJobStore", "Quartz.Impl.AdoJobStore.Common", "Quartz.Serialization.SystemTextJson"], kept);
    }
}
