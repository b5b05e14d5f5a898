#!/usr/bin/env python3
"""Seeds a running ArchFit through its public API for the load benchmark.

Creates one workspace of N assessments (default 1 000); each gets two more revisions
(three in all), ten comments and ten votes. Answers, comments and votes vary from one
assessment to the next but are the same on every run (fixed random seed). Writes what the
benchmark needs as JSON to the output file: the workspace's view key and, per
assessment, its keys and the answers it was created with (bodies for
POST /api/v1/evaluations).

Standard library only. The app's rate limits must be off for this
(archfit.rate-limit.*=0), which bench/run does.
"""

import argparse
import http.client
import json
import random
import sys
import threading
import time

CHOICES = {
    "domainSize": ["small", "medium", "large"],
    "boundaryClarity": ["clear", "partial", "unclear"],
    "dataConsistency": ["strong", "mixed", "eventual"],
    "statefulness": ["stateless", "in-memory", "long-lived-connections"],
    "loadDivergence": ["uniform", "hot-spots", "divergent"],
    "trafficPattern": ["steady", "daily-cycle", "spiky", "idle-mostly", "unpredictable"],
    "taskDuration": ["subsecond", "seconds", "minutes", "long-running"],
    "latencyBudget": ["strict", "interactive", "relaxed"],
    "eventDriven": ["request-response", "some-async", "event-core"],
    "payloadSize": ["small", "medium", "large"],
    "specialRuntime": ["none", "none", "none", "custom-binaries"],
    "teamCount": ["one", "few", "many"],
    "devopsMaturity": ["low", "medium", "high"],
    "observability": ["basic", "centralized", "tracing"],
    "stackDiversity": ["one", "two", "many"],
    "releaseCadence": ["monthly", "weekly", "daily"],
    "timeToMarket": ["under-3-months", "3-to-9-months", "longer"],
    "budgetModel": ["pay-per-use", "predictable"],
    "lockInTolerance": ["high", "medium", "low"],
    "compliance": ["none", "none", "regulated"],
}

NUMBERS = {
    "monthlyRequests": [50_000, 2_000_000, 30_000_000, 400_000_000, 3_000_000_000],
    "peakToAverage": [1.5, 3, 8, 20],
    "avgDurationMs": [20, 80, 250, 1200],
    "memoryMb": [256, 512, 1024, 2048],
    "engineers": [4, 12, 40, 150],
}

CRITERIA = ["decoupling", "scaling", "deployment", "operations", "granularity", "cost", "latency",
            "runtimeFit", "complexity", "observability", "eventDriven", "portability", "timeToMarket",
            "consistency"]

VOTES = ["monolith", "microservices", "serverless", "hybrid", "recommended"]

NAMES = ["Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Edsger",
         "Radia", "Tony", "Leslie"]

COMMENTS = [
    "We measured the peak last quarter: about {n} times the average, see https://example.org/dash/{i}.",
    "The team split is not settled yet; the numbers assume {n} engineers.",
    "Our compliance office wants the data in one region, which rules out some managed services.",
    "Cold starts were a problem in the {n} ms budget, but only for the first request after idle.",
    "I would rather keep one deployable until the boundaries are clearer (ADR {i}).",
    "Cost looks fine at this volume; at ten times the traffic it flips, see the break-even chart.",
]


def answers(rng, unanswered):
    result = {}
    for trait, options in CHOICES.items():
        if rng.random() >= unanswered:
            result[trait] = rng.choice(options)
    for trait, options in NUMBERS.items():
        if rng.random() >= unanswered:
            result[trait] = rng.choice(options)
    return result


class Client:
    """One keep-alive connection; raises on any unexpected status."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.conn = http.client.HTTPConnection(host, port, timeout=60)

    def call(self, method, path, body=None, headers=None, expect=(200, 201)):
        data = json.dumps(body).encode() if body is not None else None
        h = {"Content-Type": "application/json", "Accept": "application/json"}
        h.update(headers or {})
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=data, headers=h)
                response = self.conn.getresponse()
                text = response.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 2:
                    raise
        if response.status not in expect:
            raise RuntimeError(f"{method} {path} -> {response.status}: {text[:300]!r}")
        return json.loads(text) if text else None


def seed_one(client, index, workspace_owner_key, comments, votes):
    rng = random.Random(1000 + index)
    first = answers(rng, 0.2)
    priorities = rng.sample(CRITERIA, rng.randint(0, 3))
    created = client.call("POST", "/api/v1/assessments", {
        "title": f"{rng.choice(['Billing', 'Search', 'Checkout', 'Catalogue', 'Reporting', 'Onboarding'])} "
                 f"service {index:05d}",
        "description": "Seeded for the load benchmark.",
        "answers": first,
        "priorities": priorities,
        "workspaceKey": workspace_owner_key,
    })
    view, owner = created["viewKey"], created["ownerKey"]
    evaluation = {"answers": first, "priorities": priorities}
    for _ in range(2):
        changed = dict(first)
        trait = rng.choice(list(CHOICES))
        changed[trait] = rng.choice(CHOICES[trait])
        changed["monthlyRequests"] = rng.choice(NUMBERS["monthlyRequests"])
        client.call("PUT", f"/api/v1/assessments/{view}/answers", {"answers": changed},
                    headers={"X-Owner-Key": owner})
        first = changed
    for c in range(comments):
        text = rng.choice(COMMENTS).format(n=rng.randint(2, 40), i=index * 100 + c)
        client.call("POST", f"/api/v1/assessments/{view}/comments",
                    {"author": f"{rng.choice(NAMES)} {c}", "body": text})
    for v in range(votes):
        client.call("PUT", f"/api/v1/assessments/{view}/votes",
                    {"voter": f"{NAMES[v % len(NAMES)]} {v}", "architecture": rng.choice(VOTES)})
    return {"viewKey": view, "ownerKey": owner, "evaluation": evaluation}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--comments", type=int, default=10)
    parser.add_argument("--votes", type=int, default=10)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--name", default="Bench 1k")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    started = time.time()
    client = Client("127.0.0.1", args.port)
    workspace = client.call("POST", "/api/v1/workspaces", {"name": args.name})
    results = [None] * args.count
    errors = []
    lock = threading.Lock()
    next_index = [0]

    def work():
        own = Client("127.0.0.1", args.port)
        while True:
            with lock:
                if errors or next_index[0] >= args.count:
                    return
                index = next_index[0]
                next_index[0] += 1
            try:
                results[index] = seed_one(own, index, workspace["ownerKey"], args.comments, args.votes)
            except Exception as ex:  # noqa: BLE001 - reported below
                with lock:
                    errors.append(f"assessment {index}: {ex}")
                return

    threads = [threading.Thread(target=work) for _ in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        print("seeding failed: " + errors[0], file=sys.stderr)
        sys.exit(1)
    with open(args.out, "w") as out:
        json.dump({
            "workspaceViewKey": workspace["viewKey"],
            "assessments": results,
        }, out)
    print(f"seeded {args.count} assessments ({2 * args.count} more revisions, {args.comments * args.count} "
          f"comments, {args.votes * args.count} votes) in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
