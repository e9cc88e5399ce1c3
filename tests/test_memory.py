"""run/memory.py: the allocator of a batch's process keeps freed memory for the next chunk,
unless the user set glibc's thresholds, which then win."""
from __future__ import annotations

import platform

import pytest

from factextract.run import memory


@pytest.fixture(autouse=True)
def fresh():
    memory.keep_freed_memory.cache_clear()
    yield
    memory.keep_freed_memory.cache_clear()


@pytest.mark.parametrize("name", memory.USER_SETTINGS)
def test_a_threshold_the_user_set_wins(monkeypatch, name):
    monkeypatch.setenv(name, "131072")
    assert memory.keep_freed_memory() is False


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's: not this C library")
def test_tuned_once_on_glibc(monkeypatch):
    for name in memory.USER_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert memory.keep_freed_memory() is True
    assert memory.keep_freed_memory.cache_info().currsize == 1   # once per process


def test_no_allocator_to_tune(monkeypatch):
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    assert memory.keep_freed_memory() is False
