#!/usr/bin/env python3
"""Load and verdicts for bench/faults.sh (Python standard library only).

Subcommands:

  setup     sign learners in and enroll them; one "email<TAB>token" line each
  writers   concurrent writers for a fixed time: lesson events with fresh event ids, and
            attempts at bench-assessment started and submitted with their answers. Every
            write the server acknowledged (2xx) goes to progress.tsv, started.tsv or
            submitted.tsv in --out; every request to requests.jsonl. Connection errors
            (the server was killed) are counted and the writer goes on.
  light     a light load (GET a lesson, POST a lesson event, GET /readyz), every request
            logged with its time, status, content type and latency
  complete  each learner completes bench-assessment (lesson, then the final, all right)
  outage    verdict on a `light` log around a database outage (scenario 3)
  diskfull  verdict on a `writers` log around a full disk (scenario 4)
  refused   how many requests of a log sent since a moment got no 2xx

A request is acknowledged only when a 2xx response arrived: a write whose answer was lost
(server killed mid-request) is not counted, whatever happened to it.
"""

import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
import uuid

BENCH_COURSE = "bench-assessment"
LESSON_COURSE = "migration-and-gender"
REQUEST_TIMEOUT = 30.0


def answers(right=True):
    """The 20 answers of bench-assessment's final (see bench/attempt.lua); all wrong if not right."""
    a = {}
    for n in range(1, 21):
        if n <= 8:
            r = {"type": "choice", "value": "a" if right else "b"}
        elif n <= 12:
            r = {"type": "choices", "value": ["a", "c"] if right else ["b"]}
        elif n <= 16:
            r = {"type": "bool", "value": (n % 2 == 1) == right}
        elif n <= 18:
            order = ["first", "second", "third", "fourth"]
            r = {"type": "order", "value": order if right else order[::-1]}
        else:
            r = {"type": "number", "value": 1990 + n if right else 1}
        a[f"q-{n}"] = r
    return {"answers": a}


class Client:
    """One keep-alive HTTP connection that reconnects after any error."""

    def __init__(self, base, timeout=REQUEST_TIMEOUT):
        host, port = base.removeprefix("http://").rstrip("/").split(":")
        self.host, self.port, self.timeout = host, int(port), timeout
        self.conn = None

    def request(self, method, path, token=None, body=None):
        """(status, headers dict, body bytes, error text, seconds); status None on error."""
        headers = {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
            payload = response.read()
            hdrs = {k.lower(): v for k, v in response.getheaders()}
            if hdrs.get("connection", "").lower() == "close":
                self.close()
            return response.status, hdrs, payload, None, time.monotonic() - started
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return None, {}, b"", f"{type(e).__name__}: {e}", time.monotonic() - started

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class Log:
    """Line-buffered, thread-safe writers for the acknowledgement and request files."""

    def __init__(self, out):
        self.lock = threading.Lock()
        self.files = {}
        self.out = out
        self.counts = {}

    def line(self, name, text):
        with self.lock:
            f = self.files.get(name)
            if f is None:
                f = self.files[name] = open(f"{self.out}/{name}", "a", buffering=1)
            f.write(text + "\n")

    def request(self, op, method, path, status, hdrs, body, err, secs):
        ctype = hdrs.get("content-type", "")
        record = {
            # When the request was sent (wall clock, comparable with the driver's `date`).
            "t": round(time.time() - secs, 3), "op": op, "method": method, "path": path, "status": status,
            "ctype": ctype, "problem": ctype.startswith("application/problem+json"),
            "retry_after": hdrs.get("retry-after"), "rid": hdrs.get("x-request-id"),
            "ms": round(secs * 1000, 1),
        }
        if err:
            record["err"] = err
        if status is not None and status >= 300:
            record["body"] = body[:300].decode("utf-8", "replace")
        key = f"{op} {status if status is not None else 'no answer'}"
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
        self.line("requests.jsonl", json.dumps(record))

    def close(self):
        for f in self.files.values():
            f.close()


def read_tokens(path):
    with open(path) as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]


def setup(args):
    emails = [e.strip() for e in open(args.emails) if e.strip()]
    courses = args.courses.split(",")
    results, lock = {}, threading.Lock()

    def work(part):
        client = Client(args.base)
        for email in part:
            status, _, body, err, _ = client.request(
                "POST", "/api/v1/auth/login", body={"email": email, "password": args.password})
            if status != 200:
                sys.exit(f"sign-in of {email}: {status} {err or body[:200]!r}")
            token = json.loads(body)["access_token"]
            for course in courses:
                status, _, body, err, _ = client.request(
                    "PUT", f"/api/v1/courses/{course}/enrollment", token)
                if status != 200:
                    sys.exit(f"enrollment of {email} in {course}: {status} {err or body[:200]!r}")
            with lock:
                results[email] = token

    threads = [threading.Thread(target=work, args=(emails[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if len(results) != len(emails):
        sys.exit("some learners could not be signed in")
    with open(args.out, "w") as f:
        for email in emails:
            f.write(f"{email}\t{results[email]}\n")


def lesson_ids(base):
    status, _, body, err, _ = Client(base).request("GET", f"/api/v1/courses/{LESSON_COURSE}")
    if status != 200:
        sys.exit(f"outline of {LESSON_COURSE}: {status} {err}")
    return [l["id"] for m in json.loads(body)["modules"] for l in m["lessons"]]


def writers(args):
    learners = read_tokens(args.tokens)
    lessons = lesson_ids(args.base)
    log = Log(args.out)
    deadline = time.monotonic() + args.seconds
    begin = time.monotonic()
    per_thread = max(1, len(learners) // args.threads)

    def running():
        return time.monotonic() < deadline and not (args.stop_file and os.path.exists(args.stop_file))

    def write(client, op, method, path, token, body=None):
        status, hdrs, payload, err, secs = client.request(method, path, token, body)
        log.request(op, method, path, status, hdrs, payload, err, secs)
        if status is None or status >= 500:
            time.sleep(random.uniform(0.05, 0.2))  # the server is down or failing: back off
        return status, payload

    def work(index):
        rng = random.Random(index * 7919 + int(time.time()))
        mine = learners[index::args.threads]
        client = Client(args.base)
        while running():
            # With --ramp the thread's learners join one by one over the first 80 % of the
            # run, so that courses are completed (and certificates issued) all along it.
            active = len(mine)
            if args.ramp:
                share = (time.monotonic() - begin) / (0.8 * args.seconds)
                active = max(1, min(len(mine), 1 + int(share * per_thread)))
            email, token = mine[rng.randrange(active)]
            if rng.random() < 0.5:
                if rng.random() < 0.4:
                    course, lesson, kind = BENCH_COURSE, "l-1", "lesson-completed"
                else:
                    course, lesson = LESSON_COURSE, rng.choice(lessons)
                    kind = rng.choice(["lesson-viewed", "lesson-completed"])
                event = str(uuid.uuid4())
                status, _ = write(client, "progress", "POST", f"/api/v1/courses/{course}/progress",
                                  token, {"event_id": event, "kind": kind, "lesson_id": lesson})
                if status == 200:
                    log.line("progress.tsv", f"{event}\t{email}\t{course}\t{lesson}\t{kind}")
            else:
                status, payload = write(client, "start", "POST",
                                        f"/api/v1/courses/{BENCH_COURSE}/assessments/final/attempts", token)
                if status not in (200, 201):
                    continue
                attempt = json.loads(payload)["id"]
                log.line("started.tsv", f"{attempt}\t{email}")
                right = rng.random() < 0.9
                status, payload = write(client, "submit", "POST", f"/api/v1/attempts/{attempt}/submit",
                                        token, answers(right))
                if status == 200:
                    passed = (json.loads(payload).get("result") or {}).get("passed")
                    log.line("submitted.tsv", f"{attempt}\t{email}\t{1 if passed else 0}")
        client.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    print(json.dumps(log.counts, sort_keys=True))


def light(args):
    learners = read_tokens(args.tokens)
    lessons = lesson_ids(args.base)
    log = Log(args.out)
    deadline = time.monotonic() + args.seconds

    def work(index):
        rng = random.Random(index)
        client = Client(args.base, timeout=args.timeout)
        email, token = learners[index % len(learners)]
        while time.monotonic() < deadline:
            lesson = rng.choice(lessons)
            path = f"/api/v1/courses/{LESSON_COURSE}/lessons/{lesson}"
            log.request("get-lesson", "GET", path, *client.request("GET", path, token))
            path = f"/api/v1/courses/{LESSON_COURSE}/progress"
            event = str(uuid.uuid4())
            status, hdrs, body, err, secs = client.request(
                "POST", path, token, {"event_id": event, "kind": "lesson-viewed", "lesson_id": lesson})
            log.request("progress", "POST", path, status, hdrs, body, err, secs)
            if status == 200:
                log.line("progress.tsv", f"{event}\t{email}\t{LESSON_COURSE}\t{lesson}\tlesson-viewed")
            time.sleep(args.pause)

    def ready():
        client = Client(args.base, timeout=args.timeout)
        while time.monotonic() < deadline:
            log.request("readyz", "GET", "/readyz", *client.request("GET", "/readyz"))
            time.sleep(0.5)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(args.threads)]
    threads.append(threading.Thread(target=ready))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    print(json.dumps(log.counts, sort_keys=True))


def complete(args):
    done = 0
    client = Client(args.base)
    for email, token in read_tokens(args.tokens):
        steps = [
            ("POST", f"/api/v1/courses/{BENCH_COURSE}/progress",
             {"event_id": str(uuid.uuid4()), "kind": "lesson-completed", "lesson_id": "l-1"}),
            ("POST", f"/api/v1/courses/{BENCH_COURSE}/assessments/final/attempts", None),
        ]
        for method, path, body in steps:
            status, _, payload, err, _ = client.request(method, path, token, body)
            if status not in (200, 201):
                sys.exit(f"{email}: {method} {path}: {status} {err or payload[:300]!r}")
        attempt = json.loads(payload)["id"]
        status, _, payload, err, _ = client.request(
            "POST", f"/api/v1/attempts/{attempt}/submit", token, answers(True))
        if status != 200 or not json.loads(payload)["result"]["passed"]:
            sys.exit(f"{email}: submit {attempt}: {status} {err or payload[:300]!r}")
        done += 1
    print(done)


def read_log(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def describe(r):
    """One request, as a finding: what was sent, what came back."""
    got = r["status"] if r["status"] is not None else f"no answer ({r.get('err')})"
    return (f"{r['method']} {r['path']} -> {got} [{r['ctype'] or 'no content type'}] "
            f"after {r['ms']} ms, request id {r.get('rid')}: {r.get('body', '')[:200]}")


def recovery(rows, since, until):
    """When requests succeeded again after `since`: the start of the run of 2xx answers that
    lasts until `until` (None if the last request before it failed)."""
    at = None
    for r in sorted((r for r in rows if since <= r["t"] < until), key=lambda r: r["t"]):
        if r["status"] is not None and 200 <= r["status"] < 300:
            at = at or r["t"]
        else:
            at = None
    return at


def outage(args):
    """Scenario 3: every answer is a 2xx or a 503 problem with Retry-After, none slower than
    --bound; after each outage (--window down,up), requests succeed again within --recover
    seconds."""
    rows = read_log(args.log)
    # down: stop requested; stopped: the stop returned; starting: start requested; up: the
    # start returned. /readyz must say 503 for checks made wholly between stopped and starting.
    windows = [tuple(float(x) for x in w.split(",")) for w in args.window]
    api = [r for r in rows if r["op"] != "readyz"]

    def kind(r):
        if r["status"] is not None and 200 <= r["status"] < 300:
            return "2xx"
        if r["status"] == 503 and r["problem"] and r["retry_after"]:
            return "503"
        return "other"

    counts = {"2xx": 0, "503": 0, "other": 0}
    for r in api:
        counts[kind(r)] += 1
    other = [r for r in api if kind(r) == "other"]
    slow = [r for r in rows if r["ms"] > args.bound * 1000]
    failures = []
    print(f"requests: {len(api)} (2xx {counts['2xx']}, 503 problem+json {counts['503']}, other {counts['other']}); "
          f"slowest {max((r['ms'] for r in rows), default=0):.0f} ms (bound {args.bound:.0f} s)")
    outage_503 = 0
    for i, (down, stopped, starting, up) in enumerate(windows):
        during = [r for r in api if down <= r["t"] <= up]
        n503 = sum(1 for r in during if kind(r) == "503")
        outage_503 += n503
        ready = sorted({r["status"] for r in rows if r["op"] == "readyz"
                        and stopped <= r["t"] and r["t"] + r["ms"] / 1000 <= starting}, key=str)
        end = windows[i + 1][0] if i + 1 < len(windows) else float("inf")
        at = recovery(api, up, end)
        back = f"{at - up:.1f} s" if at is not None else "never"
        print(f"outage {i + 1} ({up - down:.1f} s): {len(during)} requests "
              f"(2xx {sum(1 for r in during if kind(r) == '2xx')}, 503 {n503}), /readyz {ready}; "
              f"all requests succeed again {back} after PostgreSQL is back")
        if any(s != 503 for s in ready):
            failures.append(f"/readyz answered {ready} during outage {i + 1}")
        if at is None or at - up > args.recover:
            failures.append(f"requests did not succeed again within {args.recover:.0f} s of outage {i + 1}'s end")
    if other:
        failures.append(f"{len(other)} answers neither 2xx nor 503 problem+json with Retry-After, e.g.:")
        failures += ["  " + describe(r) for r in other[:5]]
    if slow:
        failures.append(f"{len(slow)} requests slower than {args.bound:.0f} s, e.g.: " + describe(slow[0]))
    if not outage_503:
        failures.append("no 503 during the outages: the outage did not reach the requests")
    for f in failures:
        print("FINDING: " + f)
    sys.exit(1 if failures else 0)


def diskfull(args):
    """Scenario 4: while the disk is full, writes fail with a 5xx problem+json (never hang),
    reads work; after space is freed, writes succeed again within --recover seconds."""
    rows = [r for r in read_log(args.log) if r["op"] in ("progress", "start", "submit")]
    full = [r for r in rows if args.full <= r["t"] <= args.free]
    failed = [r for r in full if r["status"] is None or r["status"] >= 300]
    clean = [r for r in failed if r["status"] in (500, 503) and r["problem"]]
    unclean = [r for r in failed if not (r["status"] in (500, 503) and r["problem"])]
    slow = [r for r in rows if r["ms"] > args.bound * 1000]
    after = sorted((r for r in rows if r["t"] >= args.free), key=lambda r: r["t"])
    recovered_at = recovery(rows, args.free, float("inf"))
    statuses = {}
    for r in failed:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    print(f"writes while full: {len(full)} ({len(full) - len(failed)} acknowledged, "
          f"{len(failed)} refused: {statuses or 'none'})")
    if clean:
        print("a refused write: " + describe(clean[0]))
    failures = []
    if not failed:
        failures.append("no write failed while the disk was full (the full disk never reached the database)")
    if unclean:
        failures.append(f"{len(unclean)} refused writes were not a 500/503 problem+json, e.g.:")
        failures += ["  " + describe(r) for r in unclean[:5]]
    if slow:
        failures.append(f"{len(slow)} writes slower than {args.bound} s, e.g.: " + describe(slow[0]))
    if recovered_at is None or recovered_at - args.free > args.recover:
        failures.append(f"writes did not succeed again within {args.recover} s of freeing space")
        failures += ["  last: " + describe(r) for r in after[-3:]]
    else:
        print(f"writes succeed again {max(0.0, recovered_at - args.free):.1f} s after space was freed")
    for f in failures:
        print("FINDING: " + f)
    sys.exit(1 if failures else 0)


def refused(args):
    """How many writes sent since --since got no 2xx."""
    print(sum(1 for r in read_log(args.log)
              if r["t"] >= args.since and (r["status"] is None or r["status"] >= 300)))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--base", required=True)
    s.add_argument("--emails", required=True)
    s.add_argument("--password", required=True)
    s.add_argument("--courses", default=f"{BENCH_COURSE},{LESSON_COURSE}")
    s.add_argument("--out", required=True)
    for name in ("writers", "light"):
        s = sub.add_parser(name)
        s.add_argument("--base", required=True)
        s.add_argument("--tokens", required=True)
        s.add_argument("--seconds", type=float, required=True)
        s.add_argument("--threads", type=int, default=6)
        s.add_argument("--out", required=True, help="folder for the .tsv and requests.jsonl files")
        if name == "writers":
            s.add_argument("--ramp", action="store_true")
            s.add_argument("--stop-file", help="stop early once this file exists")
        else:
            s.add_argument("--timeout", type=float, default=30.0)
            s.add_argument("--pause", type=float, default=0.05)
    s = sub.add_parser("complete")
    s.add_argument("--base", required=True)
    s.add_argument("--tokens", required=True)
    s = sub.add_parser("outage")
    s.add_argument("--log", required=True)
    s.add_argument("--window", action="append", required=True,
                   help="down,stopped,starting,up (epoch seconds)")
    s.add_argument("--bound", type=float, default=10.0)
    s.add_argument("--recover", type=float, default=30.0)
    s = sub.add_parser("diskfull")
    s.add_argument("--log", required=True)
    s.add_argument("--full", type=float, required=True)
    s.add_argument("--free", type=float, required=True)
    s.add_argument("--bound", type=float, default=10.0)
    s.add_argument("--recover", type=float, default=10.0)
    s = sub.add_parser("refused")
    s.add_argument("--log", required=True)
    s.add_argument("--since", type=float, required=True)
    args = p.parse_args()
    {"refused": refused, "setup": setup, "writers": writers, "light": light, "complete": complete,
     "outage": outage, "diskfull": diskfull}[args.command](args)


if __name__ == "__main__":
    main()
