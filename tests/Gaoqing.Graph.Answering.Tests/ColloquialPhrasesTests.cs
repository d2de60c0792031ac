using Gaoqing.Graph.Answering.Classification;
using Gaoqing.Graph.Answering.Linking;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Colloquial wording is read in the plain wording of the training set before the intent is classified.</summary>
public sealed class ColloquialPhrasesTests
{
    private static readonly string Unit = LinkedQuestion.Placeholder(EntityKind.Department).ToString();

    [Theory]
    [InlineData("负责啥", "负责什么")]
    [InlineData("都干了啥", "都做了什么")]
    [InlineData("咋样了", "怎么样了")]
    [InlineData("弄完了吗", "完成了吗")]
    [InlineData("牵头哪几项工作", "牵头哪些项工作")]
    [InlineData("和谁一起干活", "和谁一起工作")]
    [InlineData("完成没", "完成了吗")]
    [InlineData("落实了没？", "落实了吗")]
    [InlineData("建好没有", "建成了吗")]
    [InlineData("牵头哪些任务呀~", "牵头哪些任务")]
    [InlineData("有没有完成", "有没有完成")]
    [InlineData("有没达标的任务吗", "有没有达标的任务吗")]
    public void Colloquial_phrases_particles_and_a_closing_没_read_as_plain_wording(string typed, string plain)
    {
        Assert.Equal(Unit + plain, ColloquialPhrases.Plain(Unit + typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("没")]
    [InlineData("？？")]
    [InlineData("呢")]
    public void Questions_of_nothing_but_a_particle_or_punctuation_stay_short(string typed)
    {
        Assert.True(ColloquialPhrases.Plain(typed).Length <= 1);
    }

    [Fact]
    public void Training_and_asked_questions_get_the_same_features_for_the_same_plain_wording()
    {
        Assert.Equal(QuestionFeatures.Of(Unit + "负责什么"), QuestionFeatures.Of(Unit + "负责啥"));
        Assert.NotEqual(QuestionFeatures.Of(Unit + "负责什么"), QuestionFeatures.Of(Unit + "配合什么"));
    }
}
