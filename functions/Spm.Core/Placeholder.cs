namespace Spm.Core;

/// <summary>Marker for the core assembly.</summary>
public static class CoreAssembly;
