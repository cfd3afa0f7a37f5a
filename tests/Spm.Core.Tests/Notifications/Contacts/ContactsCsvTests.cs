using Spm.Core.Notifications.Contacts;
using Spm.Testing;

namespace Spm.Core.Tests.Notifications.Contacts;

public class ContactsCsvTests
{
    [Fact]
    public void Parse_ValidFile_ReadsEveryContact()
    {
        const string text = "unit,to,cc,language\ncoordinator,office@example.kz,,both\nmia,mia@example.kz,a@example.kz;b@example.kz,ru\nakmola,akmola@example.kz,,kk\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.True(result.Succeeded);
        Assert.Equal(["coordinator", "mia", "akmola"], result.Contacts.Select(c => c.Unit));
        var mia = result.Contacts[1];
        Assert.Equal("mia@example.kz", mia.To);
        Assert.Equal(["a@example.kz", "b@example.kz"], mia.Cc);
        Assert.Equal(ContactLanguage.Russian, mia.Language);
        Assert.Equal(ContactLanguage.Kazakh, result.Contacts[2].Language);
    }

    [Fact]
    public void Parse_ExcelUtf8WithBomCrlfAndQuotes_ReadsIt()
    {
        const string text = "\uFEFF\"unit\",\"to\",\"cc\",\"language\"\r\n\"mia\",\"mia@example.kz\",\"a@example.kz; b@example.kz\",\"both\"\r\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(["a@example.kz", "b@example.kz"], Assert.Single(result.Contacts).Cc);
    }

    [Fact]
    public void Parse_SemicolonDelimitedAsExcelWritesUnderARussianLocale_ReadsIt()
    {
        const string text = "unit;to;cc;language\r\nmia;mia@example.kz;\"a@example.kz;b@example.kz\";ru\r\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(2, Assert.Single(result.Contacts).Cc.Count);
    }

    [Fact]
    public void Parse_CommaInsideQuotes_IsPartOfTheField()
    {
        const string text = "unit,to,cc,language\nmia,mia@example.kz,\"a@example.kz,b@example.kz\",ru\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        // A comma is not the cc separator: the one field is a malformed address, reported on its line.
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("separate addresses with ;", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ErrorsOnSeveralLines_ReportsEachByLineAndImportsNothing()
    {
        const string text = """
            unit,to,cc,language
            mia,mia@example.kz,,both
            atlantis,a@example.kz,,both
            akmola,not-an-address,,kk
            aktobe,aktobe@example.kz,bad@,ru
            atyrau,atyrau@example.kz,,en
            mia,other@example.kz,,both
            lea,lea@example.kz,,both
            mes,mes@example.kz
            """;

        var result = ContactsCsv.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), TestCatalogs.Decree);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Contacts);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], result.Problems.Select(p => p.Line));
        Assert.Contains("unknown unit code 'atlantis'", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("malformed address in 'to'", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("malformed address in 'cc'", result.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("language must be kk, ru or both", result.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("already on line 2", result.Problems[4].Message, StringComparison.Ordinal);
        Assert.Contains("unknown unit code 'lea'", result.Problems[5].Message, StringComparison.Ordinal);
        Assert.Contains("expected 4 columns", result.Problems[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuotedLineBreak_CountsPhysicalLines()
    {
        const string text = "unit,to,cc,language\nmia,mia@example.kz,\"a@example.kz;\nb@example.kz\",both\nnowhere,x@example.kz,,both\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsTheLineItStarts()
    {
        const string text = "unit,to,cc,language\nmia,mia@example.kz,,both\nakmola,\"akmola@example.kz,,kk\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not closed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("unit,email,cc,language\n")]
    [InlineData("to,unit,cc,language\nmia,mia@example.kz,,both\n")]
    public void Parse_MissingOrWrongHeader_IsAProblemOnLineOne(string text)
    {
        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.Equal(1, result.Problems[0].Line);
    }

    [Fact]
    public void Parse_SomeUnitsMissing_ListsThemWithoutFailing()
    {
        const string text = "unit,to,cc,language\nmia,mia@example.kz,,both\n";

        var result = ContactsCsv.Parse(text, TestCatalogs.Decree);

        Assert.True(result.Succeeded);
        Assert.Equal("coordinator", result.UnitsWithoutContact[0]);
        Assert.Contains("akmola", result.UnitsWithoutContact);
        Assert.DoesNotContain("mia", result.UnitsWithoutContact);
        Assert.DoesNotContain("lea", result.UnitsWithoutContact);
    }

    [Fact]
    public void Write_CellsThatSpreadsheetsReadAsFormulas_AreNeutralised()
    {
        var contacts = new[]
        {
            new Contact("mia", "=HYPERLINK(\"http://evil\")@example.kz", ["+1@example.kz", "-x@example.kz"], ContactLanguage.Both),
            new Contact("akmola", "@home@example.kz", ["\tx@example.kz"], ContactLanguage.Kazakh),
        };

        var text = ContactsCsv.Write(contacts);

        var lines = text.Split("\r\n");
        Assert.Equal("unit,to,cc,language", lines[0]);
        Assert.Equal("akmola,'@home@example.kz,'\tx@example.kz,kk", lines[1]);
        Assert.Equal("mia,\"'=HYPERLINK(\"\"http://evil\"\")@example.kz\",'+1@example.kz;-x@example.kz,both", lines[2]);
        Assert.All(lines.Skip(1).Where(l => l.Length > 0).SelectMany(l => l.Split(',')), cell => Assert.DoesNotMatch("^[=+\\-@\t\r]", cell));
    }

    [Fact]
    public void WriteThenParse_RoundTrips()
    {
        var contacts = new[]
        {
            new Contact("coordinator", "office@example.kz", ["deputy@example.kz"], ContactLanguage.Both),
            new Contact("mia", "mia@example.kz", [], ContactLanguage.Russian),
            new Contact("astana", "-astana@example.kz", ["=x@example.kz", "b@example.kz"], ContactLanguage.Kazakh),
        };

        var result = ContactsCsv.Parse(ContactsCsv.Write(contacts), TestCatalogs.Decree);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var byUnit = result.Contacts.ToDictionary(c => c.Unit);
        foreach (var contact in contacts)
        {
            var read = byUnit[contact.Unit];
            Assert.Equal(contact.To, read.To);
            Assert.Equal(contact.Cc, read.Cc);
            Assert.Equal(contact.Language, read.Language);
        }
    }

    [Fact]
    public void SampleContacts_CoverEveryUnitAndImportCleanly()
    {
        var result = ContactsCsv.Parse(ContactsCsv.Write(SampleContacts.For(TestCatalogs.Decree)), TestCatalogs.Decree);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Empty(result.UnitsWithoutContact);
        Assert.All(result.Contacts, c => Assert.EndsWith("@example.kz", c.To, StringComparison.Ordinal));
    }
}
