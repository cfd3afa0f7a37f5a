namespace Spm.Infrastructure;

/// <summary>Marker for the infrastructure assembly.</summary>
public static class InfrastructureAssembly;
