#!/usr/bin/env python3
"""Webhook delivery latency under load (see bench/webhooks).

Starts the app on 127.0.0.1 with a fresh H2 database and private addresses allowed, runs a
receiver on another port of 127.0.0.1, adds it as a workspace's webhook for comment.created,
posts comments to an assessment of that workspace at a steady rate, and measures for each
delivery the time from the event (the payload's timestamp, taken by the app when the comment
is saved) to its first arrival at the receiver. Prints the figures and how many deliveries
arrived more than once or not at all."""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--java", default="java")
    parser.add_argument("--jar", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--jvm-opts", default="-Xmx256m")
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--port", type=int, default=19090)
    parser.add_argument("--format", default="standard")
    args = parser.parse_args()

    arrivals = {}  # webhook-id -> (first arrival, event time, count)
    lock = threading.Lock()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            now = time.time()
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            webhook_id = self.headers.get("webhook-id")
            event_at = None
            try:
                stamp = json.loads(body).get("timestamp")
                event_at = datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() if stamp else None
            except ValueError:
                pass
            with lock:
                first, at, count = arrivals.get(webhook_id, (now, event_at, 0))
                arrivals[webhook_id] = (first, at, count + 1)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_):
            pass

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{receiver.server_address[1]}/hook"

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    log_path = os.path.join(args.work, "app.log")
    db = os.path.join(args.work, "db", "archfit")
    command = [args.java, *shlex.split(args.jvm_opts), "-jar", args.jar, "--server.address=127.0.0.1",
               f"--server.port={args.port}",
               f"--spring.datasource.url=jdbc:h2:file:{db};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
               "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
               "--archfit.webhooks.allow-private-addresses=true", "--archfit.rate-limit.comments-per-minute=0",
               "--archfit.rate-limit.creations-per-minute=0", "--logging.level.io.archfit.requests=WARN"]
    base = f"http://127.0.0.1:{args.port}"
    with open(log_path, "w") as log:
        app = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        started = time.time()
        while True:
            if app.poll() is not None:
                sys.exit(f"the app ended while starting; see {log_path}")
            try:
                with urllib.request.urlopen(base + "/actuator/health", timeout=2) as r:
                    if b'"UP"' in r.read():
                        break
            except OSError:
                pass
            if time.time() - started > 300:
                sys.exit(f"the app did not start within 300 s; see {log_path}")
            time.sleep(0.5)
        print(f"app ready after {time.time() - started:.1f} s (pid {app.pid}, log {log_path})")

        workspace = call(base, "POST", "/api/v1/workspaces", {"name": "Bench"})
        owner = {"X-Owner-Key": workspace["ownerKey"]}
        call(base, "POST", f"/api/v1/workspaces/{workspace['viewKey']}/webhooks",
             {"url": hook, "events": ["comment.created"], "format": args.format}, owner)
        view = call(base, "POST", "/api/v1/assessments",
                    {"title": "Bench", "answers": {"domainSize": "small"},
                     "workspaceKey": workspace["ownerKey"]})["viewKey"]

        total = int(args.rate * args.seconds)
        print(f"posting {total} comments at {args.rate:g} a second for {args.seconds:g} s")
        begin = time.time()
        errors = []

        def post(i):
            try:
                call(base, "POST", f"/api/v1/assessments/{view}/comments", {"author": "Bench", "body": f"#{i}"})
            except OSError:
                errors.append(i)

        # Comments are sent on their schedule by a pool of clients, so that a slow answer does not
        # hold back the next comment.
        with ThreadPoolExecutor(max_workers=16) as pool:
            for i in range(total):
                pause = begin + i / args.rate - time.time()
                if pause > 0:
                    time.sleep(pause)
                pool.submit(post, i)
        took = time.time() - begin
        errors = len(errors)
        print(f"posted in {took:.1f} s ({total / took:.1f} a second), {errors} errors")

        deadline = time.time() + 120
        while time.time() < deadline:
            with lock:
                if len(arrivals) >= total - errors:
                    break
            time.sleep(0.2)
        with lock:
            latencies = sorted((first - at) * 1000 for first, at, _ in arrivals.values() if at is not None)
            repeated = sum(1 for _, _, count in arrivals.values() if count > 1)
        if not latencies:
            sys.exit("no delivery arrived")
        print(f"deliveries: {len(latencies)} of {total - errors} arrived, {repeated} more than once, "
              f"{total - errors - len(latencies)} missing")
        print("latency from the event to its arrival (ms): "
              f"median {statistics.median(latencies):.0f}, p90 {percentile(latencies, 90):.0f}, "
              f"p99 {percentile(latencies, 99):.0f}, max {latencies[-1]:.0f}")
    finally:
        app.terminate()
        try:
            app.wait(60)
        except subprocess.TimeoutExpired:
            app.kill()
        receiver.shutdown()


def call(base, method, path, body, headers=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


def percentile(values, p):
    index = min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[index]


if __name__ == "__main__":
    main()
