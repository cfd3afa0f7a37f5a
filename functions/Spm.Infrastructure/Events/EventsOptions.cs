using System.ComponentModel.DataAnnotations;

namespace Spm.Infrastructure.Events;

/// <summary>
/// Where integration events go (section <c>Events</c>): a Service Bus topic reached with managed identity
/// (<c>Events__fullyQualifiedNamespace</c>, <c>Events__credential=managedidentity</c>, <c>Events__clientId</c>) or,
/// locally, a connection string (<c>Events__ConnectionString</c>). Neither set: no events.
/// </summary>
public sealed class EventsOptions : IValidatableObject
{
    public const string SectionName = "Events";

    /// <summary><c>{namespace}.servicebus.windows.net</c>.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>A connection string (local brokers and tests); a secret, never logged.</summary>
    public string? ConnectionString { get; set; }

    public string? Topic { get; set; }

    /// <summary><c>managedidentity</c> for a user-assigned identity named by <see cref="ClientId"/>; otherwise the default Azure credential.</summary>
    public string? Credential { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The CloudEvents <c>source</c>; empty for <c>/spm/{program code}</c>.</summary>
    public string? Source { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(FullyQualifiedNamespace) || !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && string.IsNullOrWhiteSpace(Topic))
        {
            yield return new ValidationResult($"{SectionName}:Topic is required when a Service Bus namespace or connection string is set.", [nameof(Topic)]);
        }

        if (!string.IsNullOrWhiteSpace(Source) && !Uri.TryCreate(Source, UriKind.RelativeOrAbsolute, out _))
        {
            yield return new ValidationResult($"{SectionName}:Source must be a URI reference.", [nameof(Source)]);
        }
    }
}
