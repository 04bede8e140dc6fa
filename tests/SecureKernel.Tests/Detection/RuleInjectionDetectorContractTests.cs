namespace SecureKernel.Tests.Detection;

[TestClass]
public sealed class RuleInjectionDetectorContractTests : InjectionDetectorContractTests
{
    protected override IInjectionDetector CreateDetector() => new RuleInjectionDetector();
}
