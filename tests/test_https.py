"""HTTPS through the SSRF guard: SNI and the certificate check use the host name, not the IP.

The guard connects to the address it checked rather than the name, so TLS must
still be told the name. Here ``ledger.test`` resolves (stub resolver) to a
public-looking address that passes the guard; under the guard, a routing
network backend carries connections for that one address to 127.0.0.1 and
refuses any other. Nothing is allowed past the guard by name, so its whole
check runs; ``loopback_only`` fails the test on any connect or lookup beyond
loopback. Certificates come from throwaway ``trustme`` CAs.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import pytest
import trustme

from pelican_aibot._guard import GuardedTransport
from pelican_aibot.errors import FetchError
from pelican_aibot.fetch import FetchedPage, fetch_all
from pelican_aibot.settings import AibotSettings
from tests.newsserver import NewsServer, _Handler, _Server

pytestmark = pytest.mark.usefixtures("loopback_only")

NAME = "ledger.test"
# Public, so the guard lets it through; never contacted: LoopbackRouter maps it to loopback.
PUBLIC_IP = "93.184.215.14"
SETTINGS = AibotSettings(fetch_timeout=5.0)  # no allowed private hosts: the guard checks all
FAST = 0.01  # first retry delay, seconds


async def resolver(host: str, port: int) -> list[str]:
    """``ledger.test`` and nothing else, without DNS."""
    if host != NAME:
        raise OSError(f"{host} is not in the test's table")
    return [PUBLIC_IP]


class LoopbackRouter(httpcore.AsyncNetworkBackend):
    """The network under the guard: ``PUBLIC_IP`` reaches 127.0.0.1, anything else fails."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()
        self.targets: list[tuple[str, int]] = []  # where the guard asked to connect

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.targets.append((host, port))
        if host != PUBLIC_IP:
            raise AssertionError(f"the guard connected to {host!r}, not the checked address")
        return await self._inner.connect_tcp(
            "127.0.0.1",
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _TLSServer(_Server):
    """NewsServer's HTTP server, speaking TLS on every accepted connection."""

    ssl_context: ssl.SSLContext

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        # The handshake runs in the handler's thread, on first read, not in the accept loop.
        return self.ssl_context.wrap_socket(
            sock, server_side=True, do_handshake_on_connect=False
        ), address


class TLSNewsServer(NewsServer):
    """A :class:`NewsServer` serving HTTPS as ``ledger.test`` with ``cert``.

    Records the SNI name of every handshake in ``server_names``.
    """

    def __init__(self, cert: trustme.LeafCert) -> None:
        super().__init__()
        self.server_names: list[str | None] = []
        self.ssl_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.ssl_context)
        self.ssl_context.sni_callback = self._record_sni

    def _record_sni(self, sock: ssl.SSLObject, name: str | None, context: ssl.SSLContext) -> None:
        self.server_names.append(name)

    def start(self) -> TLSNewsServer:
        # NewsServer.start, with the TLS server class.
        self._httpd = _TLSServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._httpd.ssl_context = self.ssl_context
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="newsserver-tls",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def base_url(self) -> str:
        return f"https://{NAME}:{self.port}"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def trusting(ca: trustme.CA) -> ssl.SSLContext:
    """A client context like httpx's (hostname checked, certificate required) trusting ``ca``."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    return context


@pytest.fixture
def https_server(ca: trustme.CA) -> Iterator[TLSNewsServer]:
    """HTTPS as ``ledger.test``, with a certificate for that name from the test CA."""
    with TLSNewsServer(ca.issue_cert(NAME)) as server:
        yield server


def fetch_one(
    url: str, verify: ssl.SSLContext | bool
) -> tuple[FetchedPage | FetchError, LoopbackRouter]:
    """fetch_all with the build's transport (GuardedTransport) on the loopback router."""
    router = LoopbackRouter()

    async def go() -> dict[str, FetchedPage | FetchError]:
        transport = GuardedTransport(
            SETTINGS.allowed_private_hosts, resolver, verify=verify, inner=router
        )
        try:
            return await fetch_all(
                [url], SETTINGS, transport=transport, resolver=resolver, backoff=FAST
            )
        finally:
            await transport.aclose()

    return asyncio.run(go())[url], router


def test_fetches_a_page_over_https_through_the_guard(
    https_server: TLSNewsServer, ca: trustme.CA
) -> None:
    url = https_server.add("/ledger/2024/budget", "<p>The budget passed.</p>")
    assert url == f"https://{NAME}:{https_server.port}/ledger/2024/budget"
    page, router = fetch_one(url, trusting(ca))
    assert isinstance(page, FetchedPage), page
    assert (page.url, page.final_url, page.status_code) == (url, url, 200)
    assert page.body == b"<p>The budget passed.</p>"
    # The guard connected to the address it checked, and TLS was still told the name.
    assert router.targets == [(PUBLIC_IP, https_server.port)]
    assert https_server.server_names == [NAME]
    assert https_server.requests[0].headers["Host"] == f"{NAME}:{https_server.port}"


def test_sni_names_the_host_even_when_the_certificate_is_refused(ca: trustme.CA) -> None:
    """SNI is sent before any certificate is seen: always the name, never the IP."""
    with TLSNewsServer(ca.issue_cert("other.test")) as server:
        fetch_one(server.url("/"), trusting(ca))
    assert server.server_names
    assert set(server.server_names) == {NAME}


def test_certificate_for_another_name_is_refused(ca: trustme.CA) -> None:
    """Checked against the host name: a valid certificate for another name is no good."""
    with TLSNewsServer(ca.issue_cert("other.test")) as server:
        url = server.add("/ledger", "<p>impostor</p>")
        result, _ = fetch_one(url, trusting(ca))
    assert isinstance(result, FetchError)
    assert result.url == url
    assert result.reason.startswith("TLS certificate refused: [SSL: CERTIFICATE_VERIFY_FAILED]")
    assert f"Hostname mismatch, certificate is not valid for '{NAME}'" in result.reason
    assert server.hits("/ledger") == 0
    assert len(server.server_names) == 1  # one handshake: a refused certificate is no retry


def test_certificate_for_the_ip_is_not_enough(ca: trustme.CA) -> None:
    """A certificate for the checked address, not the name, is refused too."""
    with TLSNewsServer(ca.issue_cert(PUBLIC_IP, "127.0.0.1")) as server:
        url = server.add("/ledger", "<p>impostor</p>")
        result, _ = fetch_one(url, trusting(ca))
    assert isinstance(result, FetchError)
    assert "Hostname mismatch" in result.reason
    assert server.hits("/ledger") == 0


@pytest.mark.parametrize("store", ["another CA", "default trust store"])
def test_untrusted_ca_is_refused(https_server: TLSNewsServer, store: str) -> None:
    url = https_server.add("/ledger", "<p>unverified</p>")
    verify = trusting(trustme.CA()) if store == "another CA" else True
    result, _ = fetch_one(url, verify)
    assert isinstance(result, FetchError)
    assert result.url == url
    assert result.reason.startswith("TLS certificate refused: [SSL: CERTIFICATE_VERIFY_FAILED]")
    assert "unable to get local issuer certificate" in result.reason
    assert https_server.hits("/ledger") == 0


def test_http_to_https_redirect(
    https_server: TLSNewsServer, news_server: NewsServer, ca: trustme.CA
) -> None:
    target = https_server.add("/ledger/secure", "<p>secure</p>")
    start = f"http://{NAME}:{news_server.port}/ledger"
    news_server.add_redirect("/ledger", target, status=301)
    page, router = fetch_one(start, trusting(ca))
    assert isinstance(page, FetchedPage), page
    assert (page.url, page.final_url) == (start, target)
    assert page.body == b"<p>secure</p>"
    assert router.targets == [(PUBLIC_IP, news_server.port), (PUBLIC_IP, https_server.port)]
    assert https_server.server_names == [NAME]
