using System.Diagnostics;
using System.Globalization;

namespace MyProxy.Fuzz;

/// <summary>
/// Runs one target: the corpus first, then generated and mutated inputs until the input count or time is reached.
/// Coverage-less: inputs are kept for further mutation at random, not by new coverage.
/// </summary>
internal sealed class FuzzRunner
{
    private const int PoolSize = 512;
    private readonly FuzzTarget _target;
    private readonly RunOptions _options;
    private readonly Random _random;
    private readonly Mutator _mutator;
    private readonly List<byte[]> _pool;
    private readonly int _corpusCount;

    public FuzzRunner(FuzzTarget target, RunOptions options)
    {
        _target = target;
        _options = options;
        _random = new Random(HashCode.Combine(options.Seed, Stable(target.Name)));
        _mutator = new Mutator(_random, target.Tokens, options.MaxLength);
        _pool = [.. Corpus.Load(options.CorpusRoot, target.Name)];
        _corpusCount = _pool.Count;
        if (_pool.Count == 0)
        {
            _pool.Add([]);
        }
    }

    /// <summary>The figures of one run.</summary>
    public sealed record Summary(string Target, long Inputs, long Refused, double Seconds, long MaxAllocated, int Findings, int CorpusFiles)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Target}\tinputs={Inputs}\trefused={Refused}\tseconds={Seconds:F1}\texec/s={Inputs / Math.Max(Seconds, 0.001):F0}\tmax-alloc={MaxAllocated}\tcorpus={CorpusFiles}\tfindings={Findings}");
    }

    public Summary Run(TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        using var watchdog = new Watchdog(_options.TimeoutSeconds, Path.Combine(_options.FindingsRoot, _target.Name));
        long inputs = 0, refused = 0, maxAllocated = 0;
        var findings = 0;
        var nextReport = 10.0;
        while (inputs < _options.Inputs && (_options.Seconds <= 0 || clock.Elapsed.TotalSeconds < _options.Seconds))
        {
            var input = Next(inputs);
            watchdog.Start(input);
            var result = FuzzExecution.Run(_target, input);
            watchdog.Stop();
            inputs++;
            refused += result.Refused ? 1 : 0;
            maxAllocated = Math.Max(maxAllocated, result.Allocated);
            if (result.Finding is { } finding)
            {
                findings++;
                log.WriteLine($"FINDING {_target.Name} {finding.Kind}: {finding.Save(Path.Combine(_options.FindingsRoot, _target.Name))}");
                log.WriteLine(finding.Detail.Split('\n')[0]);
                if (findings >= _options.MaxFindings)
                {
                    break;
                }
            }

            if (clock.Elapsed.TotalSeconds >= nextReport)
            {
                log.WriteLine(new Summary(_target.Name, inputs, refused, clock.Elapsed.TotalSeconds, maxAllocated, findings, _corpusCount));
                nextReport += 30;
            }
        }

        return new Summary(_target.Name, inputs, refused, clock.Elapsed.TotalSeconds, maxAllocated, findings, _corpusCount);
    }

    private FuzzInput Next(long index)
    {
        var limits = index % 2 == 0 ? ProtocolLimits.Default : FuzzInput.Tight;
        var delivery = _random.Next();
        if (index < _corpusCount * 2L)
        {
            return new FuzzInput(_pool[(int)(index / 2)], limits, delivery);
        }

        var choice = _random.Next(100);
        byte[] data;
        if (choice < 15 && _target.Generate is { } generate)
        {
            data = generate(_random);
        }
        else if (choice < 20)
        {
            data = new byte[_random.Next(0, 512)];
            _random.NextBytes(data);
        }
        else
        {
            data = _mutator.Mutate(_pool[_random.Next(_pool.Count)], _pool[_random.Next(_pool.Count)]);
        }

        Keep(data);
        return new FuzzInput(data, limits, delivery);
    }

    /// <summary>Keeps some inputs for further mutation, so edits stack up over generations; seeds are never dropped.</summary>
    private void Keep(byte[] data)
    {
        if (_random.Next(16) != 0)
        {
            return;
        }

        if (_pool.Count < _corpusCount + PoolSize)
        {
            _pool.Add(data);
        }
        else
        {
            _pool[_corpusCount + _random.Next(PoolSize)] = data;
        }
    }

    private static int Stable(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
