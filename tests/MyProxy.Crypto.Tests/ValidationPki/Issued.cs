using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>A test certificate and the key it certifies (shared from <see cref="PkiKeys"/>, not owned).</summary>
public sealed record Issued(X509Certificate2 Certificate, RSA Key);
