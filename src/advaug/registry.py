"""A tiny name -> class registry shared by methods, models and attacks (timm style)."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Generic, TypeVar

from advaug.errors import UserError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps names to builders; ``import_all`` loads every module of a package.

    Auto-importing the package's modules is what makes "adding a method is
    adding one file" true: the file's ``@REGISTRY.register`` runs on import.
    """

    def __init__(self, kind: str, package: str):
        self.kind = kind
        self.package = package
        self._entries: dict[str, T] = {}
        self._loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        def decorator(obj: T) -> T:
            if name in self._entries and self._entries[name] is not obj:
                raise ValueError(f"{self.kind} {name!r} registered twice")
            self._entries[name] = obj
            if isinstance(obj, type):
                obj.name = name  # the name is given once, here
            return obj

        return decorator

    def import_all(self) -> None:
        if self._loaded:
            return
        package = importlib.import_module(self.package)
        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{self.package}.{module.name}")
        self._loaded = True

    def names(self) -> list[str]:
        self.import_all()
        return sorted(self._entries)

    def get(self, name: str) -> T:
        self.import_all()
        if name not in self._entries:
            raise UserError(
                f"unknown {self.kind} {name!r}; choose one of: {', '.join(self.names())}"
            )
        return self._entries[name]
