#!/usr/bin/env bash
# Build the Debian package in one command:   bash installer/build-deb.sh [OUT_DIR]
#
# The one-folder bundle (installer/build.sh: built and smoke-started) goes to /opt/social-console,
# with /usr/bin/social-console, a desktop entry, hicolor icons 16–512 px plus the scalable SVG,
# and IT's machine-wide /etc/social-console/config.ini (a conffile: upgrades keep IT's edits).
# Depends are the system packages `ldd` shows the bundle loading from outside itself.
# Users' data (~/.local/share/social-console, ~/.config/social-console, the keyring) is theirs:
# the package never writes or removes anything in a home directory.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

bash installer/build.sh "$OUT"
BUNDLE="$OUT/social-console"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
STAGE="$OUT/.deb-root"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons" "$STAGE/etc/social-console" "$STAGE/usr/share/doc/social-console"
cp -a "$BUNDLE" "$STAGE/opt/social-console"
ln -s ../../opt/social-console/social-console "$STAGE/usr/bin/social-console"
install -m 0644 installer/social-console.desktop "$STAGE/usr/share/applications/"
"$PY" installer/render_icons.py "$STAGE/usr/share/icons" >/dev/null
install -m 0644 installer/config.ini "$STAGE/etc/social-console/config.ini"
echo /etc/social-console/config.ini > "$STAGE/DEBIAN/conffiles"
cat > "$STAGE/usr/share/doc/social-console/copyright" <<TXT
Social Console $VERSION. License: MIT. Bundles Python, Qt for Python (PySide6, LGPLv3) and the
Python packages listed in /opt/social-console/_internal/*.dist-info, under their own licenses.
TXT

DEPENDS=$("$PY" installer/deb_depends.py "$BUNDLE")
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CTL
Package: social-console
Version: $VERSION
Architecture: $ARCH
Maintainer: Social Console IT <it@social-console.invalid>
Section: net
Priority: optional
Installed-Size: $SIZE
Depends: $DEPENDS
Recommends: fonts-dejavu-core, gnome-keyring
Homepage: https://social-console.invalid/
Description: work a brand's social accounts together
 A desktop console through which a company works its brand's social accounts:
 a shared inbox for customer service, PR in a crisis, sales, product and
 marketing, and IT provisioning. One shared PostgreSQL database for many
 workstations, or an embedded SQLite file for one.
CTL
DEB="$OUT/social-console_${VERSION}_${ARCH}.deb"
# gzip by default: any dpkg reads it and it takes seconds; DEB_COMPRESS=xz for a release (a
# fifth smaller, minutes of CPU)
case "${DEB_COMPRESS:-gzip}" in
  xz) dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$DEB" >/dev/null ;;
  *) dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$DEB" >/dev/null ;;
esac
rm -rf "$STAGE"
echo "DEB $DEB $(du -k "$DEB" | cut -f1) KB, installed $SIZE KB"
