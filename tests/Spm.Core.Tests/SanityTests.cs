namespace Spm.Core.Tests;

public class SanityTests
{
    [Fact]
    public void Marker_Exists() => Assert.Equal("Spm.Core", typeof(CoreAssembly).Assembly.GetName().Name);
}
