"""Writes Tests/Fixtures/optuna-parzen/estimators.json: log densities of Optuna 5.0's multivariate Parzen
estimator (the l(x) and g(x) of its TPESampler) for fixed observations, so a Swift test can check that
Allot's `ParzenEstimator` computes the same densities (docs/tuning.md, "Model-based search").

Run with Optuna installed (the benchmark venv of docs/tuning.md):
    .build/bench-venv/bin/python python/benchmarks/optuna_parzen_fixture.py
The space has a float on [0, 1], a log-scaled float on [1e-3, 1] and a categorical with three choices;
observation counts 1, 3, 12 and 40 (above 25 Optuna's weights ramp by age). Integer parameters are left
out on purpose: Optuna gives them a discrete distribution (a kernel's mass on the value's cell), Allot a
density on the cell's unit coordinate, so their densities differ by design.
"""

import json
import sys
from pathlib import Path

import numpy as np
import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution
from optuna.samplers._tpe.parzen_estimator import _ParzenEstimator, _ParzenEstimatorParameters
from optuna.samplers._tpe.sampler import default_weights

SPACE = {"x": FloatDistribution(0.0, 1.0), "lr": FloatDistribution(1e-3, 1.0, log=True),
         "opt": CategoricalDistribution(["a", "b", "c"])}


def draw(rng, count):
    """Points as Optuna's internal representation: floats as they are, a categorical as its index."""
    return {"x": rng.uniform(0, 1, count), "lr": np.exp(rng.uniform(np.log(1e-3), 0, count)),
            "opt": rng.integers(0, 3, count).astype(float)}


def main():
    rng = np.random.default_rng(20261206)
    parameters = _ParzenEstimatorParameters(prior_weight=1.0, consider_magic_clip=True, consider_endpoints=False,
                                            weights=default_weights, multivariate=True)
    cases = []
    for count in (1, 3, 12, 40):
        observations = draw(rng, count)
        # A few observations share a value, as a TPE history often does (a repeated good point).
        if count >= 12:
            for name in ("x", "lr"):
                observations[name][5] = observations[name][4]
        estimator = _ParzenEstimator(observations, SPACE, parameters)
        queries = draw(rng, 25)
        queries["x"][:3] = [0.0, 1.0, observations["x"][0]]
        cases.append({
            "observations": [[float(observations["x"][i]), float(observations["lr"][i]), int(observations["opt"][i])] for i in range(count)],
            "queries": [[float(queries["x"][i]), float(queries["lr"][i]), int(queries["opt"][i])] for i in range(25)],
            "logDensities": [float(v) for v in estimator.log_pdf(queries)],
        })
    document = {"source": f"optuna {optuna.__version__}, optuna.samplers._tpe.parzen_estimator._ParzenEstimator "
                          "(multivariate, prior_weight 1, magic clip, default weights); python/benchmarks/optuna_parzen_fixture.py",
                "space": {"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1},
                          {"name": "lr", "type": "float", "low": 1e-3, "high": 1, "log": True},
                          {"name": "opt", "type": "categorical", "choices": ["a", "b", "c"]}]},
                "cases": cases}
    out = Path(__file__).resolve().parents[2] / "Tests/Fixtures/optuna-parzen/estimators.json"
    out.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {out} ({len(cases)} cases)", file=sys.stderr)


if __name__ == "__main__":
    main()
