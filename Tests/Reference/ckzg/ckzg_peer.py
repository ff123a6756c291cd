"""Runs EIP-4844 calls through ckzg (the Python bindings of c-kzg-4844) for the differential test.

Reads one JSON object on stdin: {"trusted_setup": path, "calls": [{"function": name, "args": [...]}, ...]},
where arguments are hex strings (lists of hex strings for the batch). Writes one JSON list on stdout with, for
each call, {"ok": result} (hex string, [hex, hex] or bool) or {"error": message} when ckzg rejected the input.
"""

import json
import sys

import ckzg


def main():
    request = json.load(sys.stdin)
    setup = ckzg.load_trusted_setup(request["trusted_setup"], 0)
    results = [run(call["function"], call["args"], setup) for call in request["calls"]]
    json.dump(results, sys.stdout)


def run(function, args, setup):
    # The batch call takes the blobs, commitments and proofs each concatenated into one byte string.
    args = [b"".join(map(bytes.fromhex, arg)) if isinstance(arg, list) else bytes.fromhex(arg) for arg in args]
    try:
        result = getattr(ckzg, function)(*args, setup)
    except Exception as error:  # ckzg raises plain exceptions for every rejected input
        return {"error": str(error)}
    if isinstance(result, tuple):
        return {"ok": [part.hex() for part in result]}
    if isinstance(result, bytes):
        return {"ok": result.hex()}
    return {"ok": bool(result)}


if __name__ == "__main__":
    main()
