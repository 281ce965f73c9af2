// The hostile suites (the only [Parallelizable] fixtures) spend most of their time waiting out a short timeout
// against a silent server: run several at once. Fixtures without [Parallelizable] still run one at a time.
[assembly: LevelOfParallelism(6)]
