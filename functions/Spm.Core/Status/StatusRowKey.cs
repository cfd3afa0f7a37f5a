namespace Spm.Core.Status;

/// <summary>The deterministic key of a status or dimension row: a recomputed row overwrites the same entity.</summary>
public readonly record struct StatusRowKey(string PartitionKey, string RowKey);
