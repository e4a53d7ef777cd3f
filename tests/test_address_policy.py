"""The crawler fetches only globally routable unicast addresses."""

import ipaddress

import pytest

from scrapers.fetch import address_problem, is_public_unicast

REFUSED = ["64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::a00:1", "2002:c0a8:101::1", "2002:808:808::1",
           "ff02::1", "ff0e::1", "224.0.0.251", "239.255.255.250", "::ffff:10.0.0.1", "10.0.0.1", "127.0.0.1",
           "169.254.169.254", "100.64.0.1", "::1", "fe80::1", "fc00::1", "0.0.0.0"]
ALLOWED = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2001:4860:4860::8888"]


@pytest.mark.parametrize("addr", REFUSED)
def test_translated_multicast_and_private_addresses_are_refused(addr):
    assert not is_public_unicast(ipaddress.ip_address(addr))
    kind, message = address_problem(addr, 80, allow_private=False)
    assert kind == "blocked_address" and "non-public" in message


@pytest.mark.parametrize("addr", ALLOWED)
def test_public_unicast_addresses_are_allowed(addr):
    assert is_public_unicast(ipaddress.ip_address(addr))
    assert address_problem(addr, 80, allow_private=False) is None
