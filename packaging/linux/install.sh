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
# The entry names the installed program by its full path, which may hold a space or any other
# character ($HOME is "/home/anna berg"). Desktop Entry spec: Exec's argument goes in double
# quotes with " ` $ \ escaped by a backslash and % doubled, then the string escape doubles every
# backslash; TryExec is a plain string (no quoting): only the backslash is escaped.
program="$target/samordnare"
SAMORDNARE_TRYEXEC="$(printf '%s' "$program" | sed 's/\\/\\\\/g')"
SAMORDNARE_EXEC="$(printf '%s' "$program" | sed -e 's/\\/\\\\/g' -e 's/["`$]/\\&/g' -e 's/%/%%/g')"
SAMORDNARE_EXEC="$(printf '"%s"' "$SAMORDNARE_EXEC" | sed 's/\\/\\\\/g')"
export SAMORDNARE_EXEC SAMORDNARE_TRYEXEC
awk '
  /^Exec=samordnare/ { print "Exec=" ENVIRON["SAMORDNARE_EXEC"] substr($0, 16); next }
  /^TryExec=samordnare/ { print "TryExec=" ENVIRON["SAMORDNARE_TRYEXEC"] substr($0, 19); next }
  { print }
' "$here/samordnare-desktop.desktop" > "$prefix/applications/samordnare-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "installed in $target; start it from the menu or with: samordnare"
