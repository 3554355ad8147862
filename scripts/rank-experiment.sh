#!/bin/sh
# The docs/ranks.md experiment: LoRA fine-tuning Shakespeare → Milton at average rank 2, 4 and 8 with
# every allocator (plus AdaLoRA without its regulariser and bandit-knapsack with --max-step 1) and 3
# seeds, two runs at a time on one OpenBLAS thread each. Results land in
# ${OUT:-rank-experiment}/<variant>-r<rank>-s<seed>/ (summary.json, ranks.json, ranks.svg, validation.csv);
# a finished run is skipped when the script is run again.
set -eu
ALLOT=${ALLOT:-.build/release/allot}
OUT=${OUT:-rank-experiment}
STEPS=${STEPS:-400}
JOBS=${JOBS:-2}
mkdir -p "$OUT"
# Build the pretrained base once (cached in .allot-cache) before the parallel runs.
"$ALLOT" finetune --steps 1 --out "$OUT/warmup" --quiet > /dev/null
for rank in 2 4 8; do
  for variant in uniform adalora adalora-noorth elastic bandit-knapsack bandit-knapsack-step1; do
    case $variant in
      adalora-noorth) options="--allocator adalora --orthogonality-weight 0" ;;
      bandit-knapsack-step1) options="--allocator bandit-knapsack --max-step 1" ;;
      *) options="--allocator $variant" ;;
    esac
    for seed in 1 2 3; do
      dir="$OUT/$variant-r$rank-s$seed"
      [ -f "$dir/summary.json" ] && continue
      echo "OPENBLAS_NUM_THREADS=1 $ALLOT finetune $options --average-rank $rank --seed $seed --steps $STEPS --out $dir --quiet"
    done
  done
done | xargs -P "$JOBS" -I{} sh -c '{}'
