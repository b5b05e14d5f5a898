#!/usr/bin/env python3
"""Aggregates the CPU samples of a JFR recording: where the time goes, in percent.

Usage: jfr-top.py RECORDING.jfr [--thread PREFIX] [--top N] [--focus TEXT]

Runs `jfr print --events jdk.ExecutionSample --stack-depth 256` and prints
  - by layer: each sample counted once, for the innermost frame that belongs to a known
    layer (ArchFit's modules, Thymeleaf, Hibernate, H2, Jackson, Tomcat, ...);
  - self: the top frames (where the CPU actually was);
  - inclusive: the methods that are on the stack of the most samples (io.archfit and
    the framework entry points), i.e. what a call costs with everything below it.
--thread keeps only samples of threads whose name starts with PREFIX (e.g. http-nio).
--focus keeps only samples with TEXT in one of their frames.
--stacks N prints the N most common stacks (top 40 frames; with --focus, starting at the
focused frame), to see who calls what.
Standard library only.
"""

import argparse
import collections
import re
import subprocess
import sys

LAYERS = [
    ("io.archfit.evaluation.", "archfit engine (evaluation)"),
    ("io.archfit.catalogue.", "archfit catalogue"),
    ("io.archfit.", "archfit web/persistence (other io.archfit)"),
    ("org.thymeleaf.", "Thymeleaf"),
    ("org.attoparser.", "Thymeleaf (attoparser)"),
    ("ognl.", "Thymeleaf (OGNL)"),
    ("org.springframework.expression.", "SpEL"),
    ("org.hibernate.", "Hibernate"),
    ("org.springframework.data.", "Spring Data"),
    ("com.zaxxer.hikari.", "HikariCP"),
    ("org.h2.", "H2"),
    ("org.postgresql.", "PostgreSQL driver"),
    ("tools.jackson.", "Jackson"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("org.springframework.security.", "Spring Security"),
    ("org.springframework.web.servlet.resource.", "Spring resource handling"),
    ("org.springframework.web.", "Spring MVC"),
    ("org.springframework.context.support.", "Spring messages"),
    ("org.springframework.", "Spring (other)"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("ch.qos.logback.", "Logback"),
    ("org.slf4j.", "Logback"),
    ("io.micrometer.", "Micrometer"),
]

FRAME = re.compile(r"^\s+([^\s(]+)\(")


def layer_of(frame):
    for prefix, name in LAYERS:
        if frame.startswith(prefix):
            return name
    return None


def samples(path, thread_prefix):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        stripped = line.strip()
        if stripped.startswith("sampledThread"):
            match = re.search(r'"(.*)"', stripped)
            thread = match.group(1) if match else ""
        elif stripped.startswith("stackTrace = ["):
            in_stack, frames = True, []
        elif in_stack and stripped == "]":
            in_stack = False
            if thread_prefix is None or (thread or "").startswith(thread_prefix):
                yield frames
        elif in_stack:
            match = FRAME.match(line)
            if match:
                frames.append(match.group(1))
            elif stripped != "...":
                frames.append(stripped)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--thread")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--focus")
    parser.add_argument("--stacks", type=int, default=0)
    args = parser.parse_args()

    total = 0
    by_layer = collections.Counter()
    self_frames = collections.Counter()
    inclusive = collections.Counter()
    stacks = collections.Counter()
    for frames in samples(args.recording, args.thread):
        if args.focus and not any(args.focus in f for f in frames):
            continue
        total += 1
        if args.stacks:
            start = next((i for i, f in enumerate(frames) if args.focus in f), 0) if args.focus else 0
            stacks[tuple(frames[start:start + 40])] += 1
        self_frames[frames[0] if frames else "?"] += 1
        layer = next((l for l in map(layer_of, frames) if l is not None), "JDK / other")
        by_layer[layer] += 1
        for frame in set(frames):
            if frame.startswith("io.archfit.") or frame.startswith("org.thymeleaf.TemplateEngine.process") \
                    or frame.startswith("org.hibernate.") and frame.endswith(("executeQuery", "list", "find")):
                inclusive[frame] += 1
    if total == 0:
        print("no samples", file=sys.stderr)
        sys.exit(1)

    def show(title, counter, top):
        print(f"\n{title}")
        for name, count in counter.most_common(top):
            print(f"  {100.0 * count / total:5.1f} %  {name}")

    print(f"{total} samples" + (f" on threads {args.thread}*" if args.thread else "")
          + (f" with {args.focus} on the stack" if args.focus else ""))
    show("by layer (innermost known frame)", by_layer, len(by_layer))
    show("self (top frame)", self_frames, args.top)
    show("inclusive (on the stack)", inclusive, args.top)
    for stack, count in stacks.most_common(args.stacks):
        print(f"\n{100.0 * count / total:5.1f} % of the samples:")
        for frame in stack:
            print(f"    {frame}")


if __name__ == "__main__":
    main()
