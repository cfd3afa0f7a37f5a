using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Wraps a decompressing entry stream and enforces, on the bytes actually produced rather than
/// the sizes the zip declares: the entry's byte limit; a cap on any single XML token (text run,
/// tag or attribute value), so XmlReader never buffers a giant one; a cap on element nesting;
/// and no DTD markup at all. A small lexer does this before XmlReader sees a byte.
/// </summary>
/// <remarks>
/// Zero bytes are skipped, which makes the lexer see UTF-16 (either byte order) as if it were
/// ASCII; '&lt;', '&gt;' and quotes never occur inside UTF-8 multi-byte sequences.
/// </remarks>
internal sealed class GuardedPartStream(Stream inner, string part, long maxBytes, int maxTokenBytes, int maxStringLength) : Stream
{
    /// <summary>Deepest element nesting accepted; real parts stay well under 40.</summary>
    public const int MaxDepth = 256;

    private LexState _state;
    private long _read;
    private int _run;
    private int _depth;
    private bool _closing;
    private bool _opening;
    private byte _previous;

    private enum LexState : byte
    {
        Text,
        TagStart,
        Bang,
        Tag,
        DoubleQuoted,
        SingleQuoted,
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > maxBytes)
        {
            throw Reject(WorkbookProblem.ZipBomb(FormattableString.Invariant($"Entry produced more than {maxBytes} bytes.")));
        }

        Scan(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            // Fast paths: skip plain text and quoted values with a vectorised search.
            if (_state is LexState.Text or LexState.DoubleQuoted or LexState.SingleQuoted)
            {
                var stop = _state == LexState.Text ? (byte)'<' : _state == LexState.DoubleQuoted ? (byte)'"' : (byte)'\'';
                var next = bytes[i..].IndexOf(stop);
                if (next < 0)
                {
                    _run += bytes.Length - i;
                    CheckRun();
                    return;
                }

                _run += next;
                CheckRun();
                i += next + 1;
                if (_state == LexState.Text)
                {
                    _run = 0;
                    _state = LexState.TagStart;
                }
                else
                {
                    _state = LexState.Tag;
                }

                continue;
            }

            var b = bytes[i++];
            if (b == 0)
            {
                continue;
            }

            _run++;
            switch (_state)
            {
                case LexState.TagStart:
                    _closing = b == '/';
                    _opening = b is not ((byte)'/' or (byte)'!' or (byte)'?');
                    _state = b == '!' ? LexState.Bang : LexState.Tag;
                    if (_opening && ++_depth > MaxDepth)
                    {
                        throw Reject(WorkbookProblem.Corrupt(FormattableString.Invariant($"XML nests deeper than {MaxDepth} elements.")));
                    }

                    break;
                case LexState.Bang:
                    if (b is >= (byte)'A' and <= (byte)'Z')
                    {
                        // <!DOCTYPE, <!ENTITY, <!ELEMENT …; comments (<!--) and CDATA (<![) pass.
                        throw Reject(WorkbookProblem.XmlDtd("DTD markup in XML part."));
                    }

                    _state = LexState.Tag;
                    break;
                case LexState.Tag:
                    if (b == '"')
                    {
                        _state = LexState.DoubleQuoted;
                    }
                    else if (b == '\'')
                    {
                        _state = LexState.SingleQuoted;
                    }
                    else if (b == '>')
                    {
                        if ((_closing || (_opening && _previous == '/')) && _depth > 0)
                        {
                            _depth--;
                        }

                        _state = LexState.Text;
                        _run = 0;
                    }

                    break;
            }

            _previous = b;
        }

        CheckRun();
    }

    private void CheckRun()
    {
        if (_run > maxTokenBytes)
        {
            throw Reject(WorkbookProblem.StringTooLong(
                maxStringLength,
                FormattableString.Invariant($"An XML token runs over {maxTokenBytes} bytes.")));
        }
    }

    private XlsxRejectedException Reject(WorkbookProblem problem) => new(problem with { Part = part });
}
