# Conformance: dataclasses beyond the basics: __post_init__, field(init=False, repr=False,
# compare=False), default_factory, ClassVar, kw_only, asdict/astuple/replace/fields, order
# comparisons, frozen assignment errors, unhashable by default, and the mutable-default error.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import ClassVar


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)
    attempts: int = field(default=0, init=False, repr=False)
    created: int = field(default=7, compare=False)
    kind: ClassVar[str] = "job"

    def __post_init__(self):
        self.name = self.name.strip()


j = Job("  build ", 2)
print(j, j.attempts, Job.kind)
print(j == Job("build", 2, created=99), j == Job("build", 3))
print(asdict(j), astuple(j))
print(replace(j, priority=5), [f.name for f in fields(j)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


versions = [Version(1, 2), Version(0, 9), Version(1), Version(1, 2)]
print(sorted(versions), Version(1, 2) > Version(1, 0), len(set(versions)))
try:
    versions[0].major = 3
except FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as exc:
    print("TypeError:", exc)
try:
    hash(j)
except TypeError as exc:
    print("TypeError:", exc)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as exc:
    print("ValueError:", exc)


@dataclass
class Child(Job):
    owner: str = "nobody"


print(Child("deploy", owner="ops"))
