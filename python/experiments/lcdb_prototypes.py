"""A Python port of `allot tune replay` for trying cost-aware halving's rules before writing them in
Swift: the 25 LCDB datasets of ../shared/data (or AllotData's copy), each evaluation one recorded inner
seed with every learner on the same split (ReplaySplits' rule), cost-aware halving as
CostAwareHalvingScheduler decides, and the replay's figures (median and mean regret in points, median
speedup over training every learner once at full size; the mean of each seed's figure with a 95 %
interval over seeds). Its split orders are drawn differently from the Swift replay's, so its figures
match `allot tune replay` within the intervals, not digit for digit.

Variants (docs/tuning.md, "Tried and measured on the way"): a margin rule on top of cost-aware halving
(a configuration goes on only while within `margin` of the rung's leader), at the final rung only or at
every rung.

    python3 python/experiments/lcdb_prototypes.py [seeds] [path of lcdb-accuracy-dev.csv]
"""

import csv, math, os, random, statistics as st, sys
from collections import defaultdict

def load(path):
    if os.path.exists(path):
        rows = csv.DictReader(open(path))
    else:                                   # the copy compiled into the binary (a raw string in AllotData)
        swift = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/AllotData/LCDBAccuracyDevData.swift")).read()
        rows = csv.DictReader(swift[swift.index('#"""') + 5:swift.index('"""#')].splitlines())
    data = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for r in rows:
        data[int(r["openmlid"])][r["learner"]][int(r["size_train"])].append(
            (float(r["score_valid"]), float(r["score_test"]), float(r["traintime"]), int(r["inner_seed"])))
    probs = {}
    for d, learners in data.items():
        names = sorted(learners)
        sizes = sorted({s for l in learners.values() for s in l})
        seeds = sorted({x[3] for l in learners.values() for runs in l.values() for x in runs})
        probs[d] = Problem(d, names, sizes, [learners[n] for n in names], seeds)
    return probs

class Problem:
    def __init__(s, d, names, sizes, meas, seeds):
        s.d, s.names, s.sizes, s.meas, s.seeds = d, names, sizes, meas, seeds
        s.n = len(names)
        s.R = sizes[-1]
        s.final_test = [s._mean([x[1] for x in s.meas[c][s.size_for(c, s.R)]]) for c in range(s.n)]
        s.best = max(s.final_test)
        s.exhaustive = sum(s._mean([x[2] for x in s.meas[c][s.size_for(c, s.R)]]) for c in range(s.n))
    @staticmethod
    def _mean(xs): return sum(xs) / len(xs)
    def size_for(s, c, resource):
        wanted = next((z for z in s.sizes if z >= resource * (1 - 1e-9)), s.R)
        avail = [z for z in s.meas[c] if z <= wanted]
        return max(avail) if avail else min(s.meas[c])

class Splits:
    def __init__(s, prob, rng):
        order = prob.seeds[:]; rng.shuffle(order)
        s.rank = {x: i for i, x in enumerate(order)}; s.uses = defaultdict(int)
    def next(s, runs, c, z):
        k = s.uses[(c, z)]; s.uses[(c, z)] += 1
        o = sorted(enumerate(runs), key=lambda t: (s.rank[t[1][3]], t[0]))
        return o[k % len(o)][1]

class Env:
    """What a tuner sees: evaluate(c, resource) -> (validation, cost); the ledger of cost."""
    def __init__(s, prob, rng):
        s.p = prob; s.splits = Splits(prob, rng); s.cost = 0.0; s.log = []
    def evaluate(s, c, resource, tag=""):
        z = s.p.size_for(c, resource)
        v, t, tt, _ = s.splits.next(s.p.meas[c][z], c, z)
        s.cost += tt; s.log.append((tag, c, z, tt))
        return v, tt

def run(tuner, probs, seeds=10, verbose=False):
    per = []
    rows = defaultdict(list)
    for seed in range(seeds):
        regrets, speedups = [], []
        for d in sorted(probs):
            p = probs[d]
            rng = random.Random(seed * 100003 + d)
            env = Env(p, rng)
            pick = tuner(p, env, rng)
            reg = p.best - p.final_test[pick]
            regrets.append(reg); speedups.append(p.exhaustive / env.cost)
            rows[d].append((reg, env.cost / p.exhaustive))
        per.append((st.median(regrets), st.mean(regrets), st.median(speedups)))
    def ci(xs):
        m = st.mean(xs); h = 2.262 * st.stdev(xs) / math.sqrt(len(xs)) if len(xs) > 1 else 0
        return m, h
    mr, mm, sp = (ci([x[i] for x in per]) for i in range(3))
    print(f"median regret {100*mr[0]:.2f}±{100*mr[1]:.2f}  mean {100*mm[0]:.2f}±{100*mm[1]:.2f}  speedup {sp[0]:.2f}±{sp[1]:.2f}")
    if verbose:
        for d in sorted(rows, key=lambda d: st.mean(r[1] for r in rows[d])):
            print(f"  {d:6d} speedup {1/st.mean(r[1] for r in rows[d]):7.1f}  regret {100*st.mean(r[0] for r in rows[d]):.2f}")
    return per

def rungs_for(p, eta=3, halvings=3, first=None):
    R = float(p.R)
    if first is None: first = min(R, max(p.sizes[0], R / eta ** halvings))
    rs = []; r = first
    while r < R * (1 - 1e-9): rs.append(r); r *= eta
    rs.append(R); return rs

def predicted(costs, rung, rs):
    cur = costs.get(rung - 1, 0.0); e = 1.0
    if rung >= 2 and (rung - 2) in costs:
        e = min(2, max(0, math.log(max(cur, 1e-9) / max(costs[rung - 2], 1e-9)) / math.log(rs[rung - 1] / rs[rung - 2])))
    return cur * (rs[rung] / rs[rung - 1]) ** e

def cah(rung_budget=1.0, keep=0.5, final_budget=2.0, final_evals=5, eta=3, halvings=3, margin=None):
    """Cost-aware halving as CostAwareHalvingScheduler decides. `margin(rung, last)`, when given, is the
    largest gap to the previous rung's leader with which a configuration may still go on to `rung`
    (None: no such rule at that rung)."""
    def tuner(p, env, rng):
        rs = rungs_for(p, eta, halvings)
        last = len(rs) - 1
        vals = defaultdict(dict)
        costs = defaultdict(dict)
        members = list(range(p.n))
        for c in members:
            vals[c][0], costs[c][0] = env.evaluate(c, rs[0], "r0")
        budget = rung_budget * sum(costs[c][0] for c in members)
        for rung in range(1, last + 1):
            ranked = sorted(members, key=lambda c: (-vals[c][rung - 1], c))
            lead = vals[ranked[0]][rung - 1]
            gap = margin(rung, last) if margin else None
            limit = max(min(2, len(ranked)), math.ceil(keep * len(members) - 1e-9))
            chosen, spent = [], 0.0
            for c in ranked:
                if len(chosen) >= limit or (gap is not None and lead - vals[c][rung - 1] > gap):
                    break
                cost = predicted(costs[c], rung, rs)
                if not chosen:
                    chosen.append(c)
                elif spent + cost <= budget:
                    chosen.append(c)
                    spent += cost
            members = chosen
            for c in members:
                vals[c][rung], costs[c][rung] = env.evaluate(c, rs[rung], f"r{rung}")
        final = {c: [vals[c][last]] for c in members}
        spent = sum(costs[c][last] for c in members)
        limit = final_budget * budget
        for _ in range(final_evals - 1):
            ranking = sorted(final, key=lambda c: (-st.mean(final[c]), c))
            if len(ranking) < 2:
                break
            again = []
            for c in ranking[:2]:
                if spent + costs[c][last] <= limit:
                    again.append(c)
                    spent += costs[c][last]
            if not again:
                break
            for c in again:
                final[c].append(env.evaluate(c, rs[last], "re")[0])
        return sorted(final, key=lambda c: (-st.mean(final[c]), c))[0]
    return tuner


def main():
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data/lcdb-accuracy-dev.csv")
    probs = load(path)
    print("cost-aware halving (the default)"); run(cah(), probs, seeds)
    for d in [0.05, 0.03, 0.02, 0.01]:
        print("margin", d, "at the final rung"); run(cah(margin=lambda rung, last, d=d: d if rung == last else None), probs, seeds)
    for d in [0.1, 0.05, 0.03]:
        print("margin", d, "at every rung"); run(cah(margin=lambda rung, last, d=d: d), probs, seeds)


if __name__ == "__main__":
    main()
