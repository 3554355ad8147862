"""Writes Tests/Fixtures/optuna-gp/gp.json: what Optuna 5.0's GPSampler model (optuna._gp) computes on
fixed data, so a Swift test can check that Allot's `GaussianProcess` is the same model: the fitting
loss −(log marginal likelihood + log prior) at given kernel parameters, the posterior mean and variance
at query points, and the kernel Optuna's own fit (`fit_kernel_params`, from its default start) finds.

Run with Optuna installed (the benchmark venv of docs/tuning.md):
    .build/bench-venv/bin/python python/benchmarks/optuna_gp_fixture.py
Data: 14 points in [0, 1]² plus a three-way categorical (as Optuna encodes it: the choice's index),
standardised values of a smooth function with a categorical offset.
"""

import json
import sys
from pathlib import Path

import numpy as np
import optuna
import torch
from optuna._gp import gp, prior

MINIMUM_NOISE = prior.DEFAULT_MINIMUM_NOISE_VAR


def regressor(X, y, categorical, lambdas, scale, noise):
    return gp.GPRegressor(is_categorical=torch.from_numpy(categorical), X_train=torch.from_numpy(X), y_train=torch.from_numpy(y),
                          inverse_squared_lengthscales=torch.tensor(lambdas, dtype=torch.float64),
                          kernel_scale=torch.tensor(scale, dtype=torch.float64), noise_var=torch.tensor(noise, dtype=torch.float64))


def main():
    rng = np.random.default_rng(20261206)
    n = 14
    X = np.column_stack([rng.uniform(0, 1, n), rng.uniform(0, 1, n), rng.integers(0, 3, n).astype(float)])
    raw = np.sin(6 * X[:, 0]) + (X[:, 1] - 0.4) ** 2 * 3 + np.array([0.0, 0.5, -0.3])[X[:, 2].astype(int)]
    y = (raw - raw.mean()) / raw.std()
    categorical = np.array([False, False, True])
    queries = np.column_stack([rng.uniform(0, 1, 8), rng.uniform(0, 1, 8), rng.integers(0, 3, 8).astype(float)])
    queries[0] = X[3]                                    # at an observation
    settings = [([1.0, 1.0, 1.0], 1.0, 1.0), ([4.0, 0.5, 2.0], 0.8, 0.01), ([30.0, 3.0, 0.2], 1.7, 1e-6 + 1e-4)]
    cases = []
    for lambdas, scale, noise in settings:
        model = regressor(X, y, categorical, lambdas, scale, noise)
        loss = float(-model.marginal_log_likelihood() - prior.default_log_prior(model))
        model._cache_matrix()
        mean, variance = model.posterior(torch.from_numpy(queries))
        cases.append({"inverseSquaredLengthscales": lambdas, "scale": scale, "noise": noise, "loss": loss,
                      "means": mean.tolist(), "variances": variance.tolist()})
    fitted = gp.fit_kernel_params(X, y, categorical, prior.default_log_prior, MINIMUM_NOISE, deterministic_objective=False)
    fitted_loss = float(-fitted.marginal_log_likelihood() - prior.default_log_prior(fitted))
    mean, variance = fitted.posterior(torch.from_numpy(queries))
    document = {"source": f"optuna {optuna.__version__}, optuna._gp (GPRegressor, default_log_prior, fit_kernel_params); "
                          "python/benchmarks/optuna_gp_fixture.py",
                "inputs": X.tolist(), "targets": y.tolist(), "categorical": categorical.tolist(), "queries": queries.tolist(),
                "minimumNoise": MINIMUM_NOISE, "cases": cases,
                "fitted": {"inverseSquaredLengthscales": fitted.inverse_squared_lengthscales.tolist(), "scale": float(fitted.kernel_scale),
                           "noise": float(fitted.noise_var), "loss": fitted_loss, "means": mean.tolist(), "variances": variance.tolist()}}
    out = Path(__file__).resolve().parents[2] / "Tests/Fixtures/optuna-gp/gp.json"
    out.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
