"""Runs EIP-4844 and EIP-7594 calls through ckzg (the Python bindings of c-kzg-4844), the peer this backend is compared with.

Run by the python that scripts/ckzg-venv.sh prints, in one of two modes:

  ckzg_peer.py calls      For the differential test. Reads one JSON object on stdin:
                          {"trusted_setup": path, "calls": [{"function": name, "args": [...]}, ...]}, where arguments
                          are hex strings, lists of hex strings (blobs, commitments, proofs, cells) or lists of
                          integers (cell indices). Writes one JSON list on stdout with, for each call, {"ok": result}
                          (hex string, list of hex strings, list of such lists, or bool) or {"error": message} when
                          ckzg rejected the input.
  ckzg_peer.py samples    For `tutor bench`. Reads one JSON object on stdin:
                          {"trusted_setup": path, "runs": n, "calls": [{"name": label, "function": name,
                          "args": [...]}, ...]}, arguments as in `calls`. Writes one JSON object: label -> the seconds
                          of each of n runs after one warm-up run, so the caller computes its own statistics on the
                          very inputs it timed its own code on.
  ckzg_peer.py time TRUSTED_SETUP_PATH [RUNS]
                          For the KZG benchmark. Writes one JSON object: operation name -> median seconds over RUNS
                          runs (default 10). Blobs are random field elements from a fixed seed, so every run measures
                          the same work.
"""

import json
import random
import statistics
import sys
import time

import ckzg

BLS_MODULUS = 0x73EDA753299D7D483339D80809A1D80553BDA402FFFE5BFEFFFFFFFF00000001


def run_calls():
    request = json.load(sys.stdin)
    setup = ckzg.load_trusted_setup(request["trusted_setup"], 0)
    json.dump([run_call(call["function"], call["args"], setup) for call in request["calls"]], sys.stdout)


# The cell functions take lists of byte strings and of indices as they are.
CELL_FUNCTIONS = {"compute_cells", "compute_cells_and_kzg_proofs", "verify_cell_kzg_proof_batch",
                  "recover_cells_and_kzg_proofs"}


def convert_argument(function, arg):
    if not isinstance(arg, list):
        return bytes.fromhex(arg)
    if all(isinstance(item, int) for item in arg) and function in CELL_FUNCTIONS:
        return arg
    parts = [bytes.fromhex(item) for item in arg]
    # The EIP-4844 batch call takes the blobs, commitments and proofs each concatenated into one byte string.
    return parts if function in CELL_FUNCTIONS else b"".join(parts)


def encode_result(result):
    if isinstance(result, (tuple, list)):
        return [encode_result(part) for part in result]
    if isinstance(result, bytes):
        return result.hex()
    return bool(result)


def run_call(function, args, setup):
    args = [convert_argument(function, arg) for arg in args]
    try:
        result = getattr(ckzg, function)(*args, setup)
    except Exception as error:  # ckzg raises plain exceptions for every rejected input
        return {"error": str(error)}
    return {"ok": encode_result(result)}


def time_samples():
    request = json.load(sys.stdin)
    setup = ckzg.load_trusted_setup(request["trusted_setup"], 0)
    results = {}
    for call in request["calls"]:
        function = getattr(ckzg, call["function"])
        args = [convert_argument(call["function"], arg) for arg in call["args"]] + [setup]
        function(*args)
        samples = []
        for _ in range(request["runs"]):
            start = time.perf_counter()
            function(*args)
            samples.append(time.perf_counter() - start)
        results[call["name"]] = samples
    json.dump(results, sys.stdout)


def random_blob(rng):
    return b"".join(rng.randrange(BLS_MODULUS).to_bytes(32, "big") for _ in range(4096))


def median_seconds(runs, call):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_calls(path, runs):
    rng = random.Random(4844)
    results = {"trusted-setup load, with FK20 tables": median_seconds(min(runs, 3), lambda: ckzg.load_trusted_setup(path, 0))}
    setup = ckzg.load_trusted_setup(path, 0)
    blobs = [random_blob(rng) for _ in range(64)]
    commitments = [ckzg.blob_to_kzg_commitment(blob, setup) for blob in blobs]
    proofs = [ckzg.compute_blob_kzg_proof(blob, c, setup) for blob, c in zip(blobs, commitments)]
    z = rng.randrange(BLS_MODULUS).to_bytes(32, "big")
    proof, y = ckzg.compute_kzg_proof(blobs[0], z, setup)

    results["blob_to_kzg_commitment"] = median_seconds(runs, lambda: ckzg.blob_to_kzg_commitment(blobs[0], setup))
    results["compute_kzg_proof"] = median_seconds(runs, lambda: ckzg.compute_kzg_proof(blobs[0], z, setup))
    results["compute_blob_kzg_proof"] = median_seconds(
        runs, lambda: ckzg.compute_blob_kzg_proof(blobs[0], commitments[0], setup))
    results["verify_kzg_proof"] = median_seconds(
        runs, lambda: ckzg.verify_kzg_proof(commitments[0], z, y, proof, setup))
    results["verify_blob_kzg_proof"] = median_seconds(
        runs, lambda: ckzg.verify_blob_kzg_proof(blobs[0], commitments[0], proofs[0], setup))
    for count in (1, 4, 16, 64):
        blob_bytes = b"".join(blobs[:count])
        commitment_bytes = b"".join(commitments[:count])
        proof_bytes = b"".join(proofs[:count])
        results[f"verify_blob_kzg_proof_batch ({count})"] = median_seconds(
            runs, lambda: ckzg.verify_blob_kzg_proof_batch(blob_bytes, commitment_bytes, proof_bytes, setup))
    time_cell_calls(path, runs, blobs, commitments, results)
    json.dump(results, sys.stdout)


def time_cell_calls(path, runs, blobs, commitments, results):
    """The EIP-7594 calls, with the setup's FK20 precomputation off (0) and at its largest useful setting (8)."""
    results["trusted-setup load, precompute 8"] = median_seconds(
        min(runs, 3), lambda: ckzg.load_trusted_setup(path, 8))
    for precompute in (0, 8):
        setup = ckzg.load_trusted_setup(path, precompute)
        label = "" if precompute == 0 else ", precompute 8"
        results["compute_cells" + label] = median_seconds(runs, lambda: ckzg.compute_cells(blobs[0], setup))
        results["compute_cells_and_kzg_proofs" + label] = median_seconds(
            runs, lambda: ckzg.compute_cells_and_kzg_proofs(blobs[0], setup))
        cells, proofs = ckzg.compute_cells_and_kzg_proofs(blobs[0], setup)
        half = list(range(0, 128, 2))
        results["recover_cells_and_kzg_proofs (half)" + label] = median_seconds(
            runs, lambda: ckzg.recover_cells_and_kzg_proofs(half, [cells[i] for i in half], setup))
        results["verify_cell_kzg_proof_batch (128 cells)" + label] = median_seconds(
            runs, lambda: ckzg.verify_cell_kzg_proof_batch(
                [commitments[0]] * 128, list(range(128)), cells, proofs, setup))


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "calls" and len(sys.argv) == 2:
        run_calls()
    elif mode == "samples" and len(sys.argv) == 2:
        time_samples()
    elif mode == "time" and len(sys.argv) in (3, 4):
        time_calls(sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 10)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
