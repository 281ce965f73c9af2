using System.Globalization;
using MyProxy.Fuzz;

// Usage (docs/fuzzing.md):
//   list
//   run <target|all> [--inputs N] [--seconds S] [--seed N] [--corpus DIR] [--findings DIR] [--max-length N] [--timeout S]
//   replay <target|all> [--corpus DIR]
// Exit codes: 0 clean, 1 findings, 2 usage error, 3 a hang (written by the watchdog).
if (args.Length == 0 || args[0] is not ("list" or "run" or "replay"))
{
    Console.Error.WriteLine("usage: MyProxy.Fuzz list | run <target|all> [--inputs N] [--seconds S] [--seed N] [--corpus DIR] [--findings DIR] | replay <target|all> [--corpus DIR]");
    return 2;
}

if (args[0] == "list")
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine($"{target.Name}\t{target.Description}");
    }

    return 0;
}

RunOptions options;
IReadOnlyList<FuzzTarget> targets;
try
{
    options = Arguments.Parse(args.AsSpan(2));
    targets = FuzzTargets.Select(args.Length > 1 ? args[1] : "all");
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var failed = false;
foreach (var target in targets)
{
    if (args[0] == "replay")
    {
        var findings = Corpus.Replay(target, options.CorpusRoot);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name}\tcorpus={Corpus.Load(options.CorpusRoot, target.Name).Count}\tfindings={findings.Count}"));
        foreach (var finding in findings)
        {
            Console.WriteLine($"  {finding.Kind}: {finding.Detail.Split('\n')[0]}");
        }

        failed |= findings.Count > 0;
        continue;
    }

    var summary = new FuzzRunner(target, options).Run(Console.Out);
    Console.WriteLine("DONE " + summary);
    failed |= summary.Findings > 0;
}

return failed ? 1 : 0;
