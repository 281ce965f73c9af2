namespace MyProxy.Fuzz;

/// <summary>
/// Catches hangs: a background thread checks how long the current input has been running and, past the timeout,
/// saves it as a finding and ends the process with exit code 3 (a hung decoder cannot be stopped in-process).
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly string _findings;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private FuzzInput? _current;
    private DateTime _started;

    public Watchdog(double timeoutSeconds, string findingsDirectory)
    {
        _timeout = TimeSpan.FromSeconds(timeoutSeconds);
        _findings = findingsDirectory;
        _thread = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
        _thread.Start();
    }

    public void Start(FuzzInput input)
    {
        lock (_gate)
        {
            _current = input;
            _started = DateTime.UtcNow;
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(500)))
        {
            lock (_gate)
            {
                if (_current is { } input && DateTime.UtcNow - _started > _timeout)
                {
                    var path = new Finding("hang", $"one input ran longer than {_timeout.TotalSeconds} s.", input).Save(_findings);
                    Console.Error.WriteLine($"FINDING hang: {path}");
                    Environment.Exit(3);
                }
            }
        }
    }
}
