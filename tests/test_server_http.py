"""How the server reads HTTP: uvicorn (under ``datasette serve``) takes httptools when it is installed."""

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


async def _app(scope, receive, send):  # the smallest ASGI app uvicorn will load
    pass


def test_the_server_parses_requests_with_httptools_not_pure_python_h11():
    config = uvicorn.Config(_app, lifespan="off")  # http="auto", as datasette serve leaves it
    config.load()
    assert config.http_protocol_class is HttpToolsProtocol
