#!/usr/bin/env bash
# Build the one-folder bundle dist/hallq and prove it runs: hallq demo --smoke from the bundle,
# offscreen (every window, one ticket issued, called, finished and rated), plus a backup.
# Used by CI. Needs: pip install -e '.[bundle]' (pyinstaller) and PySide6's lupdate/lrelease.
#   packaging/build_bundle.sh            # build + smoke
#   SKIP_BUILD=1 packaging/build_bundle.sh   # smoke an existing dist/hallq only
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
    step "translations: .ts -> .qm"
    python tools/i18n.py build
    step "pyinstaller hallq.spec"
    # --clean only when asked: a warm build/ cache halves the time on a developer's PC.
    timeout 900 pyinstaller --noconfirm --log-level WARN ${CLEAN:+--clean} \
        --distpath dist --workpath build/pyinstaller hallq.spec
fi

exe=dist/hallq/hallq
[[ -x "$exe" ]] || { echo "no bundle at $exe" >&2; exit 1; }
step "bundle: $(du -sh dist/hallq | cut -f1) in dist/hallq"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export HALLQ_DATA_DIR="$data" HALLQ_CONFIG_DIR="$data/config" QT_QPA_PLATFORM=offscreen

step "resources inside the bundle"
res=dist/hallq/_internal/resources
for f in i18n/hallq_vi.qm i18n/hallq_zh_CN.qm i18n/hallq_zh_TW.qm voice/chime.wav \
         fonts/DejaVuSans.ttf; do
    [[ -f "$res/$f" ]] || { echo "missing from the bundle: resources/$f" >&2; exit 1; }
done
echo "translations, voice clips and fonts are in place"

step "hallq --help, config sample, init, backup"
"$exe" --help > /dev/null
"$exe" config sample > "$data/sample.toml"
"$exe" config check --file "$data/sample.toml"
"$exe" init --db "$data/hall.db"
"$exe" backup --db "$data/hall.db" --out "$data/hall-backup.db"

step "hallq demo --smoke (offscreen)"
set +e
timeout 180 "$exe" demo --smoke --db "$data/demo/hall.db" > "$data/smoke.log" 2>&1
status=$?
set -e
grep -E '^(smoke|hallq)' "$data/smoke.log" || true
if grep -q "No QtMultimedia backends found" "$data/smoke.log"; then
    echo "Qt Multimedia's FFmpeg plugin did not load from the bundle: calls would be silent" >&2
    status=1
fi
if [[ $status -ne 0 ]]; then
    echo "smoke run failed (exit $status); its output:" >&2
    cat "$data/smoke.log" >&2
    exit 1
fi
step "bundle OK"
