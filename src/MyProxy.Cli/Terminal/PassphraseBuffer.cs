namespace MyProxy.Cli.Terminal;

/// <summary>A growing pass phrase buffer that clears every array it lets go of.</summary>
internal sealed class PassphraseBuffer
{
    private char[] _characters = new char[64];

    /// <summary>How many characters are held.</summary>
    public int Length { get; private set; }

    /// <summary>Adds a character.</summary>
    /// <param name="character">The next character typed or read.</param>
    /// <exception cref="MyProxyException">The pass phrase is longer than <see cref="PassphraseLine.MaximumLength"/>.</exception>
    public void Append(char character)
    {
        if (Length == PassphraseLine.MaximumLength)
        {
            Clear();
            throw new MyProxyException($"the pass phrase is longer than {PassphraseLine.MaximumLength} characters; check what is fed to standard input.");
        }

        if (Length == _characters.Length)
        {
            var larger = new char[_characters.Length * 2];
            _characters.AsSpan(0, Length).CopyTo(larger);
            Array.Clear(_characters);
            _characters = larger;
        }

        _characters[Length++] = character;
    }

    /// <summary>Drops the last character (backspace on a terminal).</summary>
    public void RemoveLast()
    {
        if (Length > 0)
        {
            _characters[--Length] = '\0';
        }
    }

    /// <summary>Returns the characters in an array of their own and clears the buffer.</summary>
    /// <param name="trimCarriageReturn">Drop one trailing <c>\r</c> (input with Windows line ends).</param>
    /// <returns>The pass phrase.</returns>
    public char[] ToArrayAndClear(bool trimCarriageReturn)
    {
        var length = trimCarriageReturn && Length > 0 && _characters[Length - 1] == '\r' ? Length - 1 : Length;
        var result = _characters.AsSpan(0, length).ToArray();
        Clear();
        return result;
    }

    private void Clear()
    {
        Array.Clear(_characters);
        Length = 0;
    }
}
