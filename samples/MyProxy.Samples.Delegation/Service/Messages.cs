namespace MyProxy.Samples.Delegation.Service;

/// <summary>Steps 2–3: the service's answer to "I want to delegate": a PKCS#10 request (DER, base64) for the key it keeps.</summary>
internal sealed record DelegationRequest(string Id, string Request);

/// <summary>Step 5: the signed proxy followed by the delegator's chain, as PEM certificates (no key: it never travels).</summary>
internal sealed record DelegationUpload(string Chain);

/// <summary>Step 6: the full proxy the service now holds.</summary>
internal sealed record StoredProxy(string Id, CredentialDictionary Credential, DateTimeOffset NotAfter, string TimeLeft, string? Path);

/// <summary>A job to submit: the "submit" endpoint that refuses limited proxies.</summary>
internal sealed record JobSubmission(string Executable);

/// <summary>The accepted job.</summary>
internal sealed record JobAccepted(string JobId, string Owner, string Executable);
