using BenchmarkDotNet.Running;
using MyProxy.Benchmarks.Throughput;

// "throughput ..." runs logons against a server (bench/throughput.sh); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    return await ThroughputRun.MainAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ThroughputRun).Assembly).Run(args);
return 0;
