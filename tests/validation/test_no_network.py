"""Validation never reaches the network: a check with every socket refused still finds everything."""

import socket

import pytest

from editor.domain.operations import set_value
from editor.io.native import load
from editor.validation import validate


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during validation")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_validating_a_report_with_identifiers_opens_no_connection(no_network):
    report = load("samples/rituximab-fsgs.case.json")
    set_value(report, path="/discussion",
              value="Seen by Dr Smith on 12/03/2021, MRN 12345678, phone 020 7946 0958, jane@example.org.")
    rules = {f.rule for f in validate(report)}
    assert "deid.identifier" in rules and "care.title-case-report" in rules
    assert no_network == []
