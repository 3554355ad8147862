"""``optuna.importance``'s spelling for :meth:`allot.Study.param_importances`, so a ported script's
``get_param_importances(study)`` reads the same numbers: PED-ANOVA, Optuna 5's default evaluator,
computed by the same rules (tested against Optuna's on fixed histories)."""


class PedAnovaImportanceEvaluator:
    """PED-ANOVA's settings, as Optuna names them: the importance of reaching the top
    ``target_quantile`` of values within the top ``region_quantile`` (1: all trials), measured against
    the region's trials (``evaluate_on_local``) or each parameter's whole domain."""

    def __init__(self, *, target_quantile=0.1, region_quantile=1.0, evaluate_on_local=True):
        if not 0.0 < target_quantile < region_quantile <= 1.0:
            raise ValueError("condition 0.0 < target_quantile < region_quantile <= 1.0 must be satisfied, got "
                             f"target_quantile={target_quantile}, region_quantile={region_quantile}")
        self.target_quantile = target_quantile
        self.region_quantile = region_quantile
        self.evaluate_on_local = evaluate_on_local


def get_param_importances(study, *, evaluator=None, params=None, target=None, normalize=True, resource=None, objective=None):
    """``{name: importance}``, largest first, summing to 1 when ``normalize``. ``evaluator`` is a
    :class:`PedAnovaImportanceEvaluator` (the default one when None); ``resource`` judges every trial by its
    value at that resource instead of the completed trials by theirs; ``objective`` names one objective of
    a study with several (Optuna's ``target=lambda t: t.values[i]``). ``target`` (Optuna's function of a
    trial) is not supported: the importances are of a value the study recorded, in its direction."""
    if target is not None:
        raise ValueError("target is not supported: the importances are of the study's value in its direction (objective=i: "
                         "objective i of a study with several); for another measure, run a study on it")
    evaluator = evaluator or PedAnovaImportanceEvaluator()
    if not isinstance(evaluator, PedAnovaImportanceEvaluator):
        raise TypeError(f"evaluator: allot.importance.PedAnovaImportanceEvaluator (Optuna's default), not {type(evaluator).__name__}; "
                        "fANOVA and mean decrease impurity are not implemented")
    return study.param_importances(params=params, normalize=normalize, resource=resource, target_quantile=evaluator.target_quantile,
                                   region_quantile=evaluator.region_quantile, evaluate_on_local=evaluator.evaluate_on_local,
                                   objective=objective)
