using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

/// <summary>No secret in an app setting or an output: secrets live in Key Vault and are referenced.</summary>
public sealed partial class SecretsTests(DeploymentFixture deployment)
{
    private const string KeyVaultSecretType = "Microsoft.KeyVault/vaults/secrets";

    /// <summary>Carries an instrumentation key that cannot write: the component accepts Entra tokens only.</summary>
    private const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    [Fact]
    public void AppSettings_SecretLikeNames_AreKeyVaultReferences()
    {
        foreach (var snapshot in deployment.All)
        {
            var secretLike = snapshot.AppSettings
                .Where(setting => SecretLikeName().IsMatch(setting.Key) && setting.Key != ApplicationInsightsConnectionString)
                .ToList();

            Assert.Contains(secretLike, setting => setting.Key == AppSettings.SendGridApiKey);
            Assert.All(secretLike, setting => Assert.Matches(KeyVaultReference(), setting.Value));
        }
    }

    [Fact]
    public void AppSettings_SendGridKey_ReferencesTheLatestVersionOfItsVaultSecret()
    {
        var value = deployment.Baseline.AppSettings[AppSettings.SendGridApiKey];

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)', reference(", value, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.vaultUri.value, 'sendgrid-api-key')]", value, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_ApplicationInsights_CannotWriteWithoutEntra()
    {
        var component = deployment.Baseline.One("Microsoft.Insights/components");

        Assert.True(component["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
        Assert.Matches(
            @"^\[format\('ClientId=\{0\};Authorization=AAD', reference\(.*'identity-\{0\}'.*\)\.outputs\.clientId\.value\)\]$",
            deployment.Baseline.AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void AppSettings_EveryValue_HoldsNoKeyTokenOrSecretValue()
    {
        foreach (var snapshot in deployment.All)
        {
            Assert.All(snapshot.AppSettings, setting => AssertNoSecret(setting.Value, $"{snapshot.Name}: {setting.Key}"));
            Assert.DoesNotContain("AzureWebJobsStorage", snapshot.AppSettings.Keys);
        }
    }

    [Fact]
    public void Outputs_EveryScenario_HoldNoKeyTokenOrSecretValue()
    {
        foreach (var snapshot in deployment.All)
        {
            Assert.All(snapshot.Outputs, output => AssertNoSecret(output.Value!.ToJsonString(), $"{snapshot.Name}: {output.Key}"));
        }
    }

    [Fact]
    public void Outputs_EveryTemplate_NeverComeFromListFunctionsOrSecureParameters()
    {
        foreach (var template in TemplateWalker.Templates(deployment.Template))
        {
            var secureParameters = (template["parameters"]?.AsObject() ?? [])
                .Where(parameter => IsSecure(parameter.Value!))
                .Select(parameter => parameter.Key)
                .ToList();

            foreach (var (name, output) in template["outputs"]?.AsObject() ?? [])
            {
                var text = output!.ToJsonString();
                Assert.DoesNotMatch(ListFunction(), text);
                Assert.False(IsSecure(output), $"output {name} is secure");
                Assert.All(secureParameters, parameter =>
                    Assert.DoesNotContain($"parameters('{parameter}')", text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void ListKeys_Template_OnlyFeedsAKeyVaultSecret()
    {
        var uses = TemplateWalker.Templates(deployment.Template)
            .SelectMany(TemplateWalker.Resources)
            .SelectMany(resource => TemplateWalker.OwnStrings(resource)
                .Where(found => ListFunction().IsMatch(found.Value))
                .Select(found => (Type: resource["type"]!.GetValue<string>(), found.Path)))
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, use =>
        {
            Assert.Equal(KeyVaultSecretType, use.Type);
            Assert.EndsWith(".properties.value", use.Path, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReportKey_OnlyWithFallback_IsStoredInKeyVault()
    {
        static bool IsReportKey(string name) => name.Contains("'report-storage-key'", StringComparison.Ordinal);

        var secret = deployment.KeyFallbackPrivate.One(KeyVaultSecretType, IsReportKey);

        Assert.StartsWith(
            $"[listKeys('{deployment.KeyFallbackPrivate.AccountId(StorageAccount.Report)}', ",
            secret["properties"]!["value"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.DoesNotContain(deployment.Baseline.OfType(KeyVaultSecretType), s => IsReportKey(Snapshot.Text(s, "name")));
    }

    [Fact]
    public void SendGridKey_Given_IsStoredInKeyVaultFromTheSecureParameter()
    {
        var secret = deployment.KeyFallbackPrivate.One(
            KeyVaultSecretType,
            name => name.Contains("'sendgrid-api-key'", StringComparison.Ordinal));

        Assert.Equal("[parameters('sendGridApiKey')]", secret["properties"]!["value"]!.GetValue<string>());
        Assert.Equal("securestring", deployment.Template["parameters"]!["sendGridApiKey"]!["type"]!.GetValue<string>());
    }

    // A parameter or output typed by a user-defined type has "$ref" instead of "type"; none is secure.
    private static bool IsSecure(JsonNode declaration) =>
        declaration["type"]?.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;

    private static void AssertNoSecret(string value, string where)
    {
        Assert.False(value.Contains(DeploymentFixture.SendGridTestValue, StringComparison.Ordinal), $"{where}: the SendGrid key");
        Assert.False(ListFunction().IsMatch(value), $"{where}: a list* function");
        Assert.False(KeyMaterial().IsMatch(value), $"{where}: key material");
    }

    // "<connection>__credential" is the credential kind (managedidentity), not a credential.
    [GeneratedRegex(@"(?i)(key|secret|password|token|connectionstring|credential(?!$))")]
    private static partial Regex SecretLikeName();

    // A literal reference, or one whose vault URI is known only during the deployment.
    [GeneratedRegex(@"^(@Microsoft\.KeyVault\(SecretUri=https://[^)]+/secrets/[^)]+\)|\[format\('@Microsoft\.KeyVault\(SecretUri=.*)$")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex(@"(?i)\blist(Keys|Secrets|ConnectionStrings|AccountSas|ServiceSas|Credentials?)?\(")]
    private static partial Regex ListFunction();

    [GeneratedRegex(@"(?i)(AccountKey=|SharedAccessKey|SharedAccessSignature|[?&]sig=)")]
    private static partial Regex KeyMaterial();
}
