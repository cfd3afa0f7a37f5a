using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Wraps a decompressing entry stream and enforces, on the bytes actually produced rather than the sizes the zip
/// declares: the entry's byte limit; a cap on any single XML token (text run, tag, comment, CDATA section or
/// processing instruction), so XmlReader never buffers a giant one; and no DTD markup at all. A small lexer does
/// this before XmlReader sees a byte. Nesting depth is not counted here: <see cref="DepthLimitedXmlReader"/> counts
/// it as the parser sees it.
/// </summary>
/// <remarks>
/// Zero bytes are skipped, which makes the lexer see UTF-16 (either byte order) as if it were ASCII; '&lt;', '&gt;',
/// quotes, '-', '?' and ']' never occur inside UTF-8 multi-byte sequences. Quotes count only inside tags, so a quote
/// in a comment or in text cannot put the lexer out of step with the parser.
/// </remarks>
internal sealed class GuardedPartStream(Stream inner, string part, long maxBytes, int maxTokenBytes, int maxStringLength, bool lex = true) : Stream
{
    private LexState _state;
    private long _read;
    private long _run;
    private int _closers;

    private enum LexState : byte
    {
        Text,
        TagStart,
        Bang,
        BangDash,
        Tag,
        DoubleQuoted,
        SingleQuoted,
        Comment,
        CData,
        ProcessingInstruction,
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

        if (lex)
        {
            Scan(buffer[..read]);
        }

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
                    _state = b == '!' ? LexState.Bang : b == '?' ? LexState.ProcessingInstruction : LexState.Tag;
                    _closers = 0;
                    break;
                case LexState.Bang:
                    if (b is >= (byte)'A' and <= (byte)'Z')
                    {
                        // <!DOCTYPE, <!ENTITY, <!ELEMENT …
                        throw Reject(WorkbookProblem.XmlDtd("DTD markup in XML part."));
                    }

                    _state = b == '-' ? LexState.BangDash : b == '[' ? LexState.CData : LexState.Tag;
                    break;
                case LexState.BangDash:
                    _state = b == '-' ? LexState.Comment : LexState.Tag;
                    _closers = 0;
                    break;
                case LexState.Comment:
                    // Ends at "-->".
                    if (b == '>' && _closers >= 2)
                    {
                        EndToken();
                    }
                    else
                    {
                        _closers = b == '-' ? _closers + 1 : 0;
                    }

                    break;
                case LexState.CData:
                    // Ends at "]]>".
                    if (b == '>' && _closers >= 2)
                    {
                        EndToken();
                    }
                    else
                    {
                        _closers = b == ']' ? _closers + 1 : 0;
                    }

                    break;
                case LexState.ProcessingInstruction:
                    // Ends at "?>".
                    if (b == '>' && _closers >= 1)
                    {
                        EndToken();
                    }
                    else
                    {
                        _closers = b == '?' ? 1 : 0;
                    }

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
                        EndToken();
                    }

                    break;
            }
        }

        CheckRun();
    }

    private void EndToken()
    {
        _state = LexState.Text;
        _run = 0;
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
