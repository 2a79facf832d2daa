"""The Swedish catalogue compiles: the real start runs lrelease on the .ts files."""

import subprocess

from samordnare_desktop.qt_i18n import lrelease_binary, ts_files


def test_swedish_catalogue_compiles_with_lrelease(tmp_path):
    """A plural message without numerus="yes" made lrelease refuse, and the app stopped at
    startup with "Unexpected error" (issue #14's real-start probe)."""
    out = tmp_path / "sv.qm"
    done = subprocess.run(
        [str(lrelease_binary()), "-silent", *map(str, ts_files("sv")), "-qm", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()
    assert out.stat().st_size > 0
