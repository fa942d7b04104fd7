#!/usr/bin/env bash
# Takes the application screenshots of the README: the app on a virtual X display (Xvfb) at
# 1280×800, driven with xdotool, captured with ImageMagick's import.
#
#   docs/screenshots/take-screenshots.sh [path/to/lyncdns]
#
# Without a binary it builds one (release, in build/screenshots). Needs Xvfb, xdotool, imagemagick.
# Writes into docs/screenshots/, all of the example three-site-estate.lyncplan:
#   topology.png        the Sites and pools step
#   pool-editor.png     the Front End step (Redmond's Front End pool), scrolled to its bottom
#   preview-estate.png  the Records tab of the preview
#   certificates.png    the Certificates tab
#   migration.png       the Migration tab
#   edge-de.png         the Edge step in German (--lang de)
# report.png (a page of the PDF report) is not the application's window and not taken here.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
example="$root/examples/three-site-estate.lyncplan"
width=1280
height=800
# Rows of the step list (the plan editor's order; ui/wizard/planeditor.cpp). Steps are chosen with
# the keyboard, not clicked: View > Plan Steps (Ctrl+0) focuses the list, Home and Down pick the
# row, so neither the window layout nor the font moves the target.
step_topology=3 # Start, Product and SIP domains, DNS, Sites and pools
step_frontend=4
step_edge=6

for tool in Xvfb xdotool import identify; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is needed" >&2; exit 1; }
done
[[ -f "$example" ]] || { echo "take-screenshots: $example is missing" >&2; exit 1; }

binary="${1:-}"
if [[ -z "$binary" ]]; then
    cmake -S "$root" -B "$root/build/screenshots" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLYNCDNS_BUILD_BENCH=OFF >/dev/null
    cmake --build "$root/build/screenshots" --target lyncdns
    binary="$root/build/screenshots/app/lyncdns"
fi
[[ -x "$binary" ]] || { echo "take-screenshots: $binary is not an executable" >&2; exit 1; }

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; fi
    if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A display number nobody uses.
display=90
while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do
    xdotool getmouselocation >/dev/null 2>&1 && break
    sleep 0.1
done
xdotool getmouselocation >/dev/null 2>&1 || {
    echo "take-screenshots: Xvfb :$display did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
}

# A home of its own: no recent files, window layout or autosaved plan of the user's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" LYNCDNS_RECOVER=no QT_QPA_PLATFORM=xcb
# English whatever the machine's locale; the German shot asks with --lang.
export LANGUAGE="" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Starts the app, waits for its window and makes it fill the screen. No window manager runs, so
# the window has no frame and takes the keyboard only when given the focus.
start_app() {
    "$binary" "$@" >"$work/app.log" 2>&1 &
    app_pid=$!
    window=""
    for _ in $(seq 100); do
        window="$(xdotool search --onlyvisible --class lyncdns 2>/dev/null | head -1 || true)"
        [[ -n "$window" ]] && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$window" ]] || { echo "take-screenshots: no window; the app said:" >&2; cat "$work/app.log" >&2; exit 1; }
    xdotool windowmove --sync "$window" 0 0 windowsize --sync "$window" "$width" "$height"
    xdotool windowfocus --sync "$window"
    rest
    wait_for_quiet_status_bar
}

# Waits until the status bar's left part is blank: the app says "Opened <path>" there for 5 s, and
# the path is this machine's. Polled: the left 500×18 pixels of the bar are one colour then.
wait_for_quiet_status_bar() {
    local deadline=$((SECONDS + 10)) colours
    while ((SECONDS < deadline)); do
        colours="$(import -window root -crop 500x18+2+$((height - 19)) +repage png:- | identify -format '%k' -)"
        [[ "$colours" == 1 ]] && return
        sleep 0.2
    done
    echo "take-screenshots: the status bar still shows a message after 10 s" >&2
}

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

# Parks the pointer on the empty end of the menu bar (no hover, no tooltip) and lets the app
# settle: the preview follows a moment after the last change.
rest() {
    xdotool mousemove $((width - 8)) 8
    sleep 0.8
}

# Shows step row $1 of the step list.
step() {
    xdotool key ctrl+0 Home
    if (($1 > 0)); then
        xdotool key --repeat "$1" --delay 50 Down
    fi
    rest
}

# Presses a shortcut of the window (View > Certificates is ctrl+4, …).
keys() {
    xdotool key "$@"
    rest
}

# Scrolls the current step's page to its bottom: wheel turns over the page's left margin, beside
# its labels, where no field (a combo box would take the wheel and change its value) ever passes.
scroll_page_down() {
    xdotool mousemove 237 450
    xdotool click --repeat 15 --delay 30 5
    rest
}

last_sum=""
shot() {
    import -window root "$here/$1"
    echo "wrote docs/screenshots/$1"
    # The same picture twice means the keys went nowhere: the window did not have the focus.
    sum="$(md5sum <"$here/$1")"
    [[ "$sum" != "$last_sum" ]] || echo "take-screenshots: $1 equals the previous picture" >&2
    last_sum="$sum"
}

start_app "$example"
keys ctrl+1 # View > Internal Records: the Records tab
shot preview-estate.png
keys ctrl+4 # View > Certificates
shot certificates.png
keys ctrl+5 # View > Migration to Teams
shot migration.png
keys ctrl+1
step "$step_topology"
shot topology.png
step "$step_frontend" # the first site's (Redmond's) first Front End pool
scroll_page_down      # to "Reverse proxy, Edge pool and pairing"
shot pool-editor.png
stop_app

# The Edge step in German.
start_app --lang de "$example"
step "$step_edge"
shot edge-de.png
stop_app
