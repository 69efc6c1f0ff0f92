#!/usr/bin/env bash
# Trains the read model as the shipped one is trained (docs/data.md), with three noise seeds, and prints the
# structure-recovery figures of each and their mean on VietNews dev, the Dân trí held-out fifth and VNTC's VnExpress
# test articles. A change to the reader is judged on the mean (docs/benchmarks.md, stop 13): one training moves the
# figures by as much as most changes.
#   scripts/read-seed-spread.sh [OUTDIR]   (about 3 minutes on 2 cores; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
S=../shared/data
dotnet build -c Release src/Bantin.Cli -v q -nologo >/dev/null
bantin() { dotnet src/Bantin.Cli/bin/Release/net10.0/bantin.dll "$@"; }
for seed in 1001 2001 3001; do
  bantin train read --gold $S/vietnews/vietnews_train_20k.jsonl --gold $S/unc_dantri/unc_dantri_shared.jsonl \
    --gold $S/vntc/vntc_train_10k.jsonl --weight 1 --weight 3 --weight 1 --heads-from-lines VnExpress \
    --held-out 5 --seed $seed --out "$out/read-$seed.bin.gz" 2>/dev/null >/dev/null &
done
wait
for seed in 1001 2001 3001; do
  m="$out/read-$seed.bin.gz"
  echo "seed $seed VietNews $(bantin eval read --gold $S/vietnews/vietnews_dev_2k.jsonl --noise --model "$m" | tr '\n' ' ')"
  echo "seed $seed DanTri $(bantin eval read --gold $S/unc_dantri/unc_dantri_shared.jsonl --noise --held-out 5 --model "$m" | tr '\n' ' ')"
  echo "seed $seed VNTC $(bantin eval read --gold $S/vntc/vntc_test_5k.jsonl --heads-from-lines VnExpress --noise --model "$m" | tr '\n' ' ')"
done | tee "$out/figures.txt"
for set in VietNews DanTri VNTC; do
  grep " $set " "$out/figures.txt" | sed 's/%//g' | awk -v set=$set '{t+=$7; s+=$9; b+=$11; f+=$14; n++}
    END {printf "mean %s title %.2f sapo %.2f body %.2f boundary F1 %.2f\n", set, t/n, s/n, b/n, f/n}'
done
