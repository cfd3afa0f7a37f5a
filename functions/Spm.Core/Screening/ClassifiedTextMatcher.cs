namespace Spm.Core.Screening;

/// <summary>
/// Recognises classified content in any text: the mark «Құпия» and the codes of classified measures, matched on the
/// canonical form of <see cref="ScreenAlphabet"/> so that look-alike letters and digits, other alphabets,
/// transliteration, invisible characters and spacing do not hide them.
/// </summary>
/// <remarks>
/// A code is a look-alike of the letter M at the start of a word, at most three separators (any punctuation or
/// space), then digits (leading zeros ignored) that name a classified measure; whatever follows the digits does not
/// matter. Letters that look like digits count as digits (<c>M-2O</c> is 20), but a code may also end before a run of
/// them (<c>M-21б</c> is 21, <c>M-2Об</c> is 20): every such reading is tried. Digits split by one space (<c>M-2 1</c>)
/// are read both ways when both sides hold real digits. A lower-case м right after a number and one separator is the
/// unit metres (<c>500 м, 25</c>, <c>500 м болды</c>) unless a dash or sign ties it to digits (<c>5 м-21</c>). The mark is the letters К-У-П-И (И once or
/// twice) and then Я, YA or A, in any script or case, with at most one separator between letters, anywhere in a word
/// (so «құпиялы», «Qupiya» and «Qupiia» are caught). Allocation-free; one pass over the text.
/// </remarks>
public sealed class ClassifiedTextMatcher
{
    private const int MaxSeparatorsAfterLetter = 3;
    private const int MaxMeasureNumber = 999;
    private const int Found = -1;

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

        return state.Code is CodeState.Number or CodeState.SpacedNumber ? Reading(state) : ScreenMatch.None;
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
        var wasWord = IsWord(state.Previous);
        state.BeforePrevious = state.Previous;
        state.Previous = symbol;
        state.PreviousAtWordStart = !wasWord;
        return found;
    }

    private ScreenMatch StepCode(ref State state, char symbol)
    {
        var digit = Digit(symbol, out var lookalike);
        switch (state.Code)
        {
            case CodeState.Number or CodeState.SpacedNumber:
                if (digit >= 0)
                {
                    Accumulate(ref state, digit, lookalike);
                    return ScreenMatch.None;
                }

                if (Reading(state) is { IsMatch: true } reading)
                {
                    return reading;
                }

                if (ScreenAlphabet.IsSeparator(symbol) && state.Code == CodeState.Number && state.RealDigit)
                {
                    // "M-2 1": the digits may continue after one space (not after look-alikes only: "МО 25 адам").
                    state.Code = CodeState.AfterSpace;
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
            case CodeState.AfterSpace:
                // Only a real digit continues the number: "M-2 бойынша" is measure 2 and a word.
                if (digit >= 0 && !lookalike)
                {
                    state.Code = CodeState.SpacedNumber;
                    state.Prefix = -1;
                    Accumulate(ref state, digit, lookalike);
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
            case CodeState.AfterLetter when state.Unit && state.Separators == 0 && symbol != ScreenAlphabet.Joiner:
                // "500 м", "500 м, 25", "500 м болды", "120 м2": after a number м is metres, unless a dash or a sign
                // ties it to the digits ("5 м-21").
                state.Code = CodeState.None;
                break;
            case CodeState.AfterLetter:
                if (digit >= 0)
                {
                    state.Code = CodeState.Number;
                    state.Value = 0;
                    state.Digits = 0;
                    state.RealDigit = false;
                    state.Prefix = -1;
                    Accumulate(ref state, digit, lookalike);
                    return ScreenMatch.None;
                }

                if (ScreenAlphabet.IsSeparator(symbol) && ++state.Separators <= MaxSeparatorsAfterLetter)
                {
                    return ScreenMatch.None;
                }

                state.Code = CodeState.None;
                break;
        }

        // A look-alike of M, or of "rn", at the start of a word opens a code; a lower-case м after a number may be metres.
        var opens = symbol is 'M' or 'm' && !IsWord(state.Previous)
            || symbol == 'N' && state.Previous == 'R' && state.PreviousAtWordStart;
        if (opens)
        {
            state.Code = CodeState.AfterLetter;
            state.Separators = 0;
            state.Unit = symbol == 'm' && AfterNumber(state);
        }

        return ScreenMatch.None;
    }

    /// <summary>Adds a digit; before a look-alike letter, the number read so far is kept as a reading of its own.</summary>
    private void Accumulate(ref State state, int digit, bool lookalike)
    {
        if (!lookalike)
        {
            // A real digit: the look-alike letters before it were part of the number.
            state.Prefix = -1;
            state.RealDigit = true;
        }
        else if (state.Prefix < 0 && state.Digits > 0 && IsClassified(state.Value))
        {
            state.Prefix = state.Value;
        }

        state.Value = Append(state.Value, digit);
        state.Digits++;
    }

    /// <summary>The code the number names: the whole number, else the number before a trailing run of look-alike letters.</summary>
    private ScreenMatch Reading(in State state) =>
        IsClassified(state.Value) ? Code(state.Value) : state.Prefix >= 0 ? Code(state.Prefix) : ScreenMatch.None;

    /// <summary>The previous symbol is one separator after a real digit: "500 м".</summary>
    private static bool AfterNumber(in State state) =>
        ScreenAlphabet.IsSeparator(state.Previous) && state.BeforePrevious is >= '0' and <= '9';

    private static bool StepMark(ref State state, char symbol)
    {
        // К У П И then Я | У А | А (or И Я | И А: "Qupiia"), with at most one separator between letters.
        var next = state.Mark switch
        {
            0 when symbol == 'K' => 1,
            1 when symbol == 'U' => 2,
            2 when symbol == 'P' => 3,
            3 when IsI(symbol) => 4,
            4 or 6 when symbol is 'J' or 'A' => Found,
            4 or 6 when symbol == 'U' => 5,
            4 when IsI(symbol) => 6,
            5 when symbol == 'A' => Found,
            _ => 0,
        };
        if (next == Found)
        {
            return true;
        }

        if (next > 0)
        {
            state.Mark = next;
            state.MarkSeparator = false;
            return false;
        }

        if (ScreenAlphabet.IsSeparator(symbol) && state.Mark > 0 && !state.MarkSeparator)
        {
            state.MarkSeparator = true;
            return false;
        }

        state.Mark = symbol == 'K' ? 1 : 0;
        state.MarkSeparator = false;
        return false;
    }

    private static bool IsWord(char symbol) => !ScreenAlphabet.IsSeparator(symbol) && symbol != '\0';

    /// <summary>The letter И: its look-alikes, and 1 and its look-alikes (КУП1Я).</summary>
    private static bool IsI(char symbol) => symbol is 'I' or '1' or ScreenAlphabet.LookalikeOne;

    /// <summary>The digit a symbol stands for (-1 if none), and whether it is a letter or sign that only looks like one.</summary>
    private static int Digit(char symbol, out bool lookalike)
    {
        lookalike = symbol is >= ScreenAlphabet.LookalikeZero and <= ScreenAlphabet.LookalikeNine;
        return symbol switch
        {
            >= '0' and <= '9' => symbol - '0',
            >= ScreenAlphabet.LookalikeZero and <= ScreenAlphabet.LookalikeNine => symbol - ScreenAlphabet.LookalikeZero,
            _ => -1,
        };
    }

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

        /// <summary>The code was opened by a lower-case м right after a number: metres unless a joiner follows.</summary>
        public bool Unit;
        public int Value;
        public int Digits;
        public bool RealDigit;

        /// <summary>A classified reading that ends before the trailing look-alike letters, or -1.</summary>
        public int Prefix;
        public char Previous;
        public char BeforePrevious;
        public bool PreviousAtWordStart;
        public int Mark;
        public bool MarkSeparator;
    }
}
