"""SSRF guard: which addresses a source URL may reach, enforced when connecting.

Stub sources arrive by pull request, so a URL may point anywhere: the cloud
metadata service, a router, ``localhost``. Every host is resolved once and
every address is checked; the connection then goes to a checked address, so a
DNS answer that changes between check and connect (DNS rebinding) cannot slip
through. Hosts listed in ``AIBOT_ALLOWED_PRIVATE_HOSTS`` skip the check.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

import httpcore
import httpx

from .errors import BlockedHostError, FetchError

logger = logging.getLogger(__name__)

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""An async callable ``(host, port) -> [ip, ...]``; injectable so tests send no packet."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges never fetched, with the word used in the refusal message. Explicit
# tables rather than ``ipaddress.is_private`` & co, whose meaning changed
# between Python patch releases.
_V4_REFUSED: tuple[tuple[ipaddress.IPv4Network, str], ...] = tuple(
    (ipaddress.IPv4Network(net), label)
    for net, label in (
        ("0.0.0.0/8", "unspecified"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "shared (CGNAT)"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "reserved"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "reserved"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
    )
)

_V6_REFUSED: tuple[tuple[ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.IPv6Network(net), label)
    for net, label in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("64:ff9b:1::/48", "private"),
        ("100::/64", "reserved"),
        ("2001::/23", "reserved"),
        ("2001:db8::/32", "documentation"),
        ("fc00::/7", "private"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "private"),
        ("ff00::/8", "multicast"),
    )
)

# IPv6 forms that carry an IPv4 address a relay or translator would reach.
_V4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, compatible, 6to4, NAT64)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _V4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _label(ip: IPAddress) -> str | None:
    """The refused range ``ip`` falls in ("private", "loopback"...), or None if public."""
    if isinstance(ip, ipaddress.IPv4Address):
        return next((label for net, label in _V4_REFUSED if ip in net), None)
    label = next((label for net, label in _V6_REFUSED if ip in net), None)
    if label is None and ip not in _GLOBAL_UNICAST:
        label = "reserved"
    return label


def _article(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def refusal(address: str | IPAddress) -> str | None:
    """Why ``address`` may not be contacted ("a private address"...), or None if it may."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).partition("%")[0])
        # IPv6 forms that stand for an IPv4 address are judged by that address.
        embedded = [v4] if (v4 := _embedded_v4(ip)) else list(ip.teredo or ())
        for inner in embedded:
            label = _label(inner)
            if label:
                return f"an IPv6 form of {_article(label)} address ({inner})"
        if embedded and ip.teredo is None:
            return None
    label = _label(ip)
    return _article(label) + " address" if label else None


def normalize_host(host: str) -> str:
    """Lower-case, no brackets, no trailing dot; IP literals in canonical form."""
    host = host.strip().lower().removeprefix("[").removesuffix("]").rstrip(".")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return host


def is_allowed(host: str, allowed: Iterable[str]) -> bool:
    """Whether ``host`` is listed in ``AIBOT_ALLOWED_PRIVATE_HOSTS`` (exact name or IP)."""
    wanted = normalize_host(host)
    return any(normalize_host(entry) == wanted for entry in allowed)


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the OS resolver (getaddrinfo), keeping its order, without duplicates."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _canon, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]), None)
    return list(seen)


async def checked_addresses(
    host: str, port: int, allowed: Iterable[str], resolver: Resolver | None = None
) -> list[str]:
    """Resolve ``host`` and return its addresses; raise if any one of them is refused.

    One bad address refuses the host: a name that answers with both a public
    and a private address is not one we want to reach. Allowed hosts return
    ``[host]`` unresolved (the OS resolves them when connecting).
    """
    name = normalize_host(host)
    if is_allowed(name, allowed):
        return [name]
    addresses = [name] if _is_ip(name) else await _resolve(name, port, resolver)
    for address in addresses:
        why = refusal(address)
        if why:
            via = "" if address == name else f" ({host} resolves to it)"
            raise BlockedHostError(host, f"refused: {address} is {why}{via}")
    return addresses


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


async def _resolve(host: str, port: int, resolver: Resolver | None) -> list[str]:
    try:
        addresses = await (resolver or system_resolver)(host, port)
    except OSError as exc:
        raise FetchError(host, f"cannot resolve {host}: {exc.strerror or exc}") from None
    if not addresses:
        raise FetchError(host, f"cannot resolve {host}: no addresses")
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to checked addresses."""

    def __init__(
        self,
        allowed: Sequence[str],
        resolver: Resolver | None = None,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._allowed = tuple(allowed)
        self._resolver = resolver
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await checked_addresses(host, port, self._allowed, self._resolver)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                logger.debug("connect to %s (%s) port %d failed: %s", host, address, port, exc)
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedHostError(path, "refused: unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, with its connection pool on a :class:`GuardedBackend`.

    Proxies from the environment are ignored on purpose: through a proxy we
    would check the proxy's address, not the site's. ``verify`` is httpx's:
    an ``ssl.SSLContext`` lets tests trust their own CA (tests/test_https.py).
    """

    def __init__(
        self,
        allowed: Sequence[str] = (),
        resolver: Resolver | None = None,
        *,
        limits: httpx.Limits = httpx.Limits(max_connections=None),  # noqa: B008
        verify: ssl.SSLContext | bool = True,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        super().__init__(verify=verify, trust_env=False, limits=limits)
        # httpx offers no public hook for the network backend; its transport keeps
        # the pool in ``_pool`` (stable since httpx 0.18). tests/test_guard.py
        # proves the swap took effect, so an httpx change cannot silently undo it.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(allowed, resolver, inner),
        )
