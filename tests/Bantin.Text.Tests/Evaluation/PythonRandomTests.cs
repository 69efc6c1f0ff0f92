using Bantin.Text.Evaluation;

namespace Bantin.Text.Tests.Evaluation;

public class PythonRandomTests
{
    [Fact]
    public void Matches_cpython_randint_for_seed_11()
    {
        // python3 -c "import random; r=random.Random(11); print([r.randint(2,6) for _ in range(20)])"
        int[] expected = [5, 6, 5, 5, 6, 6, 3, 3, 6, 5, 6, 3, 2, 5, 4, 3, 2, 6, 2, 6];
        var rnd = new PythonRandom(11);
        Assert.Equal(expected, Enumerable.Range(0, 20).Select(_ => rnd.RandInt(2, 6)));
    }

    [Fact]
    public void Boundary_score_counts_non_space_code_points()
    {
        var score = BoundaryScore.Compute(["Một câu.", "Hai 😀."], ["Một câu. Hai 😀."], out long gold, out long pred);
        Assert.Equal(gold, pred);
        Assert.Equal(12, gold); // "Mộtcâu." 7 + "Hai😀." 5: the emoji counts once
        Assert.Equal(2, score.Gold);
        Assert.Equal(1, score.Predicted);
        Assert.Equal(1, score.Correct);
    }
}
