"""The SSRF guard: refused ranges, allowed hosts, resolution, and the connect-time check.

No packet leaves loopback: names are resolved by stub resolvers, and the
``loopback_only`` fixture makes any other connect or lookup fail the test.
"""

from __future__ import annotations

import asyncio

import httpcore
import httpx
import pytest

from pelican_aibot._guard import (
    GuardedBackend,
    GuardedTransport,
    checked_addresses,
    is_allowed,
    normalize_host,
    refusal,
    system_resolver,
)
from pelican_aibot.errors import BlockedHostError, FetchError
from tests.newsserver import NewsServer

pytestmark = pytest.mark.usefixtures("loopback_only")


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("10.0.0.5", "a private address"),
        ("172.16.0.1", "a private address"),
        ("172.31.255.254", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("100.64.0.1", "a shared (CGNAT) address"),
        ("100.127.255.254", "a shared (CGNAT) address"),
        ("127.0.0.1", "a loopback address"),
        ("127.8.9.10", "a loopback address"),
        ("0.0.0.0", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("239.255.255.250", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("255.255.255.255", "a reserved address"),
        ("192.0.2.10", "a documentation address"),
        ("198.18.0.1", "a benchmarking address"),
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fc00::1", "a private address"),
        ("fd12:3456::1", "a private address"),
        ("fe80::1", "a link-local address"),
        ("fe80::1%eth0", "a link-local address"),
        ("ff02::1", "a multicast address"),
        ("2001:db8::1", "a documentation address"),
        ("::ffff:10.0.0.1", "an IPv6 form of a private address (10.0.0.1)"),
        ("::ffff:127.0.0.1", "an IPv6 form of a loopback address (127.0.0.1)"),
        ("::10.0.0.1", "an IPv6 form of a private address (10.0.0.1)"),
        ("2002:a9fe:a9fe::1", "an IPv6 form of a link-local address (169.254.169.254)"),
        ("64:ff9b::192.168.0.1", "an IPv6 form of a private address (192.168.0.1)"),
        # Teredo: server 65.54.227.120, client 10.0.0.1 (stored inverted)
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "an IPv6 form of a private address (10.0.0.1)"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "an IPv6 form of a documentation address"),
    ],
)
def test_refused_addresses(address: str, why: str) -> None:
    assert refusal(address).startswith(why)


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "1.1.1.1",
        "93.184.215.14",
        "172.32.0.1",  # just past 172.16/12
        "100.128.0.1",  # just past 100.64/10
        "2606:4700:4700::1111",
        "::ffff:8.8.8.8",
        "2002:808:808::1",  # 6to4 of a public address
        "64:ff9b::8.8.8.8",
    ],
)
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


def test_teredo_is_refused_even_with_public_parts() -> None:
    # Server and client 8.8.8.8: still refused, Teredo is not global unicast.
    assert refusal("2001:0:808:808::f7f7:f7f7") == "a reserved address"


def test_normalize_and_allowed_hosts() -> None:
    assert normalize_host("News.Example.") == "news.example"
    assert normalize_host("[0:0::1]") == "::1"
    assert is_allowed("127.0.0.1", ["127.0.0.1"])
    assert is_allowed("LOCALHOST", ["localhost"])
    assert is_allowed("[::1]", ["::1"])
    assert not is_allowed("127.0.0.2", ["127.0.0.1"])
    assert not is_allowed("intranet.example", ["10.0.0.5"])  # exact host, not what it resolves to
    assert not is_allowed("sub.localhost", ["localhost"])


def stub_resolver(table: dict[str, list[str]], calls: list[str] | None = None):
    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve


def run(coro):
    return asyncio.run(coro)


def test_literal_ip_is_checked_without_resolving() -> None:
    calls: list[str] = []
    with pytest.raises(BlockedHostError, match=r"refused: 10\.0\.0\.5 is a private address$"):
        run(checked_addresses("10.0.0.5", 80, (), stub_resolver({}, calls)))
    assert calls == []
    assert run(checked_addresses("[2606:4700::1]", 443, (), stub_resolver({}, calls))) == [
        "2606:4700::1"
    ]


def test_public_name_resolving_to_private_address_is_refused() -> None:
    resolver = stub_resolver({"news.example": ["192.168.0.7"]})
    with pytest.raises(BlockedHostError) as info:
        run(checked_addresses("news.example", 443, (), resolver))
    assert info.value.reason == (
        "refused: 192.168.0.7 is a private address (news.example resolves to it)"
    )


def test_one_private_address_among_public_ones_refuses_the_host() -> None:
    resolver = stub_resolver({"mixed.example": ["93.184.215.14", "::ffff:10.1.2.3"]})
    with pytest.raises(BlockedHostError, match=r"10\.1\.2\.3"):
        run(checked_addresses("mixed.example", 80, (), resolver))


def test_allowed_host_is_not_resolved() -> None:
    calls: list[str] = []
    assert run(
        checked_addresses("intranet.example", 80, ["intranet.example"], stub_resolver({}, calls))
    ) == ["intranet.example"]
    assert calls == []


def test_resolution_failures_are_fetch_errors() -> None:
    with pytest.raises(FetchError, match=r"cannot resolve gone\.example: no such host"):
        run(checked_addresses("gone.example", 80, (), stub_resolver({})))
    with pytest.raises(FetchError, match="no addresses"):
        run(checked_addresses("empty.example", 80, (), stub_resolver({"empty.example": []})))


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "127.1", "017700000001"])
def test_numeric_host_forms_are_judged_by_the_address_they_resolve_to(host: str) -> None:
    with pytest.raises(BlockedHostError) as info:
        run(checked_addresses(host, 80, ()))  # the system resolver parses these, no DNS
    assert info.value.reason == f"refused: 127.0.0.1 is a loopback address ({host} resolves to it)"


def test_system_resolver_answers_localhost() -> None:
    addresses = run(system_resolver("localhost", 80))
    assert addresses and all(refusal(a) == "a loopback address" for a in addresses)


class RecordingBackend(httpcore.AsyncNetworkBackend):
    """Stands in for the socket layer: records where it was asked to connect, sends nothing."""

    def __init__(self) -> None:
        self.targets: list[tuple[str, int]] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.targets.append((host, port))
        raise httpcore.ConnectError(f"recording backend: no connection to {host}")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def test_backend_connects_to_the_checked_addresses_not_the_name() -> None:
    """DNS rebinding: the name is resolved once; the sockets go to what was checked."""
    answers = iter([["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"], ["10.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    inner = RecordingBackend()
    backend = GuardedBackend((), rebinding, inner)
    with pytest.raises(httpcore.ConnectError):
        run(backend.connect_tcp("news.example", 443))
    assert inner.targets == [
        ("93.184.215.14", 443),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", 443),
    ]
    # The second answer (now private) is refused before any connect.
    with pytest.raises(BlockedHostError, match=r"10\.0\.0\.1"):
        run(backend.connect_tcp("news.example", 443))
    assert len(inner.targets) == 2


def test_backend_refuses_unix_sockets() -> None:
    with pytest.raises(BlockedHostError, match="unix sockets"):
        run(GuardedBackend(()).connect_unix_socket("/var/run/docker.sock"))


def test_transport_refuses_loopback_unless_allowed(news_server: NewsServer) -> None:
    """Proves the guarded pool is really the one httpx uses."""
    news_server.add("/secret", "internal")

    async def get(transport: GuardedTransport) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.get(news_server.url("/secret"))

    with pytest.raises(BlockedHostError, match=r"127\.0\.0\.1 is a loopback address"):
        run(get(GuardedTransport()))
    assert news_server.hits("/secret") == 0

    response = run(get(GuardedTransport(["127.0.0.1"])))
    assert response.text == "internal"
    assert news_server.hits("/secret") == 1
