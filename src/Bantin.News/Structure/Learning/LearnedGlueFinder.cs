namespace Bantin.News.Structure.Learning;

/// <summary>
/// Where the fields of a fused text were run together, decided by a <see cref="BoundaryModel"/> at every candidate
/// (<see cref="BoundaryCandidates"/>), with the hand-written rules' verdicts among its features.
/// </summary>
internal static class LearnedGlueFinder
{
    public static List<GluePoint> Find(string t, bool hasHead, BoundaryModel model) =>
        BoundaryWalk.Run(new BoundaryInput(t, hasHead), (_, _, features) => model.Score(features));
}
