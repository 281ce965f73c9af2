namespace MyProxy.Client.Operations;

/// <summary>How a policy name is sent, as <c>myproxy-init -X</c> (default) and <c>-x</c>.</summary>
public enum PolicyMatching
{
    /// <summary>A name <c>NAME</c> becomes <c>*/CN=NAME</c>: it matches any DN whose last component is that common name.</summary>
    CommonNameOnly,

    /// <summary>The text is sent as is: a MyProxy DN regular expression such as <c>/DC=org/DC=example/CN=*</c>.</summary>
    RegularExpression,
}
