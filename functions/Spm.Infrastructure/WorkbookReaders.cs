using Spm.Core.Workbooks;
using Spm.Infrastructure.Xlsx;

namespace Spm.Infrastructure;

/// <summary>Creates the workbook reader for callers without a service container (the command-line tool).</summary>
public static class WorkbookReaders
{
    public static IWorkbookReader Create(WorkbookLimits? limits = null) => new XlsxWorkbookReader(limits ?? new WorkbookLimits());
}
