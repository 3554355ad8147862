"""A DDP training loop tuned by one Allot study (run by test_distributed.py under torchrun): every rank
trains the same trial on its half of the data, reports the all-reduced validation loss, and writes
what it saw to OUT/rank-N.json for the test to compare."""

import json
import os
import sys

import torch
import torch.distributed as dist

import allot
from allot.distributed import ask

out = sys.argv[1]
dist.init_process_group("gloo")
rank, world = dist.get_rank(), dist.get_world_size()
space = [{"name": "lr", "type": "float", "low": 1e-3, "high": 1.0, "log": True},
         {"name": "width", "type": "categorical", "choices": ["4", "16"]}]
study = allot.Study(space, direction="minimize", scheduler="asha", sampler="tpe", sampler_params={"seed": 2, "startupTrials": 4},
                    scheduler_params={"minResource": 1, "maxResource": 9, "trials": 10}) if rank == 0 else None
data = torch.Generator().manual_seed(0)
x = torch.randn(256, 4, generator=data)
y = (x[:, 0] * x[:, 1] > 0).long()
shard = slice(rank * 128, (rank + 1) * 128)                        # this rank's half
seen = []
while (trial := ask(study)) is not None:
    lr = trial.suggest_float("lr", 1e-3, 1.0, log=True)
    width = trial.suggest_categorical("width", [4, 16])
    torch.manual_seed(trial.number)
    model = torch.nn.parallel.DistributedDataParallel(
        torch.nn.Sequential(torch.nn.Linear(4, width), torch.nn.ReLU(), torch.nn.Linear(width, 2)))
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    epoch = 0
    while not trial.finished:
        epoch += 1
        for i in range(shard.start, shard.stop, 32):
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(model(x[i:i + 32]), y[i:i + 32]).backward()
            optimizer.step()
        with torch.no_grad():
            loss = torch.nn.functional.cross_entropy(model(x[shard]), y[shard]).reshape(1)
        dist.all_reduce(loss)                                       # the mean over ranks: one value for the study
        decision = trial.report(float(loss) / world, epoch)
        seen.append([trial.number, lr, width, epoch, decision])
    trial.set_user_attr("epochs", epoch)                            # a collective too; rank 0 records it
    trial.tell(float(loss) / world)
result = {"seen": seen}
if rank == 0:
    result["finished"] = study.finished
    result["best"] = study.best_trial
    result["states"] = sorted({t["state"] for t in study.trials})
    result["epochs"] = {t["id"]: t["attributes"]["epochs"] for t in study.trials}
with open(os.path.join(out, f"rank-{rank}.json"), "w") as file:
    json.dump(result, file)
dist.destroy_process_group()
