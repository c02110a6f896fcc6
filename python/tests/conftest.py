"""Shared fixtures: the toolkit (the repository's jar, or METALNMR_JAR) and the repository's data."""

from pathlib import Path

import pytest

import metalnmr

REPOSITORY = Path(__file__).resolve().parents[2]
OPERANDO = REPOSITORY / "data" / "operando-li-li" / "bruker"
SCENARIOS = REPOSITORY / "examples" / "scenarios"


@pytest.fixture(scope="session")
def toolkit() -> metalnmr.Toolkit:
    # the jar must exist (CI runs these tests after mvn verify): a missing jar fails, it does not skip
    return metalnmr.Toolkit(jar=metalnmr.find_jar(start=REPOSITORY), java_options=["-Xmx4g"])
