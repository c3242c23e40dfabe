"""`case-report-editor references parse`: stdin lines in, a JSON array of references out."""

import argparse
import io
import json

from editor.commands import references as command


class _Bytes(io.StringIO):
    def __init__(self, data: bytes):
        super().__init__()
        self.buffer = io.BytesIO(data)


def _run(data: bytes):
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["references", "parse"])
    out = io.StringIO()
    code = args.handler(args, stdin=_Bytes(data), stdout=out)
    return code, out.getvalue()


def test_parse_prints_a_json_array_with_design_field_names():
    code, out = _run("1. Ponticelli C. Recurrence of FSGS. Nephrol Dial Transplant. 2010;25(1):25-31.\n\n"
                     "[2] Cattran DC. Cyclosporine in FSGS. Semin Nephrol. 2003;23(2):234-41.\n".encode())
    assert code == 0
    refs = json.loads(out)
    assert [r["container"] for r in refs] == ["Nephrol Dial Transplant", "Semin Nephrol"]
    assert refs[0]["authors"] == [{"family": "Ponticelli", "initials": "C"}]
    assert refs[0]["raw"].startswith("1. Ponticelli") and refs[1]["last_page"] == "241"
    assert "kind" not in refs[0]  # defaults left out


def test_unreadable_input_exits_2_with_one_line(capsys):
    code, out = _run(b"\xff\xfe\x00binary\x00")
    assert code == 2 and out == ""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot read standard input" in err
