#!/usr/bin/env python3
"""Generate the voice-call clips in resources/voice with espeak-ng and sox.

Usage (from anywhere; needs the ``espeak-ng`` and ``sox`` programs)::

    python resources/voice/make_clips.py            # all languages + chime
    python resources/voice/make_clips.py --lang zh  # one language (chime too)
    python resources/voice/make_clips.py --out /tmp/voice --rate 22050

Output: ``<out>/chime.wav`` and ``<out>/<lang>/<clip>.wav``, WAV, mono,
16-bit PCM, ``--rate`` Hz (default 16000), leading/trailing silence trimmed
and replaced by a short fixed pad. The clip names come from
``hallq.voice.required_clips`` so the generator and the player cannot drift.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from hallq.voice import TEMPLATES, required_clips  # noqa: E402

LEAD_PAD = 0.02  # seconds of silence before each clip
TAIL_PAD = 0.05  # ... and after it: words of one call flow with ~0.07 s gaps
INTRO_LEAD_PAD = 0.35  # before phrase_call_intro: a breath after the chime/previous language

# --- number words ----------------------------------------------------------

VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vi_unit_after_tens(unit: int) -> str:
    """The unit as said after "X mươi": mốt, tư, lăm; otherwise the digit word."""
    return {1: "mốt", 4: "tư", 5: "lăm"}.get(unit, VI_UNITS[unit])


def vi_number(n: int) -> str:
    """Vietnamese reading of 1..99: mười một, mười lăm, hai mươi mốt, hai mươi tư."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return VI_UNITS[unit]
    head = "mười" if tens == 1 else f"{VI_UNITS[tens]} mươi"
    if unit == 0:
        return head
    if tens == 1:
        return f"{head} {'lăm' if unit == 5 else VI_UNITS[unit]}"
    return f"{head} {vi_unit_after_tens(unit)}"


ZH_DIGITS = ["ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3"]


def zh_number(n: int) -> str:
    """Mandarin pinyin of 1..99: shi2, shi2 yi1, er4 shi2, er4 shi2 yi1."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return ZH_DIGITS[unit]
    head = "shi2" if tens == 1 else f"{ZH_DIGITS[tens]} shi2"
    return head if unit == 0 else f"{head} {ZH_DIGITS[unit]}"


EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety"]


def en_number(n: int) -> str:
    """English reading of 1..99: ten, eleven, twenty-one."""
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] if unit == 0 else f"{EN_TENS[tens]}-{EN_UNITS[unit]}"


# --- what each language says ----------------------------------------------


@dataclass(frozen=True)
class LanguageText:
    voice: str  # espeak-ng voice name
    speed: int  # words per minute (espeak default 175)
    phrases: dict[str, str]
    digits: list[str]
    number: Callable[[int], str]  # 1..19 and round tens
    letter: Callable[[str], str]  # "A" -> what to speak
    unit: Callable[[int], str] | None = None  # unit_N clips (TEMPLATES[lang].unit_forms)


def letter_name(ch: str) -> str:
    # A lone capital letter makes espeak-ng say the letter name its voice uses:
    # cmn the Chinese way of saying Latin letters (ei, bi, xi ...); en "ay, bee, see".
    return ch.upper()


# Vietnamese letter names as said for ticket prefixes and licence plates
# (D as "đê" so that it does not sound like G "giê" in the Northern accent;
# J "gi" is written "di" because espeak-ng says a lone "gi" as a bare [z]).
VI_LETTERS = {
    "A": "a", "B": "bê", "C": "xê", "D": "đê", "E": "e", "F": "ép phờ", "G": "giê",
    "H": "hát", "I": "i", "J": "di", "K": "ca", "L": "e lờ", "M": "em mờ",
    "N": "en nờ", "O": "o", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét xì",
    "T": "tê", "U": "u", "V": "vê", "W": "vê kép", "X": "ích xì", "Y": "i dài",
    "Z": "dét",
}


TEXTS: dict[str, LanguageText] = {
    "vi": LanguageText(
        voice="vi",
        speed=150,
        phrases={
            "phrase_call_intro": "Mời khách hàng số",
            "phrase_to_counter": "đến quầy số",
        },
        digits=VI_UNITS,
        number=vi_number,
        unit=vi_unit_after_tens,
        letter=lambda ch: VI_LETTERS[ch.upper()],
    ),
    "zh": LanguageText(
        voice="cmn-latn-pinyin",  # plain "cmn" reads tone digits aloud
        speed=150,
        phrases={
            "phrase_call_intro": "qing3",  # 请
            "phrase_to_counter": "hao4 gu4 ke4 dao4",  # 号顾客到
            "phrase_counter_suffix": "hao4 chuang1 kou3",  # 号窗口
        },
        digits=ZH_DIGITS,
        number=zh_number,
        letter=letter_name,
    ),
    "en": LanguageText(
        voice="en-gb",
        speed=150,
        phrases={
            "phrase_call_intro": "Ticket",
            "phrase_to_counter": "please go to counter",
        },
        digits=EN_UNITS[:10],
        number=en_number,
        letter=letter_name,
    ),
}


def clip_text(lang: str, name: str) -> str:
    """The text espeak-ng speaks for clip ``name`` (without .wav) of ``lang``."""
    spec = TEXTS[lang]
    kind, _, arg = name.partition("_")
    if kind == "phrase":
        return spec.phrases[name]
    if kind == "letter":
        return spec.letter(arg)
    if kind == "digit":
        return spec.digits[int(arg)]
    if kind == "number":
        return spec.number(int(arg))
    if kind == "unit" and spec.unit is not None:
        return spec.unit(int(arg))
    raise KeyError(f"no text for clip {lang}/{name}")


# --- audio -------------------------------------------------------------------


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def speak(text: str, spec: LanguageText, out: Path, rate: int, lead: float, tmp: Path) -> None:
    raw = tmp / "raw.wav"
    # -a 80 keeps espeak's peaks off full scale; gain -n then sets a common level.
    run(["espeak-ng", "-v", spec.voice, "-s", str(spec.speed), "-a", "80", "-w", str(raw), text])
    run([
        "sox", "-D", str(raw), "-r", str(rate), "-b", "16", "-c", "1", str(out),
        "silence", "1", "0.005", "0.1%", "reverse",
        "silence", "1", "0.005", "0.1%", "reverse",
        "gain", "-n", "-3",
        "pad", str(lead), str(TAIL_PAD),
    ])


def make_chime(out: Path, rate: int, tmp: Path) -> None:
    """A soft two-tone ding-dong: E5 then C5 with bell-like partials, ~1.2 s."""

    def tone(name: str, freq: float, length: float, delay: float) -> Path:
        parts = []
        # (partial, volume, share of the length it rings): upper partials die first
        for i, (mult, vol, ring) in enumerate([(1.0, 1.0, 1.0), (2.0, 0.3, 0.6), (3.0, 0.1, 0.35)]):
            part = tmp / f"{name}{i}.wav"
            run([
                "sox", "-D", "-n", "-r", str(rate), "-b", "16", "-c", "1", str(part),
                "synth", f"{length * ring:.3f}", "sine", f"{freq * mult:.2f}",
                "fade", "h", "0.012", f"{length * ring:.3f}", f"{length * ring - 0.012:.3f}",
                "vol", f"{vol}",
            ])
            parts.append(part)
        mixed = tmp / f"{name}.wav"
        run(["sox", "-D", "-m", *map(str, parts), str(mixed), "pad", f"{delay}", "0"])
        return mixed

    ding = tone("ding", 659.25, 0.7, 0.0)
    dong = tone("dong", 523.25, 0.85, 0.4)
    # -10 dBFS peak: a sine is much louder than speech at the same peak level
    run(["sox", "-D", "-m", str(ding), str(dong), str(out), "gain", "-n", "-10", "pad", "0", "0.05"])


def stale_clips(out_dir: Path, languages: list[str]) -> list[Path]:
    """WAVs in the language directories that no announcement uses any more."""
    wanted = {out_dir / clip for lang in languages for clip in required_clips(lang)}
    return sorted(p for lang in languages for p in (out_dir / lang).glob("*.wav") if p not in wanted)


def generate(out_dir: Path, languages: list[str], rate: int) -> list[Path]:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"make_clips: '{tool}' not found on PATH")
    written = []
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        out_dir.mkdir(parents=True, exist_ok=True)
        chime = out_dir / "chime.wav"
        make_chime(chime, rate, tmp)
        written.append(chime)
        for lang in languages:
            spec = TEXTS[lang]
            (out_dir / lang).mkdir(exist_ok=True)
            for clip in required_clips(lang):
                name = Path(clip).stem
                lead = INTRO_LEAD_PAD if name == TEMPLATES[lang].intro else LEAD_PAD
                out = out_dir / clip
                speak(clip_text(lang, name), spec, out, rate, lead, tmp)
                written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="voice directory (default: here)")
    parser.add_argument("--lang", action="append", choices=sorted(TEXTS),
                        help="language to generate (repeatable; default: all)")
    parser.add_argument("--rate", type=int, default=16000, help="sample rate in Hz")
    parser.add_argument("--list", action="store_true", help="print each clip's text and exit")
    parser.add_argument("--prune", action="store_true",
                        help="delete WAVs in the language directories that are no longer used")
    args = parser.parse_args(argv)
    languages = args.lang or list(TEXTS)
    if args.list:
        for lang in languages:
            for clip in required_clips(lang):
                print(f"{clip}\t{clip_text(lang, Path(clip).stem)}")
        return 0
    written = generate(args.out, languages, args.rate)
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} clips, {total / 1e6:.2f} MB, to {args.out}")
    for path in stale_clips(args.out, languages):
        if args.prune:
            path.unlink()
            print(f"deleted unused {path}")
        else:
            print(f"unused clip (delete with --prune): {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
