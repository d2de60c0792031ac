using System.Globalization;

namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>Small key-task documents written like the seeds, each with its own document number.</summary>
internal static class SampleDocuments
{
    /// <summary>Document number <paramref name="number"/> of 2025 with two tasks: 县农业农村局 and 县发展改革局 lead.</summary>
    public static string KeyTasks(int number) => string.Create(CultureInfo.InvariantCulture, $"""
        高青县人民政府办公室
        关于印发高青县2025年数字乡村第{number}批重点工作任务的通知
        高政办字〔2025〕{number}号
        各镇人民政府，县政府各部门：
        现将《高青县2025年数字乡村重点工作任务》印发给你们，请认真贯彻落实。
        高青县人民政府办公室
        2025年3月1日
        一、夯实数字基础
        1.建设数字乡村试点。在青城镇建设数字乡村示范点3个以上。（牵头单位：县农业农村局，配合单位：县发展改革局）
        2.推进充电设施建设。新建公共充电桩50个。（牵头单位：县发展改革局，配合单位：县供电公司）
        """);

    public static string DocumentId(int number) => string.Create(CultureInfo.InvariantCulture, $"document:高政办字〔2025〕{number}号");
}
