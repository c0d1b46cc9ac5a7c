"""The golden queries that scripts/sql-test and scripts/scale-test run in other engines, and how
their answers are compared with cq's."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "Tests", "QueryEngineTests", "Golden")
# The sources a golden query may start with: every built-in one that the export holds.
SOURCES = ("statements", "clauses", "entities", "mentions", "topics", "evidence", "cameo_codes")


def golden_queries():
    """The one-line queries of the golden scripts that run over the samples without parameters."""
    queries = []
    for name in sorted(os.listdir(GOLDEN)):
        if not name.endswith(".cq"):
            continue
        text = open(os.path.join(GOLDEN, name), encoding="utf-8").read()
        if "#@ load ../../../samples/statements\n" not in text or "#@ param" in text:
            continue
        for line in text.split("\n"):
            if any(line.startswith(source + " |") for source in SOURCES) and not line.endswith("|"):
                queries.append(line)
    return queries


def bad_queries():
    """The one-line queries of the golden table of bad queries."""
    text = open(os.path.join(GOLDEN, "bad-queries.cq"), encoding="utf-8").read()
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def refusal(stderr):
    """What `cq sql` refused, from its message: "'has' on text" out of "query:1:17: error: 'has'
    on text has no translation to SQL for sqlite yet"."""
    message = stderr.split("\n", 1)[0].split("error: ", 1)[-1]
    return message.split(" has no translation")[0]


def normal(field):
    """A CSV field as the comparison sees it: booleans 0/1 (PostgreSQL writes t and f), numbers
    to nine digits."""
    if field in ("true", "false", "t", "f"):
        return "1" if field in ("true", "t") else "0"
    try:
        return f"{float(field):.9g}"
    except ValueError:
        return field


def multiset(rows):
    """Rows (lists of CSV fields) as a sorted list of normalised tuples."""
    return sorted(tuple(normal(field) for field in row) for row in rows)
