using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// usage: dotnet run -c Release --project bench/SecureKernel.Benchmarks -- --filter '*' [--inProcess --warmupCount 3 --iterationCount 10]
// SECUREKERNEL_MODEL=<model folder> picks another model (default: models/use-lite-injection; for ModelComparisonBenchmarks the
// student, default models/injection-cnn, with SECUREKERNEL_BASELINE_MODEL as the baseline, default models/use-lite-injection).
// --device-check: CPU vs CUDA scores and plain-clock GPU throughput (needs the GPU build of ONNX Runtime and a CUDA device).
if (args is ["--device-check"])
{
    return SecureKernel.Benchmarks.DeviceCheck.Run();
}

var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(SecureKernel.Benchmarks.OnnxDetectorBenchmarks).Assembly).Run(args, config);
return 0;
