using Azure.Storage.Blobs;
using MimeKit;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Email;

/// <summary>Lists and opens the outbox's <c>.eml</c> files, oldest first (<c>spm outbox [--open N]</c>).</summary>
public sealed class OutboxReader
{
    private readonly BlobContainerClient outbox;

    public OutboxReader(StorageClients storage)
        : this(storage?.Container(Containers.Outbox) ?? throw new ArgumentNullException(nameof(storage)))
    {
    }

    internal OutboxReader(BlobContainerClient outbox) => this.outbox = outbox;

    /// <summary>Every message, oldest first; the newest <paramref name="last"/> only when given.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(int? last, CancellationToken cancellationToken)
    {
        if (!await outbox.ExistsAsync(cancellationToken))
        {
            return [];
        }

        var names = await NamesAsync(cancellationToken);
        var start = last is { } n && n < names.Count ? names.Count - n : 0;
        var entries = new List<OutboxEntry>();
        for (var i = start; i < names.Count; i++)
        {
            var message = await LoadAsync(names[i].Name, cancellationToken);
            entries.Add(Entry(i + 1, names[i], message.Mime));
        }

        return entries;
    }

    /// <summary>Message <paramref name="number"/> (1 = oldest), or null when there is no such message.</summary>
    public async Task<OutboxMessage?> OpenAsync(int number, CancellationToken cancellationToken)
    {
        if (number < 1 || !await outbox.ExistsAsync(cancellationToken))
        {
            return null;
        }

        var names = await NamesAsync(cancellationToken);
        if (number > names.Count)
        {
            return null;
        }

        var item = names[number - 1];
        var (mime, raw) = await LoadAsync(item.Name, cancellationToken);
        return new OutboxMessage(Entry(number, item, mime), mime.TextBody ?? "", mime.HtmlBody ?? "", raw);
    }

    // Names sort by the time they were written (see OutboxEmailSender.FileName).
    private async Task<List<(string Name, DateTimeOffset Written, long Size)>> NamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<(string Name, DateTimeOffset Written, long Size)>();
        await foreach (var blob in outbox.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (blob.Name.EndsWith(".eml", StringComparison.Ordinal))
            {
                names.Add((blob.Name, blob.Properties.CreatedOn ?? DateTimeOffset.MinValue, blob.Properties.ContentLength ?? 0));
            }
        }

        names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return names;
    }

    private async Task<(MimeMessage Mime, byte[] Raw)> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var content = await outbox.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        var raw = content.Value.Content.ToArray();
        using var stream = new MemoryStream(raw, writable: false);
        return (await MimeMessage.LoadAsync(stream, cancellationToken), raw);
    }

    private static OutboxEntry Entry(int number, (string Name, DateTimeOffset Written, long Size) blob, MimeMessage mime) =>
        new(number, blob.Name, blob.Written, blob.Size, mime.Subject ?? "", [.. mime.To.Mailboxes.Select(m => m.Address)]);
}
