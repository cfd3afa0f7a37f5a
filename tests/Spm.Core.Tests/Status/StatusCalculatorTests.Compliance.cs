using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Status;
using Spm.Core.Submissions;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

public partial class StatusCalculatorTests
{
    [Fact]
    public void Compute_Compliance_OnTimeLateRejectedOnlyMissing()
    {
        // 2019-H1 is due on 10 July 2019 (UTC+6: the day ends at 18:00 UTC). Now is 1 August, 06:00 in Almaty.
        var miaFirst = Upload("mia", "2019-H1", "2019-07-10T17:00:00Z"); // 23:00 on the 10th
        var miaFix = Upload("mia", "2019-H1", "2019-07-20T05:00:00Z");
        var mes = Upload("mes", "2019-H1", "2019-07-10T18:30:00Z"); // 00:30 on the 11th
        var nscRejected = Upload("nsc", "2019-H1", "2019-07-05T05:00:00Z", SubmissionOutcome.Rejected);
        var nscQuarantined = Upload("nsc", "2019-H1", "2019-07-09T05:00:00Z", SubmissionOutcome.Quarantined);
        var mfaFailed = Upload("mfa", "2019-H1", "2019-07-09T05:00:00Z", SubmissionOutcome.Failed);
        Submission[] submissions = [miaFirst, miaFix, mes, nscRejected, nscQuarantined, mfaFailed];

        var tables = Compute("2019-H1", "2019-08-01T00:00:00Z", submissions, [Report(miaFix), Report(mes)]);

        var rows = tables.Compliance.ToDictionary(r => r.UnitCode);
        var mia = rows["mia"];
        Assert.Equal((ComplianceStatus.OnTime, (int?)null, 1), (mia.Status, mia.DaysLate, mia.Corrections));
        Assert.Equal((miaFirst.Id, miaFix.Id), (mia.FirstAcceptedSubmissionId, mia.CurrentSubmissionId));
        Assert.Equal(new DateOnly(2019, 7, 10), mia.FirstAcceptedLocalDate);
        Assert.Equal((0, ""), (mia.RowsOutstanding, mia.OutstandingCodes));
        Assert.Equal((ComplianceStatus.Late, 1, new DateOnly(2019, 7, 11)), (rows["mes"].Status, rows["mes"].DaysLate, rows["mes"].FirstAcceptedLocalDate));
        var nsc = rows["nsc"];
        Assert.Equal((ComplianceStatus.RejectedOnly, 22, 2, 2), (nsc.Status, nsc.DaysOverdue, nsc.Uploads, nsc.RefusedUploads));
        Assert.Equal(nsc.RowsOwed, nsc.RowsOutstanding);
        Assert.True(nsc.RowsOwed > 0);
        Assert.Equal((ComplianceStatus.Missing, 1, 0), (rows["mfa"].Status, rows["mfa"].Uploads, rows["mfa"].RefusedUploads));
        var mne = rows["mne"];
        Assert.Equal((ComplianceStatus.Missing, 22, 1, 1, "M-41"), (mne.Status, mne.DaysOverdue, mne.RowsOwed, mne.RowsOutstanding, mne.OutstandingCodes));
        Assert.Equal(new DateOnly(2019, 7, 10), mne.DueDate);
    }

    [Fact]
    public void Compute_Compliance_OneRowPerUnitThatOwesRows()
    {
        var tables = Compute("2019-H1", "2019-08-01T00:00:00Z");

        var units = tables.Compliance.Select(r => r.UnitCode).ToList();
        Assert.Equal(ReportObligations.AgenciesOwing(Catalog, "2019-H1"), units);
        Assert.DoesNotContain("lea", units);
        Assert.DoesNotContain("mof", units); // the decree gives the Ministry of Finance no row of its own
        Assert.Equal(16, tables.Compliance.Count(r => r.UnitKind == AgencyKind.Regional));
    }

    [Theory]
    [InlineData("2019-07-10T17:59:59Z", ComplianceStatus.NotDue, null)]
    [InlineData("2019-07-10T18:00:00Z", ComplianceStatus.Missing, 1)]
    [InlineData("2019-07-10T18:59:00Z", ComplianceStatus.Missing, 1)]
    public void Compute_Compliance_MissingFromTheDayAfterTheDueDateInAlmaty(string now, ComplianceStatus expected, int? daysOverdue)
    {
        var tables = Compute("2019-H1", now);

        var mne = tables.Compliance.Single(r => r.UnitCode == "mne");
        Assert.Equal((expected, daysOverdue), (mne.Status, mne.DaysOverdue));
    }

    [Theory]
    // Since 1 March 2024 Almaty is UTC+5: 10 July ends at 19:00 UTC, an hour later than in 2019.
    [InlineData("2024-07-10T18:30:00Z", ComplianceStatus.NotDue)]
    [InlineData("2024-07-10T18:59:59Z", ComplianceStatus.NotDue)]
    [InlineData("2024-07-10T19:00:00Z", ComplianceStatus.Missing)]
    public void Compute_Compliance_AfterMarch2024_TheDueDateEndsAtUtcPlus5(string now, ComplianceStatus expected)
    {
        var next = NextProgram();

        var tables = Compute("2024-H1", now, [], [], next);

        Assert.Equal(expected, tables.Compliance.Single(r => r.UnitCode == "nsc").Status);
    }

    [Fact]
    public void Compute_Compliance_UploadAt1845UtcOnTheDueDateIn2024_IsOnTime()
    {
        var upload = Upload("nsc", "2024-H1", "2024-07-10T18:45:00Z"); // 23:45 in Almaty (UTC+5); at UTC+6 it would be late

        var tables = Compute("2024-H1", "2024-08-01T00:00:00Z", [upload], [Report(upload)], NextProgram());

        var nsc = tables.Compliance.Single(r => r.UnitCode == "nsc");
        Assert.Equal((ComplianceStatus.OnTime, new DateOnly(2024, 7, 10)), (nsc.Status, nsc.FirstAcceptedLocalDate));
    }

    // The same catalog moved to 2024–2025, as the next program's catalog would be: the time rule must not care.
    private static ProgramCatalog NextProgram() => Catalog with
    {
        Program = Catalog.Program with { FirstYear = 2024, LastYear = 2025 },
        Periods = ReportingCalendar.Build(2024, 2025),
    };
}
