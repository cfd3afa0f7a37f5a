namespace Spm.Integration.Tests.Support;

/// <summary>Tests that run with no other test beside them, so that they can measure what the check allocates and how long it takes.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
