namespace Spm.Core.Screening;

/// <summary>
/// Recognises classified content in any text: the mark «Құпия» and the codes of classified measures, matched on the
/// canonical form of <see cref="ScreenAlphabet"/> so that look-alike letters and digits, other alphabets,
/// transliteration, invisible characters and spacing do not hide them.
/// </summary>
/// <remarks>
/// A code is a look-alike of the letter M at the start of a word, at most three separators (any punctuation or
/// space), then digits (leading zeros ignored) that name a classified measure; whatever follows the digits does not
/// matter. Digits split by one space (<c>M-2 1</c>) are read both ways. The mark is the letters К-У-П-И and then
/// Я, YA or A, in any script or case, with at most one separator between letters, anywhere in a word
/// (so «құпиялы» and «Qupiya» are caught). Allocation-free; one pass over the text.
/// </remarks>
public sealed class ClassifiedTextMatcher
{
    private const int MaxSeparatorsAfterLetter = 3;
    private const int MaxMeasureNumber = 999;

    private readonly bool[] _classified = new bool[MaxMeasureNumber + 1];

    public ClassifiedTextMatcher(IEnumerable<int> classifiedMeasures)
    {
        ArgumentNullException.ThrowIfNull(classifiedMeasures);
        foreach (var number in classifiedMeasures)
        {
            if (number is >= 0 and <= MaxMeasureNumber)
            {
                _classified[number] = true;
            }
        }
    }

    /// <summary>The first classified mark or code in <paramref name="text"/>, or <see cref="ScreenMatch.None"/>.</summary>
    public ScreenMatch Match(ReadOnlySpan<char> text)
    {
        var state = new State();
        var i = 0;
        while (i < text.Length)
        {
            var several = ScreenAlphabet.Next(text, ref i, out var one);
            if (several is null)
            {
                if (one != '\0' && Step(ref state, one) is { IsMatch: true } found)
                {
                    return found;
                }

                continue;
            }

            foreach (var symbol in several)
            {
                if (Step(ref state, symbol) is { IsMatch: true } found)
                {
                    return found;
                }
            }
        }

        return state.Code == CodeState.Number && IsClassified(state.Value) ? Code(state.Value)
            : state.Code == CodeState.SpacedNumber && IsClassified(state.Joined) ? Code(state.Joined)
            : ScreenMatch.None;
    }

    /// <summary>Whether <paramref name="text"/> holds classified content.</summary>
    public bool IsClassified(ReadOnlySpan<char> text) => Match(text).IsMatch;

    private ScreenMatch Step(ref State state, char symbol)
    {
        if (StepMark(ref state, symbol))
        {
            return new ScreenMatch(ScreenMatchKind.ClassifiedMark, 0);
        }

        var found = StepCode(ref state, symbol);
        var wasWord = state.Previous is not ScreenAlphabet.Separator and not '\0';
        state.Previous = symbol;
        state.PreviousAtWordStart = !wasWord;
        return found;
    }

    private ScreenMatch StepCode(ref State state, char symbol)
    {
        var digit = Digit(symbol);
        switch (state.Code)
        {
            case CodeState.Number:
                if (digit >= 0)
                {
                    state.Value = Append(state.Value, digit);
                    return ScreenMatch.None;
                }

                if (IsClassified(state.Value))
                {
                    return Code(state.Value);
                }

                if (symbol == ScreenAlphabet.Separator && !state.Spaced)
                {
                    // "M-2 1": the digits may continue after one space.
                    state.Code = CodeState.AfterSpace;
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
            case CodeState.AfterSpace:
                if (digit >= 0)
                {
                    state.Joined = Append(state.Value, digit);
                    state.Spaced = true;
                    state.Code = CodeState.SpacedNumber;
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
            case CodeState.SpacedNumber:
                if (digit >= 0)
                {
                    state.Joined = Append(state.Joined, digit);
                    return ScreenMatch.None;
                }

                if (IsClassified(state.Joined))
                {
                    return Code(state.Joined);
                }

                state.Code = CodeState.None;
                break;
            case CodeState.AfterLetter:
                if (digit >= 0)
                {
                    state.Code = CodeState.Number;
                    state.Value = digit;
                    state.Spaced = false;
                    return ScreenMatch.None;
                }

                if (symbol == ScreenAlphabet.Separator && ++state.Separators <= MaxSeparatorsAfterLetter)
                {
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
        }

        // A look-alike of M, or of "rn", at the start of a word opens a code.
        var opens = symbol == 'M' && !IsWord(state.Previous)
            || symbol == 'N' && state.Previous == 'R' && state.PreviousAtWordStart;
        if (opens)
        {
            state.Code = CodeState.AfterLetter;
            state.Separators = 0;
        }

        return ScreenMatch.None;
    }

    private static bool StepMark(ref State state, char symbol)
    {
        // К У П И then Я | У А | А, with at most one separator between letters.
        var expected = state.Mark switch
        {
            0 => symbol == 'K',
            1 => symbol == 'U',
            2 => symbol == 'P',
            3 => symbol is 'I' or 'l',
            4 => symbol is 'J' or 'U' or 'A',
            5 => symbol == 'A',
            _ => false,
        };
        if (expected)
        {
            if (state.Mark == 5 || (state.Mark == 4 && symbol != 'U'))
            {
                return true;
            }

            state.Mark++;
            state.MarkSeparator = false;
            return false;
        }

        if (symbol == ScreenAlphabet.Separator && state.Mark > 0 && !state.MarkSeparator)
        {
            state.MarkSeparator = true;
            return false;
        }

        state.Mark = symbol == 'K' ? 1 : 0;
        state.MarkSeparator = false;
        return false;
    }

    private static bool IsWord(char symbol) => symbol is not ScreenAlphabet.Separator and not '\0';

    private static int Digit(char symbol) => symbol switch
    {
        >= '0' and <= '9' => symbol - '0',
        'l' => 1,
        _ => -1,
    };

    // Leading zeros vanish; a number past the largest measure number stays past it.
    private static int Append(int value, int digit) => value > MaxMeasureNumber ? value : (value * 10) + digit;

    private bool IsClassified(int number) => number is >= 0 and <= MaxMeasureNumber && _classified[number];

    private static ScreenMatch Code(int number) => new(ScreenMatchKind.MeasureCode, number);

    private enum CodeState : byte
    {
        None,
        AfterLetter,
        Number,
        AfterSpace,
        SpacedNumber,
    }

    private struct State
    {
        public CodeState Code;
        public int Separators;
        public int Value;
        public int Joined;
        public bool Spaced;
        public char Previous;
        public bool PreviousAtWordStart;
        public int Mark;
        public bool MarkSeparator;
    }
}
