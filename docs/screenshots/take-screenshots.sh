#!/usr/bin/env bash
# Takes the wizard screenshots of the docs: the app on a virtual X display (Xvfb), driven with
# xdotool, captured with ImageMagick's import.
#
#   docs/screenshots/take-screenshots.sh [path/to/lyncdns]
#
# Without a binary it builds one (release, in build/screenshots). Needs Xvfb, xdotool, imagemagick.
# Writes into docs/screenshots/: wizard-welcome.png, wizard-new-frontend.png (a new plan's Front End
# page with its field problems), wizard-frontend.png, wizard-edge.png and wizard-review.png (the
# example ee-dnslb-single-edge-nat.lyncplan), and wizard-edge-de.png (its Edge page in German).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
example="$root/examples/ee-dnslb-single-edge-nat.lyncplan"
width=1440
height=900
# Where the wizard's Next button is at this screen size, with the default window layout (a fresh
# home, so no saved splitter sizes). Clicked rather than keyed: Return goes to whichever field has
# the focus (the Meet URLs box takes it as a new line), and Alt+N is also the Findings label's.
next_x=596
next_y=857

for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is needed" >&2; exit 1; }
done

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
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
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

# A home of its own: no recent files, window layout or autosaved plan of the user's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" LYNCDNS_RECOVER=no QT_QPA_PLATFORM=xcb
# English whatever the machine's locale; the German shot asks with --lang.
export LANGUAGE="" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

start_app() {
    "$binary" "$@" >"$work/app.log" 2>&1 &
    app_pid=$!
    window=""
    for _ in $(seq 100); do
        window="$(xdotool search --onlyvisible --class lyncdns 2>/dev/null | head -1 || true)"
        [[ -n "$window" ]] && break
        sleep 0.1
    done
    [[ -n "$window" ]] || { echo "take-screenshots: no window; the app said:" >&2; cat "$work/app.log" >&2; exit 1; }
    xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
    sleep 1.5
}

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

# Clicks Next n times.
next() {
    for _ in $(seq "$1"); do
        xdotool mousemove "$next_x" "$next_y" click 1
        sleep 0.4
    done
    xdotool mousemove $((width / 2)) 8 # the empty end of the menu bar: no hover, no tooltip
    sleep 0.8 # the preview follows a moment after the last change
}

last_sum=""
shot() {
    import -window root "$here/$1"
    echo "wrote docs/screenshots/$1"
    # The same picture twice means the clicks missed Next: the layout moved it.
    sum="$(md5sum <"$here/$1")"
    [[ "$sum" != "$last_sum" ]] || echo "take-screenshots: $1 equals the previous picture: is Next still at $next_x,$next_y?" >&2
    last_sum="$sum"
}

# A new plan: the Welcome page, then its Front End page with nothing entered yet.
start_app
shot wizard-welcome.png
next 3 # Product, DNS, Front End
shot wizard-new-frontend.png
stop_app

# The example, from the Product page it opens on.
start_app "$example"
next 2 # DNS, Front End
shot wizard-frontend.png
next 2 # Director, Edge
shot wizard-edge.png
next 8 # Reverse proxy … Devices, Review
shot wizard-review.png
stop_app

# The same Edge page in German.
start_app --lang de "$example"
next 4 # DNS, Front End, Director, Edge
shot wizard-edge-de.png
stop_app
