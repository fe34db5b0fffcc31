#!/bin/bash
# Draws the product's splash screen, about image and window icons with
# ImageMagick (apt-get install imagemagick fonts-dejavu-core). The results
# are committed in bundles/no.saint.branding; run this only to change them.
set -euo pipefail
out=$(cd "$(dirname "$0")/../../bundles/no.saint.branding" && pwd)
mkdir -p "$out/icons"
font=DejaVu-Sans-Bold
navy='#1f3a5f'
red='#c62828'

# The mark: a red status dot with a white centre, as on a card.
mark() {
    local size=$1 file=$2
    local r=$((size * 7 / 16)) c=$((size / 2)) dot=$((size * 3 / 16))
    convert -size "${size}x${size}" xc:none \
        -fill "$red" -draw "circle $c,$c $c,$((c - r))" \
        -fill white -draw "circle $c,$c $c,$((c - dot))" \
        "PNG32:$file"
}
for size in 16 32 48 64 128; do
    mark "$size" "$out/icons/saint$size.png"
done

# Splash: 452 x 302, 24-bit BMP as the Eclipse launcher expects. The
# product's startupMessageRect and startupProgressRect sit at the bottom.
convert -size 452x302 gradient:"$navy"-'#0d1b2a' \
    \( "$out/icons/saint64.png" \) -geometry +24+32 -composite \
    -font "$font" -fill white -pointsize 34 -annotate +100+78 'SAINT Workbench' \
    -font DejaVu-Sans -fill '#c9d6e3' -pointsize 15 -annotate +102+106 'Sales intelligence for your CRM' \
    -type TrueColor "BMP3:$out/splash.bmp"

# About image: 250 x 250 at most, shown beside the about text.
convert -size 120x120 xc:white \( "$out/icons/saint64.png" \) -geometry +28+20 -composite \
    -font "$font" -fill "$navy" -pointsize 20 -gravity south -annotate +0+10 'SAINT' \
    "PNG32:$out/about.png"
