using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Spm.Benchmarks;

/// <summary>Reads (and for ours, validates) every data row of a filled report, side by side with the raw floor and two popular readers.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(Columns))]
public class ReadValidateBenchmarks
{
    private Scenarios _scenarios = null!;
    private string _path = null!;

    [Params(1_000, 100_000, 500_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = ReportWorkbooks.Ensure(Rows);
        _scenarios = new Scenarios();
    }

    [Benchmark(Baseline = true)]
    public Tally RawFloor() => Scenarios.RawFloor(_path);

    [Benchmark]
    public Tally Spm() => _scenarios.Spm(_path);

    [Benchmark]
    public Tally SpmReadScreen() => _scenarios.SpmReadScreen(_path);

    [Benchmark]
    public Tally SpmReadOnly() => _scenarios.SpmReadOnly(_path);

    [Benchmark]
    public Tally MiniExcel() => Scenarios.MiniExcel(_path);

    [Benchmark]
    public Tally ExcelDataReader() => Scenarios.ExcelDataReader(_path);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new RowsPerSecondColumn());
            HideColumns(Column.Error, Column.StdDev);
            AddColumn(StatisticColumn.Min, StatisticColumn.Max);
            Orderer = new DefaultOrderer(SummaryOrderPolicy.Declared);
        }
    }
}

/// <summary>Data rows read per second, from the mean time of one operation (one whole workbook).</summary>
internal sealed class RowsPerSecondColumn : IColumn
{
    public string Id => nameof(RowsPerSecondColumn);

    public string ColumnName => "Rows/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Data rows per second (Rows / Mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["Rows"] is not int rows)
        {
            return "-";
        }

        var perSecond = rows / (statistics.Mean / 1e9);
        return perSecond.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
