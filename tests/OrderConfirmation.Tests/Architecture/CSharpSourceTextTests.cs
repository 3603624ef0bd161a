namespace OrderConfirmation.Tests.Architecture;

public sealed class CSharpSourceTextTests
{
    private static string Kept(string text, SourcePart keep) => string.Join("\n", CSharpSourceText.Lines(text, keep).Select(l => l.TrimEnd()));

    [Fact]
    public void Lines_CodeOnly_BlanksCommentsDocsAndLiterals()
    {
        const string Text = "/// <see cref=\"Doc\"/>\nvar a = \"lit\"; // note\n/* block\n still */ var b = 'c';";

        var lines = CSharpSourceText.Lines(Text, SourcePart.Code);

        Assert.Equal(["                     ", "var a =      ;        ", "        ", "          var b =    ;"], lines);
    }

    [Theory]
    [InlineData("x = \"a // b\"; Code();", "x = \"a // b\"; Code();")]
    [InlineData("x = @\"a \"\" // b\"; Code();", "x = @\"a \"\" // b\"; Code();")]
    [InlineData("x = \"a \\\" /* b\"; Code();", "x = \"a \\\" /* b\"; Code();")]
    [InlineData("x = \"\"\"\n a \" // b\n \"\"\"; Code();", "x = \"\"\"\n a \" // b\n \"\"\"; Code();")]
    [InlineData("x = $\"{y} // b\"; Code(); // gone", "x = $\"{y} // b\"; Code();")]
    [InlineData("c = '\"'; Code(); // gone", "c = '\"'; Code();")]
    public void Lines_CommentMarkerInsideALiteral_StartsNoComment(string text, string expected) =>
        Assert.Equal(expected, Kept(text, SourcePart.Code | SourcePart.Literals));

    [Fact]
    public void Lines_DocCommentsOnly_KeepsXmlDocsNotPlainComments()
    {
        const string Text = "/// <see cref=\"A.B\"/>\n// plain\n//// banner\n/** block doc */ /* plain block */";

        Assert.Equal("/// <see cref=\"A.B\"/>\n\n\n/** block doc */", Kept(Text, SourcePart.DocComments));
    }

    [Fact]
    public void Lines_UnclosedLiteral_EndsAtItsLine() =>
        Assert.Equal("x =\nCode();", Kept("x = \"open\nCode();", SourcePart.Code));
}
