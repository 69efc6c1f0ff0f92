namespace Bantin.Search.Evaluation;

/// <summary>MRR@10 and recall@10 of one engine on one kind of query.</summary>
public sealed class KindScore
{
    public int Queries { get; private set; }
    public double ReciprocalRankSum { get; private set; }
    public int FoundInTop10 { get; private set; }

    public double Mrr => Queries == 0 ? 0 : ReciprocalRankSum / Queries;
    public double Recall => Queries == 0 ? 0 : (double)FoundInTop10 / Queries;

    /// <summary>Adds a query whose first relevant hit is at <paramref name="rank"/> (1-based; 0 = not in the top 10).</summary>
    public void Add(int rank)
    {
        Queries++;
        if (rank is >= 1 and <= 10)
        {
            ReciprocalRankSum += 1.0 / rank;
            FoundInTop10++;
        }
    }
}
