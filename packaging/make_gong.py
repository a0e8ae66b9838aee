"""Synthesise ``resources/sounds/gong.wav``, the phase-change gong.

Run from anywhere (standard library only)::

    python packaging/make_gong.py [OUTPUT.wav]

The sound is a small bell: a handful of inharmonic partials (ratios close to
those of a tuned bell), each with its own exponential decay, the higher ones
dying faster. Two partials are doubled with a slight detuning so the tone
"breathes" (a slow beating), the attack is a short raised-cosine ramp so there
is no click, and the tail fades to silence. The result is normalised to a
peak of about -3 dBFS and written as mono 16-bit PCM at 44.1 kHz.

The output is deterministic (no randomness), so the committed wav can always be
rebuilt bit for bit from this script; its licence is the project's own.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

SAMPLE_RATE = 44_100
DURATION_S = 2.2
FUNDAMENTAL_HZ = 392.0  # G4: bright enough to carry through a hall, not shrill
PEAK_DBFS = -3.0
ATTACK_S = 0.006
FADE_OUT_S = 0.45

# (frequency ratio to the fundamental, relative amplitude, decay time constant in s)
PARTIALS: tuple[tuple[float, float, float], ...] = (
    (0.500, 0.35, 1.60),  # hum
    (1.000, 1.00, 1.10),  # prime (strike tone)
    (1.0015, 0.45, 1.10),  # detuned twin of the prime: slow beating
    (1.183, 0.40, 0.80),  # minor third ("tierce"), the bell colour
    (1.506, 0.25, 0.65),  # quint
    (2.000, 0.45, 0.55),  # nominal
    (2.003, 0.20, 0.55),  # detuned twin of the nominal
    (2.514, 0.18, 0.35),
    (2.662, 0.14, 0.30),
    (3.011, 0.10, 0.22),
    (4.166, 0.06, 0.15),  # a touch of metallic shimmer at the strike
)

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "gong.wav"


def envelope(t: float, duration: float) -> float:
    """Amplitude shaping common to all partials: soft attack and final fade-out."""
    gain = 1.0
    if t < ATTACK_S:
        gain *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S)
    fade_start = duration - FADE_OUT_S
    if t > fade_start:
        x = min(1.0, (t - fade_start) / FADE_OUT_S)
        gain *= 0.5 + 0.5 * math.cos(math.pi * x)
    return gain


def synthesise(
    duration: float = DURATION_S,
    fundamental: float = FUNDAMENTAL_HZ,
    sample_rate: int = SAMPLE_RATE,
) -> list[float]:
    """Return the gong as floating-point samples, normalised to ``PEAK_DBFS``."""
    n = round(duration * sample_rate)
    # Per partial: phase step and per-sample decay factor, so the loop needs no exp().
    partials = [
        (2.0 * math.pi * fundamental * ratio / sample_rate, amp, math.exp(-1.0 / (tau * sample_rate)))
        for ratio, amp, tau in PARTIALS
        if fundamental * ratio < sample_rate / 2
    ]
    samples = [0.0] * n
    for step, amp, decay in partials:
        level = amp
        for i in range(n):
            samples[i] += level * math.sin(step * i)
            level *= decay
    for i in range(n):
        samples[i] *= envelope(i / sample_rate, duration)
    peak = max(abs(s) for s in samples) or 1.0
    target = 10.0 ** (PEAK_DBFS / 20.0)
    return [s * target / peak for s in samples]


def write_wav(path: Path, samples: list[float], sample_rate: int = SAMPLE_RATE) -> None:
    """Write mono 16-bit PCM."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", max(-32768, min(32767, round(s * 32767)))) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(frames)


def main(argv: list[str] | None = None) -> int:
    """Build the gong and write it to the given path (default: the shipped resource)."""
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    samples = synthesise()
    write_wav(output, samples)
    peak = max(abs(s) for s in samples)
    print(f"{output}: {len(samples) / SAMPLE_RATE:.2f} s, peak {20 * math.log10(peak):.1f} dBFS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
