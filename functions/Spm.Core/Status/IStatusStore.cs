using Spm.Core.Status.Dimensions;

namespace Spm.Core.Status;

/// <summary>The status and dimension tables.</summary>
public interface IStatusStore
{
    /// <summary>Replaces every fact row of the period (rows no longer computed are deleted); returns the table transactions used.</summary>
    Task<int> ReplacePeriodAsync(string period, StatusTables tables, CancellationToken cancellationToken);

    /// <summary>The fact rows of a period, as stored.</summary>
    Task<StatusTables> ReadPeriodAsync(string period, CancellationToken cancellationToken);

    /// <summary>Writes the dimension tables from the catalog (idempotent); returns the table transactions used.</summary>
    Task<int> SeedAsync(DimensionTables dimensions, CancellationToken cancellationToken);
}
