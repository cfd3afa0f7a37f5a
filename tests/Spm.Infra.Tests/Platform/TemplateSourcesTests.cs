using Spm.Infra.Tests.Deployment;

namespace Spm.Infra.Tests.Platform;

/// <summary>The Bicep sources: local modules only, no hard-coded region.</summary>
public sealed class TemplateSourcesTests
{
    private static readonly DirectoryInfo Infra = new(Path.Combine(BicepCli.RepositoryRoot.FullName, "infra"));

    [Fact]
    public void Modules_EveryTemplate_AreLocalFiles()
    {
        var templates = Infra.GetFiles("*.bicep", SearchOption.AllDirectories);

        Assert.NotEmpty(templates);
        Assert.All(templates, file =>
        {
            var text = File.ReadAllText(file.FullName);
            Assert.DoesNotContain("'br/", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'br:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts:", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Modules_EveryModule_HasNameAndDescriptionMetadata()
    {
        var modules = Infra.GetFiles("*.bicep", SearchOption.AllDirectories);

        Assert.All(modules, file =>
        {
            var text = File.ReadAllText(file.FullName);
            Assert.Contains("metadata name = '", text, StringComparison.Ordinal);
            Assert.Contains("metadata description = '", text, StringComparison.Ordinal);
        });
    }
}
