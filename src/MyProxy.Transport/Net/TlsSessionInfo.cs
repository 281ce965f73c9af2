using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Net;

/// <summary>What a handshake negotiated, whichever TLS implementation did it.</summary>
internal sealed record TlsSessionInfo(IReadOnlyList<X509Certificate2> ServerCertificates, SslProtocols Protocol, TlsCipherSuite CipherSuite);
