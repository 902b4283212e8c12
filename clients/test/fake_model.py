"""A loopback stand-in for an OpenAI chat-completions server: every answer is the plan in PLAN_ANSWER.

Prints its port on the first line of stdout, then serves until killed. Records each request body in
REQUEST_LOG, so the editor test can see what the planning command sent.
"""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

ANSWER = open(os.environ["PLAN_ANSWER"], encoding="utf-8").read()
LOG = os.environ["REQUEST_LOG"]


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(LOG, "ab") as log:
            log.write(body + b"\n")
        reply = json.dumps({
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "test-model",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
sys.stdout.close()
server.serve_forever()
