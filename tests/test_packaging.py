"""The wheel, as `make package` puts it in the Docker image: the whole etl package, the knowledge
files data/*.yml as etl/data/*.yml, and nothing else of the checkout (no data/raw, no database,
no bench, tests or plugins); installed on its own, etl reads its knowledge from etl/data/."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(wheel, its file names, the scratch directory), built from the checkout as it is."""
    tmp = tmp_path_factory.mktemp("packaging")
    # setuptools builds in <root>/build by default, and whatever an earlier build left in
    # build/lib goes into the wheel too: a broken configuration would pass on stale files. So
    # the build directory and the egg-info go to the scratch directory, and the checkout is
    # not written to.
    extra_config = tmp / "setup.cfg"
    extra_config.write_text(
        f"[build]\nbuild_base = {tmp / 'build'}\n[egg_info]\negg_base = {tmp}\n"
    )
    out = tmp / "wheel"
    # --no-build-isolation: the venv's own setuptools (the test extra pins it), no download;
    # --check-build-dependencies says so plainly when it does not meet build-system.requires.
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    command += ["--check-build-dependencies", "-w", str(out), str(ROOT)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, "DIST_EXTRA_CONFIG": str(extra_config)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp / "build" / "lib" / "etl").is_dir(), "setuptools ignored DIST_EXTRA_CONFIG"
    [wheel] = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    return wheel, names, tmp


def test_wheel_has_every_module_of_etl(built):
    _, names, _ = built
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "etl").rglob("*.py")}
    for package in ("clean", "extract", "load"):
        assert f"etl/{package}/__init__.py" in modules
    assert sorted(modules - names) == []


def test_wheel_has_the_knowledge_files_as_etl_data(built):
    _, names, _ = built
    knowledge = {
        f"etl/data/{p.name}"
        for pattern in ("*.yml", "*.csv")
        for p in (ROOT / "data").glob(pattern)
    }
    assert {"etl/data/parks.yml", "etl/data/counties.csv"} <= knowledge
    assert sorted(knowledge - names) == []
    # Only the top-level yml and csv: nothing of data/raw (or any other folder of data/).
    assert sorted(n for n in names if n.startswith("etl/data/")) == sorted(knowledge)


def test_wheel_has_nothing_else_of_the_checkout(built):
    wheel, names, _ = built
    distribution, version = wheel.name.split("-")[:2]
    top_level = {name.split("/", 1)[0] for name in names}
    assert top_level == {"etl", f"{distribution}-{version}.dist-info"}
    assert [n for n in names if n.endswith(".db") or "/raw/" in n or "__pycache__" in n] == []
    for folder in ("bench", "tests", "plugins", "data"):
        assert [n for n in names if n.startswith(f"{folder}/")] == []


def test_installed_wheel_reads_its_own_knowledge_files(built):
    wheel, _, tmp = built
    site = tmp / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", site, wheel],
        check=True,
    )
    # cwd and PYTHONPATH keep the checkout off sys.path; PYTHONPATH comes before the venv's
    # site-packages, whose editable-install finder only answers what nothing else found.
    code = (
        "import etl\n"
        "from etl.knowledge import DATA_DIR, load_yaml\n"
        "print(etl.__file__)\n"
        "print(DATA_DIR)\n"
        "assert load_yaml('parks.yml')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    package_file, data_dir = (Path(line) for line in result.stdout.splitlines())
    assert package_file.is_relative_to(site / "etl")
    assert data_dir.is_relative_to(site / "etl" / "data")
    assert (data_dir / "parks.yml").is_file()
