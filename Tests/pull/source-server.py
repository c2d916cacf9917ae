#!/usr/bin/env python3
"""A data source for reckon pull's tests, on loopback only: serves the files of --root, and misbehaves on request.

Prints "port N" on its first line once it listens, then serves until killed. Paths:
  /files/NAME            the file, with an ETag (its SHA-256) and Last-Modified; 304 for a matching If-None-Match
  /fail-first/N/NAME     HTTP 500 for the first N requests of this path, then as /files/NAME
  /slow/SECONDS/NAME     waits SECONDS before answering, then as /files/NAME
  /truncated/NAME        announces the file's length, sends half of it and closes the connection
  /huge                  announces 2 GiB and sends zeros for as long as the client reads (at most 64 MiB)
  /unannounced/BYTES     sends BYTES zeros without saying how many (the body ends when the connection closes)
  /stall/NAME            sends the headers and half the file, then waits 60 seconds
  /loop                  redirects to itself
  /status/CODE           answers CODE with an empty body
Every request is logged on standard error as "METHOD PATH If-None-Match".
"""
import argparse
import hashlib
import http.server
import os
import sys
import threading
import time
from email.utils import formatdate

counts = {}
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def count(self):
        with lock:
            counts[self.path] = counts.get(self.path, 0) + 1
            return counts[self.path]

    def read(self, name):
        path = os.path.join(self.server.root, os.path.basename(name))
        with open(path, "rb") as f:
            return f.read(), os.stat(path).st_mtime

    def send_file(self, name):
        try:
            body, mtime = self.read(name)
        except OSError:
            return self.empty(404)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
        self.end_headers()
        self.wfile.write(body)

    def empty(self, code, headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        n = self.count()
        sys.stderr.write("GET %s %s\n" % (self.path, self.headers.get("If-None-Match") or "-"))
        sys.stderr.flush()
        parts = self.path.strip("/").split("/")
        kind = parts[0]
        if kind == "files" and len(parts) == 2:
            return self.send_file(parts[1])
        if kind == "fail-first" and len(parts) == 3:
            if n <= int(parts[1]):
                return self.empty(500)
            return self.send_file(parts[2])
        if kind == "slow" and len(parts) == 3:
            time.sleep(float(parts[1]))
            return self.send_file(parts[2])
        if kind == "truncated" and len(parts) == 2:
            body, _ = self.read(parts[1])
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if kind == "huge":
            self.send_response(200)
            self.send_header("Content-Length", str(2 << 30))
            self.end_headers()
            chunk = b"0" * 65536
            try:
                for _ in range(1024):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
            return
        if kind == "unannounced" and len(parts) == 2:
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            left = int(parts[1])
            try:
                while left > 0:
                    n = min(left, 65536)
                    self.wfile.write(b"0" * n)
                    left -= n
            except OSError:
                pass
            self.close_connection = True
            return
        if kind == "stall" and len(parts) == 2:
            body, _ = self.read(parts[1])
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            time.sleep(60)
            self.close_connection = True
            return
        if kind == "loop":
            return self.empty(302, [("Location", "/loop")])
        if kind == "status" and len(parts) == 2:
            return self.empty(int(parts[1]))
        return self.empty(404)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.root = args.root
    print("port %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
