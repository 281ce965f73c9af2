using System.Text;

namespace MyProxy.Protocol.Requests;

/// <summary>
/// Refuses requests the server would mis-parse or reject, before anything is sent. The server finds fields
/// with <c>strstr</c> over the whole message and a value runs to the next line feed, so line breaks, NULs and
/// text containing another <c>KEY=</c> would corrupt the request.
/// </summary>
internal static class RequestValidator
{
    /// <summary>The server keeps at most this many passphrase bytes (gct <c>passphrase[1025]</c>).</summary>
    public const int MaxPassphraseBytes = 1024;

    /// <summary>The server refuses shorter non-empty passphrases for stored credentials.</summary>
    public const int MinPassphraseBytes = 6;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Validate(MyProxyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Command))
        {
            throw new MyProxyRequestException(RequestWireKeys.Command, $"COMMAND {(int)request.Command} is not a MyProxy command; use a value of MyProxyCommand.");
        }

        ValidateUsername(request);
        ValidatePassphrases(request);
        if (request.LifetimeSeconds < 0)
        {
            throw new MyProxyRequestException(RequestWireKeys.Lifetime, "LIFETIME cannot be negative; give the lifetime in seconds, or 0.");
        }

        ValidateText(RequestWireKeys.Retrievers, request.Retrievers);
        ValidateText(RequestWireKeys.Renewers, request.Renewers);
        ValidateText(RequestWireKeys.CredentialName, request.CredentialName);
        ValidateText(RequestWireKeys.CredentialDescription, request.CredentialDescription);
        ValidateText(RequestWireKeys.KeyRetrievers, request.KeyRetrievers);
        ValidateText(RequestWireKeys.TrustedRetrievers, request.TrustedRetrievers);
        ValidateList(RequestWireKeys.VoName, request.VONames);
        ValidateList(RequestWireKeys.Vomses, request.Vomses);
    }

    private static void ValidateUsername(MyProxyRequest request)
    {
        if (request.Username is null)
        {
            throw new MyProxyRequestException(RequestWireKeys.Username, "USERNAME is missing; give the MyProxy account name, or an empty string for GET_TRUSTROOTS.");
        }

        if (request.Username.Length == 0 && request.Command != MyProxyCommand.GetTrustRoots)
        {
            throw new MyProxyRequestException(RequestWireKeys.Username, $"USERNAME is required for {request.Command}; give the MyProxy account name.");
        }

        ValidateText(RequestWireKeys.Username, request.Username);
    }

    private static void ValidatePassphrases(MyProxyRequest request)
    {
        if (request.Passphrase is null)
        {
            throw new MyProxyRequestException(RequestWireKeys.Passphrase, "PASSPHRASE is missing; use an empty string when no passphrase is needed.");
        }

        ValidateSecret(RequestWireKeys.Passphrase, request.Passphrase);
        if (request.Command == MyProxyCommand.Put)
        {
            RequireMinimumLength(RequestWireKeys.Passphrase, request.Passphrase);
        }

        if (request.Command == MyProxyCommand.ChangePassword && string.IsNullOrEmpty(request.NewPassphrase))
        {
            throw new MyProxyRequestException(RequestWireKeys.NewPassphrase, "NEW_PHRASE is required to change a passphrase; give the new passphrase.");
        }

        if (!string.IsNullOrEmpty(request.NewPassphrase))
        {
            ValidateSecret(RequestWireKeys.NewPassphrase, request.NewPassphrase);
            RequireMinimumLength(RequestWireKeys.NewPassphrase, request.NewPassphrase);
        }
    }

    private static void RequireMinimumLength(string field, string passphrase)
    {
        if (passphrase.Length > 0 && Utf8Length(field, passphrase, isSecret: true) < MinPassphraseBytes)
        {
            throw new MyProxyRequestException(field, $"{field} is too short; the server requires at least {MinPassphraseBytes} characters.");
        }
    }

    private static void ValidateSecret(string field, string value)
    {
        if (HasForbiddenCharacter(value))
        {
            throw new MyProxyRequestException(field, $"{field} contains a line break or NUL character, which the protocol cannot carry; choose another passphrase.");
        }

        if (FindKey(value) is not null)
        {
            throw new MyProxyRequestException(field, $"{field} contains text of the form KEY= that the server would read as another field; choose another passphrase.");
        }

        if (Utf8Length(field, value, isSecret: true) > MaxPassphraseBytes)
        {
            throw new MyProxyRequestException(field, $"{field} is longer than the {MaxPassphraseBytes} bytes the server keeps; choose a shorter passphrase.");
        }
    }

    private static void ValidateList(string field, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            throw new MyProxyRequestException(field, $"The {field} list is missing; use an empty list.");
        }

        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new MyProxyRequestException(field, $"A {field} entry is empty; remove it or give a value.");
            }

            ValidateText(field, value);
        }
    }

    private static void ValidateText(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (HasForbiddenCharacter(value))
        {
            throw new MyProxyRequestException(field, $"{field} contains a line break or NUL character, which the protocol cannot carry; remove it.");
        }

        if (FindKey(value) is { } key)
        {
            throw new MyProxyRequestException(field, $"{field} contains \"{key}\", which the server would read as another field; remove it.");
        }

        Utf8Length(field, value, isSecret: false);
    }

    private static bool HasForbiddenCharacter(string value) => value.AsSpan().IndexOfAny('\n', '\r', '\0') >= 0;

    private static string? FindKey(string value)
    {
        foreach (var key in RequestWireKeys.SearchedByServer)
        {
            if (value.Contains(key, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    private static int Utf8Length(string field, string value, bool isSecret)
    {
        try
        {
            return StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            var what = isSecret ? "choose another passphrase" : "fix the text";
            throw new MyProxyRequestException(field, $"{field} is not valid Unicode text (a lone surrogate) and cannot be sent as UTF-8; {what}.");
        }
    }
}
