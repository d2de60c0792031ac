using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gaoqing.Graph.Neo4j.Tests.Contract;

/// <summary>A fact of the store contract; skipped with a reason when its class needs a server that is not configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Gaoqing.Graph.Neo4j.Tests.Contract.StoreFactDiscoverer", "Gaoqing.Graph.Neo4j.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a contract class that runs only when the environment variable <see cref="Variable"/> is set.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresVariableAttribute(string variable) : Attribute
{
    /// <summary>The environment variable, e.g. Neo4j__Url.</summary>
    public string Variable { get; } = variable;
}

/// <summary>Discovers <see cref="StoreFactAttribute"/> facts, skipping those whose class needs an unset variable.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink sink = diagnosticMessageSink;

    /// <inheritdoc />
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var variable = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresVariableAttribute)).Select(attribute => attribute.GetConstructorArguments().First() as string).FirstOrDefault();
        return variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? new SkippedTestCase(sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, variable)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A contract test case skipped because the server it needs is not configured.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string variable = string.Empty;

    /// <summary>For the runner's deserialization.</summary>
    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedTestCase()
    {
    }

    /// <summary>A test case skipped for want of <paramref name="variable"/>.</summary>
    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string variable)
        : base(sink, display, displayOptions, testMethod)
    {
        this.variable = variable;
        SkipReason = $"{variable} is not set: these contract tests need a real server (e.g. {variable}=http://localhost:7474 with docker compose up neo4j)";
    }

    /// <inheritdoc />
    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("variable", variable);
    }

    /// <inheritdoc />
    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        variable = data.GetValue<string>("variable");
        SkipReason = $"{variable} is not set: these contract tests need a real server (e.g. {variable}=http://localhost:7474 with docker compose up neo4j)";
    }
}
