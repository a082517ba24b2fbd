"""`hallq printer test`: the hall's real name, footer and service, to files and to a printer."""

from __future__ import annotations

import io
import socket
import threading
from pathlib import Path

from pypdf import PdfReader

from hallq.commands.main import main
from hallq.hub.server import free_port
from hallq.tickets.escpos import escpos_bytes


def _config(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "hallq.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_writes_pdf_and_escpos_with_the_halls_setup(hall, tmp_path, capsys):
    hall.update_hall({"name": "Điện lực Quận 10", "footer": "CSKH 1900 1006"})
    hall.upsert_service({"prefix": "A", "active": False})  # the first active one is B now
    cfg = _config(tmp_path, '[device]\nhub = "http://10.1.2.3:8470"\n')
    code = main(["printer", "test", "--db", str(hall.store.path), "--config", str(cfg),
                 "--pdf", str(tmp_path / "t.pdf"), "--escpos", str(tmp_path / "t.bin")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "no printer configured" in out
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        (tmp_path / "t.pdf").read_bytes())).pages)
    assert "Điện lực Quận 10" in text and "CSKH 1900 1006" in text
    assert "Cấp điện mới" in text and "B000" in text
    # the test print shows the wait's range, small under the estimate
    assert "Thời gian chờ dự kiến ≈ 6 phút\nthường từ 4 đến 9 phút\n" in text
    data = (tmp_path / "t.bin").read_bytes()
    assert data.startswith(b"\x1b@") and b"B000" in data
    assert b"http://10.1.2.3:8470/t/HCM-Q3/" in data


def test_chinese_ticket(hall, tmp_path, capsys):
    code = main(["printer", "test", "--db", str(hall.store.path), "--lang", "zh_CN",
                 "--config", str(_config(tmp_path, "")), "--pdf", str(tmp_path / "zh.pdf")])
    assert code == 0
    text = PdfReader(str(tmp_path / "zh.pdf")).pages[0].extract_text()
    assert "缴纳电费" in text and "Thanh toán tiền điện" in text
    assert "预计等候 约 6 分钟\n一般 4–9 分钟\n" in text


def test_prints_on_the_configured_network_printer(hall, tmp_path, capsys):
    server = socket.create_server(("127.0.0.1", 0))
    got: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            data = b""
            while chunk := conn.recv(65536):
                data += chunk
                if data == b"\x10\x04\x04":
                    conn.sendall(b"\x12")  # paper fine
            got.append(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    cfg = _config(tmp_path, f'[printer]\nkind = "network"\nhost = "127.0.0.1"\nport = {port}\n')
    code = main(["printer", "test", "--db", str(hall.store.path), "--config", str(cfg)])
    thread.join(5)
    server.close()
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"network printer 127.0.0.1:{port}" in out
    assert got and got[0].startswith(b"\x10\x04\x04\x1b@") and got[0].endswith(b"\x1dV\x00")
    assert len(got[0]) > 1000 and b"A000" in got[0]


def test_printer_faults_and_bad_config(hall, tmp_path, capsys):
    cfg = _config(tmp_path, f'[printer]\nkind = "network"\nhost = "127.0.0.1"\n'
                            f'port = {free_port()}\n')
    assert main(["printer", "test", "--db", str(hall.store.path), "--config", str(cfg),
                 "--escpos", str(tmp_path / "t.bin")]) == 1
    err = capsys.readouterr().err
    assert "printer_offline" in err
    assert (tmp_path / "t.bin").exists()  # files come first, for the IT officer to inspect
    bad = _config(tmp_path, '[printer]\nkind = "laser"\n')
    assert main(["printer", "test", "--db", str(hall.store.path), "--config", str(bad)]) == 2
    assert "printer.kind" in capsys.readouterr().err
    assert main(["printer", "test", "--db", str(tmp_path / "none.db")]) == 2
    assert "No hall database" in capsys.readouterr().err
    assert escpos_bytes  # the same renderer the kiosk uses
