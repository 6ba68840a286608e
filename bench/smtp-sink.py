#!/usr/bin/env python3
"""A minimal SMTP sink for bench/faults.sh (Python standard library only).

`smtp-sink.py --port P --log FILE` listens on 127.0.0.1:P, accepts every message (plain
SMTP, no TLS, no authentication) and appends one JSON line per message to FILE: its
Message-ID, recipients, size and whether it carries a PDF. The line is written and flushed
before the server answers 250, so a message the sender saw accepted is always in the log.
"""

import argparse
import json
import os
import socketserver
import threading
import time
from email.parser import BytesHeaderParser


class Sink(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, address, log_path):
        super().__init__(address, Session)
        self.log = open(log_path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def record(self, sender, recipients, data):
        headers = BytesHeaderParser().parsebytes(data)
        entry = {
            "t": time.time(),
            "message_id": headers.get("Message-ID", "").strip(),
            "from": sender,
            "to": recipients,
            "subject": headers.get("Subject", ""),
            "bytes": len(data),
            "pdf": b"application/pdf" in data,
        }
        with self.lock:
            self.log.write(json.dumps(entry) + "\n")
            self.log.flush()
            os.fsync(self.log.fileno())


class Session(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.reply("220 faults-sink ESMTP")
        sender, recipients = None, []
        while True:
            line = self.rfile.readline(65536)
            if not line:
                return
            command = line.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-faults-sink\r\n250-8BITMIME\r\n250 SIZE 52428800")
            elif verb == "HELO":
                self.reply("250 faults-sink")
            elif verb == "MAIL":
                sender, recipients = command[10:].split(" ")[0].strip("<>"), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[8:].split(" ")[0].strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    chunk = self.rfile.readline(1 << 20)
                    if not chunk:
                        return
                    if chunk in (b".\r\n", b".\n"):
                        break
                    lines.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                self.server.record(sender, recipients, b"".join(lines))
                sender, recipients = None, []
                self.reply("250 OK queued")
            elif verb == "RSET":
                sender, recipients = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--log", required=True)
    args = p.parse_args()
    with Sink(("127.0.0.1", args.port), args.log) as sink:
        sink.serve_forever()


if __name__ == "__main__":
    main()
