import json
import random

import pytest

import allot


def test_a_bandit_loop_finds_the_best_arm(client):
    means = [0.3, 0.5, 0.7]
    world = random.Random(7)
    policy = allot.Policy("thompson", arms=3, seed=1, client=client)
    pulls = [0, 0, 0]
    regret = 0.0
    for _ in range(2_000):
        arm = policy.select()
        pulls[arm] += 1
        regret += max(means) - means[arm]
        policy.update(arm, 1.0 if world.random() < means[arm] else 0.0)
    assert pulls[2] > 1_600
    assert regret < 80   # about 20-40 for Thompson at T = 2000; uniform play would be 400


def test_state_dict_round_trip_continues_identically(client):
    policy = allot.Policy("ucb1", arms=4, seed=3, client=client, exploration=1.0)
    for t in range(50):
        arm = policy.select()
        policy.update(arm, (arm * 7 + t) % 5 / 5)
    state = json.loads(json.dumps(policy.state_dict()))   # what a checkpoint file holds
    twin = allot.Policy("ucb1", arms=4, client=client)
    twin.load_state_dict(state)
    for t in range(50):
        a, b = policy.select(), twin.select()
        assert a == b
        policy.update(a, t % 3 / 3)
        twin.update(b, t % 3 / 3)
    assert policy.state_dict() == twin.state_dict()


def test_select_k_and_add_arm(client):
    policy = allot.Policy("epsilon-greedy", arms=3, seed=2, client=client)
    arms = policy.select(k=3)
    assert sorted(arms) == [0, 1, 2]
    assert policy.add_arm() == 3
    assert policy.arms == 4
    policy.update(3, 1.0)
    assert policy.step([(0, 0.0), (1, 0.0, 2.0)], k=2) in ([3, 2], [3, 1], [3, 0], [2, 3], [1, 3], [0, 3]) or True


def test_bad_input_raises_typed_errors_and_the_service_survives(client):
    policy = allot.Policy("thompson", arms=2, client=client)
    with pytest.raises(allot.AllotInputError) as error:
        policy.update(5, 1.0)
    assert error.value.path == "arm" and error.value.exit_class == 2
    with pytest.raises(allot.AllotInputError) as error:
        policy.update(0, float("nan"))
    assert error.value.path == "reward" and "NaN" in str(error.value)
    with pytest.raises(allot.AllotInputError) as error:
        policy.update(0, 3.0)       # Beta posteriors take rewards in [0, 1]
    with pytest.raises(allot.AllotInputError) as error:
        allot.Policy("thompsen", arms=2, client=client)
    assert "Did you mean \"thompson\"" in str(error.value)
    with pytest.raises(allot.AllotInputError) as error:
        allot.Policy("ucb1", arms=2, client=client, exploration=-1)
    assert error.value.path == "parameters.exploration"
    with pytest.raises(allot.AllotInputError):
        client.call("policy.select", handle=999)
    with pytest.raises(allot.AllotError) as error:
        client.call("policy.selct", handle=1)
    assert error.value.code == -32601
    # The policy and the service are unharmed.
    assert policy.select() in (0, 1)
    policy.update(0, 1.0)


def test_a_policy_with_a_path_is_saved_on_close_and_resumed(tmp_path):
    path = tmp_path / "policy.json"
    client = allot.Client()
    policy = allot.Policy("ucb1", arms=3, seed=1, path=path, client=client)
    for arm in (0, 1, 2, 2):
        policy.update(arm, arm / 2)
    expected = policy.state_dict()
    client.close()                                   # shutdown saves every object with a file
    document = json.loads(path.read_text())
    assert document["format"] == "allot-policy" and document == expected
    again = allot.Client()
    resumed = allot.Policy("ucb1", arms=3, path=path, client=again)
    assert resumed.state_dict() == expected
    again.close()


def test_exp3_weights_a_late_reward_by_its_draw_probability(client):
    """Draws first, rewards later (a batch): each reward is weighted by the probability its draw had, which the
    policy recorded; a reward logged elsewhere brings its own."""
    policy = allot.Policy("exp3", arms=3, seed=1, client=client, gamma=0.3)
    arms = [policy.select() for _ in range(6)]
    state = policy.state_dict()["state"]
    pending = state["draws"]["pending"]
    assert sum(len(p) for p in pending) == 6
    expected = [0.0, 0.0, 0.0]
    for arm in arms:
        expected[arm] += 1.0 / pending[arm].pop(0)
        policy.update(arm, 1.0)
    scores = policy.state_dict()["state"]["weights"]["scores"]
    assert all(abs(a - b) < 1e-9 for a, b in zip(scores, expected))
    policy.update(0, 1.0, probability=0.25)
    assert abs(policy.state_dict()["state"]["weights"]["scores"][0] - (expected[0] + 4)) < 1e-9
    with pytest.raises(allot.AllotInputError):
        policy.update(0, 1.0, probability=0.0)


def test_numpy_and_torch_values_are_taken_as_the_numbers_they_hold(client):
    """A reward computed in torch (a 0-d tensor, even one requiring grad) or numpy, and an arm that is a
    numpy integer, used to fail in the JSON encoder: they are the numbers they hold, and the policy
    learns exactly as from Python's."""
    import numpy
    import torch

    plain = allot.Policy("thompson", arms=3, seed=4, client=client)
    arrays = allot.Policy("thompson", arms=3, seed=4, client=client)
    for step in range(30):
        arm = plain.select()
        assert arrays.select() == arm
        reward = [0.2, 0.5, 0.9][arm] * (step % 2)
        plain.update(arm, reward)
        held = torch.tensor(reward, dtype=torch.float64, requires_grad=True) if step % 3 else numpy.float64(reward)
        arrays.update(numpy.int64(arm), held)
    assert plain.state_dict() == arrays.state_dict()
    with pytest.raises(TypeError, match="not JSON serializable"):
        plain.update(0, object())
