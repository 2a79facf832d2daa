#!/bin/sh
# Install the Linux bundle for the current user: the folder, a `samordnare` command, the
# .desktop entry and the icon (no root needed). Run from the repository after `make bundle`:
#   sh packaging/linux/install.sh [dist/samordnare]
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$(cd "${1:-$here/../../dist/samordnare}" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$prefix/samordnare-desktop"
mkdir -p "$prefix"
rm -rf "$target.new"
cp -a "$bundle" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
mkdir -p "$HOME/.local/bin" "$prefix/applications"
ln -sf "$target/samordnare" "$HOME/.local/bin/samordnare"
for size in 16 32 48 64 128 256; do
  dir="$prefix/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$target/_internal/resources/icons/samordnare-$size.png" "$dir/samordnare-desktop.png"
done
mkdir -p "$prefix/icons/hicolor/scalable/apps"
cp "$target/_internal/resources/icons/samordnare.svg" "$prefix/icons/hicolor/scalable/apps/samordnare-desktop.svg"
sed "s|^Exec=samordnare|Exec=$target/samordnare|; s|^TryExec=samordnare|TryExec=$target/samordnare|" \
  "$here/samordnare-desktop.desktop" > "$prefix/applications/samordnare-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "installed in $target; start it from the menu or with: samordnare"
