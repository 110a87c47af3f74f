using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "stages") { NewsBot.Benchmarks.Quotes.TmpStages.Run(); return; }
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
