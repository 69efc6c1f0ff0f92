namespace Bantin.Text.Normalization;

/// <summary>Counts of the votes the changed words of a sample cast for one legacy scheme.</summary>
internal struct SchemeTally
{
    public int StrongGood, StrongBad, WeakGood, WeakBad;

    public readonly int Total => StrongGood + StrongBad + WeakGood + WeakBad;

    public readonly int Good => StrongGood + WeakGood;

    public void Add(WordVote vote)
    {
        switch (vote)
        {
            case WordVote.StrongGood: StrongGood++; break;
            case WordVote.StrongBad: StrongBad++; break;
            case WordVote.WeakGood: WeakGood++; break;
            case WordVote.WeakBad: WeakBad++; break;
        }
    }

    public override readonly string ToString() => $"strong {StrongGood}/{StrongBad}, weak {WeakGood}/{WeakBad}";
}
