using Spm.Core.Notifications.Contacts;

namespace Spm.Core.Tests.Notifications.Contacts;

public class EmailAddressTests
{
    [Theory]
    [InlineData("mia@example.kz")]
    [InlineData("first.last+reports@gov.example.kz")]
    [InlineData("o'neil@example.kz")]
    [InlineData("user@xn--80ao21a.xn--p1ai")]
    public void IsValid_PlainAddresses_AreAccepted(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("mia")]
    [InlineData("mia@")]
    [InlineData("@example.kz")]
    [InlineData("mia@example")]
    [InlineData("mia@@example.kz")]
    [InlineData("mia@example..kz")]
    [InlineData(".mia@example.kz")]
    [InlineData("mi..a@example.kz")]
    [InlineData("Mia <mia@example.kz>")]
    [InlineData("mia @example.kz")]
    [InlineData("мия@example.kz")]
    [InlineData("mia@-example.kz")]
    [InlineData("mia@example.k")]
    [InlineData("mia@example.kz\n")]
    public void IsValid_Malformed_IsRefused(string address) => Assert.False(EmailAddress.IsValid(address));
}
