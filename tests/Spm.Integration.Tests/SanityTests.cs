namespace Spm.Integration.Tests;

public class SanityTests
{
    [Fact]
    public void Marker_Exists() => Assert.Equal("Spm.Core", typeof(Spm.Core.CoreAssembly).Assembly.GetName().Name);
}
