"""The README's commands, run as written in a copy of the project: each console command gives the
output the README shows (timings aside), `make serve` serves what the curl example asks for, and
every option a usage line lists exists."""

import os
import re
import shutil
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest
from serving import free_port, process_group, wait_for

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TIMING = re.compile(r" in \d+\.\d+s$")


def blocks(language: str) -> list[str]:
    """The fenced blocks of one language ("" for plain ones), pairing each fence with its close."""
    found, current, kind = [], None, None
    for line in README.splitlines():
        if line.startswith("```"):
            if current is None:
                current, kind = [], line[3:].strip()
            else:
                if kind == language:
                    found.append("\n".join(current))
                current = None
            continue
        if current is not None:
            current.append(line)
    return found


def console_commands() -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for every `$ ` line of a console block; a
    command goes on over lines ending in a backslash or inside an open double quote."""
    found = []
    for block in blocks("console"):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ "):
                i += 1
                continue
            command = lines[i][2:]
            while command.endswith("\\") or command.count('"') % 2:
                i += 1
                command += "\n" + lines[i]
            i += 1
            output = []
            while i < len(lines) and not lines[i].startswith("$ "):
                output.append(lines[i])
                i += 1
            found.append((command, [line for line in output if line.strip()]))
    return found


def shown(line: str) -> str:
    return TIMING.sub("", line.rstrip())


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The tracked files, with their times (so make sees the install as current), and the venv."""
    copy = tmp_path_factory.mktemp("readme") / "project"
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    for name in filter(None, tracked):
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    (copy / ".venv").symlink_to(ROOT / ".venv")
    return copy


def test_the_readme_has_the_commands_this_test_runs():
    commands = [command for command, _ in console_commands()]
    assert commands[:3] == ["make build", "make build          # nothing changed: nothing is processed again",
                            ".venv/bin/python -m etl evaluate --gold tests/gold --no-details"]  # fmt: skip
    assert any(c.startswith("make serve") for c in commands)
    assert any(c.startswith("curl ") for c in commands)


def test_every_console_command_prints_what_the_readme_shows(project):
    port = free_port()
    env = {**os.environ, "PORT": str(port)}
    with ExitStack() as stack:  # the server `make serve` leaves running, stopped at the end
        for command, expected in console_commands():
            if command.startswith("make serve"):
                stack.enter_context(
                    process_group(
                        command, shell=True, cwd=project, env=env,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )
                )  # fmt: skip
                wait_for(f"http://127.0.0.1:{port}/parks")
                continue
            command = command.replace("127.0.0.1:8001", f"127.0.0.1:{port}")
            result = subprocess.run(
                ["bash", "-c", command], cwd=project, env=env, capture_output=True, text=True
            )
            assert result.returncode == 0, (command, result.stderr)
            printed = [shown(line) for line in (result.stdout + result.stderr).splitlines()]
            for line in expected:
                if "…" in line or line.strip() == "...":
                    continue  # the README shortens there
                assert shown(line) in printed, (command, line)


@pytest.mark.parametrize(
    "line", [line for block in blocks("bash") for line in block.splitlines() if line.strip()]
)
def test_every_make_target_the_readme_names_exists(project, line):
    target = line.split("#")[0].split()
    assert target[0] == "make"
    dry_run = subprocess.run(
        ["make", "-n", *target[1:]], cwd=project, capture_output=True, text=True
    )
    assert dry_run.returncode == 0, dry_run.stderr


@pytest.mark.parametrize(
    "usage",
    [line for block in blocks("") for line in block.splitlines() if line.startswith("python -m")],
)
def test_every_option_a_usage_line_lists_exists(usage):
    words = usage.split()
    module, command = words[2], words[3] if not words[3].startswith("[") else None
    help_command = [str(ROOT / ".venv/bin/python"), "-m", module] + ([command] if command else [])
    printed = subprocess.run(
        [*help_command, "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for option in re.findall(r"\[(--[a-z-]+)", usage):
        assert option in printed, (usage, option)
