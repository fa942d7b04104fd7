#!/bin/sh
# Renders the hicolor PNG icons from ../lyncdns.svg (needs rsvg-convert, package librsvg2-bin).
# The PNGs are committed, so building and packaging do not need librsvg.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" ../lyncdns.svg -o "hicolor/${size}x${size}/apps/lyncdns.png"
done
