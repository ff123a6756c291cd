#!/usr/bin/env python3
"""Runs a GitHub Actions workflow's jobs on this machine, in the order their `needs` put them.

    python3 Chapters/16-ci-cd/run-workflow.py WORKFLOW.yml [JOB ...] [--ref REF] [--only] [--plan]

With job names, runs those jobs and every job they need (only those jobs with --only); without, all of them. Each `run:` step runs with
`bash -eo pipefail` from the repository's root, with the workflow's, the job's and the step's `env:` set. A `uses:`
step is an action that only GitHub's runners have: it is named and skipped. Expressions `${{ … }}` are replaced for
the few contexts a local run knows (`github.ref`, `github.ref_name`, `github.repository`, `github.actor`,
`runner.os`, `runner.temp`, `env.X`); `secrets.X` reads the environment variable X, so nothing secret is ever
written into the workflow. A job whose `if:` is not one of the conditions below is skipped and said so:
`startsWith(github.ref, 'refs/tags/')` and `github.ref == '…'`, evaluated against --ref (default refs/heads/main).
--plan prints the order and the steps without running anything.

Not GitHub: no containers per job, no matrix, no outputs between jobs. It shows that the steps pass here; the
workflow's syntax and expressions are actionlint's to check.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml


def fail(message):
    print(f"run-workflow: {message}", file=sys.stderr)
    sys.exit(2)


def job_order(jobs, wanted):
    """The jobs to run, each after every job it needs (a depth-first topological order)."""
    order, state = [], {}

    def visit(name, path):
        if name not in jobs:
            fail(f"job `{name}` is not in the workflow (jobs: {', '.join(jobs)})")
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            fail("the jobs' needs form a cycle: " + " -> ".join(path + [name]))
        state[name] = "visiting"
        needs = jobs[name].get("needs") or []
        for need in [needs] if isinstance(needs, str) else needs:
            visit(need, path + [name])
        state[name] = "done"
        order.append(name)

    for name in wanted or list(jobs):
        visit(name, [])
    return order


def expand(text, context):
    def replace(match):
        expression = match.group(1).strip()
        if expression.startswith("secrets."):
            return os.environ.get(expression[len("secrets."):], "")
        if expression.startswith("env."):
            return context["env"].get(expression[len("env."):], "")
        if expression in context["values"]:
            return context["values"][expression]
        fail(f"a local run cannot evaluate `${{{{ {expression} }}}}`")

    return re.sub(r"\$\{\{(.*?)\}\}", replace, str(text))


def condition_holds(condition, ref):
    condition = condition.strip()
    if condition.startswith("${{") and condition.endswith("}}"):
        condition = condition[3:-2].strip()
    match = re.fullmatch(r"startsWith\(github\.ref,\s*'([^']*)'\)", condition)
    if match:
        return ref.startswith(match.group(1))
    match = re.fullmatch(r"github\.ref\s*==\s*'([^']*)'", condition)
    if match:
        return ref == match.group(1)
    return None


def main():
    parser = argparse.ArgumentParser(description="Run a workflow's jobs locally, in dependency order.")
    parser.add_argument("workflow")
    parser.add_argument("jobs", nargs="*")
    parser.add_argument("--ref", default="refs/heads/main")
    parser.add_argument("--only", action="store_true", help="run the named jobs without the jobs they need")
    parser.add_argument("--plan", action="store_true", help="print the order and the steps; run nothing")
    arguments = parser.parse_args()

    try:
        with open(arguments.workflow, encoding="utf-8") as file:
            workflow = yaml.safe_load(file)
    except (OSError, yaml.YAMLError) as error:
        fail(f"cannot read {arguments.workflow}: {error}")
    if not isinstance(workflow, dict) or not isinstance(workflow.get("jobs"), dict):
        fail(f"{arguments.workflow} has no `jobs:` mapping")
    jobs = workflow["jobs"]
    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
    runner_temp = tempfile.mkdtemp(prefix="run-workflow-")
    values = {
        "github.ref": arguments.ref,
        "github.ref_name": arguments.ref.rsplit("/", 1)[-1],
        "github.repository": os.environ.get("GITHUB_REPOSITORY", "local/kzg-workbook"),
        "github.actor": os.environ.get("USER", "local"),
        "runner.os": "Linux",
        "runner.temp": runner_temp,
    }

    order = job_order(jobs, arguments.jobs)
    if arguments.only and arguments.jobs:
        order = [name for name in order if name in arguments.jobs]
    print("order: " + " -> ".join(order))
    failed = set()
    for name in order:
        job = jobs[name]
        needs = job.get("needs") or []
        needs = [needs] if isinstance(needs, str) else needs
        if any(need in failed for need in needs if need in order):
            print(f"\n== job {name}: skipped, a job it needs did not pass")
            failed.add(name)
            continue
        if "if" in job:
            holds = condition_holds(str(job["if"]), arguments.ref)
            if holds is not True:
                reason = "its condition is false" if holds is False else "its condition is beyond a local run"
                print(f"\n== job {name}: skipped, {reason} (if: {job['if']})")
                continue
        print(f"\n== job {name}")
        started = time.monotonic()
        env = dict(os.environ, RUNNER_TEMP=runner_temp, GITHUB_REF=arguments.ref, CI="true")
        for scope in (workflow.get("env") or {}, job.get("env") or {}):
            for key, value in scope.items():
                env[key] = expand(value, {"env": env, "values": values})
        for index, step in enumerate(job.get("steps") or [], start=1):
            label = step.get("name") or step.get("uses") or str(step.get("run", "")).splitlines()[0]
            if "uses" in step:
                print(f"-- step {index}: {label}: an action, skipped locally ({step['uses']})")
                continue
            step_env = dict(env)
            for key, value in (step.get("env") or {}).items():
                step_env[key] = expand(value, {"env": step_env, "values": values})
            script = expand(step.get("run", ""), {"env": step_env, "values": values})
            print(f"-- step {index}: {label}", flush=True)
            if arguments.plan:
                continue
            result = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=root or None, env=step_env)
            if result.returncode != 0:
                print(f"!! job {name}: step {index} ({label}) exited with {result.returncode}")
                failed.add(name)
                break
        if name not in failed and not arguments.plan:
            print(f"== job {name}: passed in {time.monotonic() - started:.1f} s")
    if failed:
        print("\nfailed: " + ", ".join(sorted(failed)))
        sys.exit(1)
    print("\nevery job passed" if not arguments.plan else "\nplan only: nothing was run")


if __name__ == "__main__":
    main()
