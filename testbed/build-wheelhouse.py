"""Repacks Debian's python3-* .debs as wheels, so pip can install ansible-core offline.

Usage: build-wheelhouse.py DEB_DIR OUT_DIR

Each .deb's usr/lib/python3/dist-packages tree becomes one py3-none-any wheel named after its
dist-info (or egg-info). Debian drops a few runtime requirements from the metadata it ships
(Jinja2 -> MarkupSafe, cryptography -> cffi); they are added back so pip resolves the same
set it would from PyPI. The compiled parts are built for Debian's CPython, so the wheels only
work with /usr/bin/python3.
"""
import base64
import hashlib
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

EXTRA_REQUIRES = {"jinja2": ["MarkupSafe>=2.0"], "cryptography": ["cffi>=1.12"]}
# python3-cffi-backend ships only _cffi_backend, with no metadata: it stands in for cffi.
NAMELESS = {"python3-cffi-backend": ("cffi", "1.15.1")}


def digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def repack(deb: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        site = pathlib.Path(tmp, "usr/lib/python3/dist-packages")
        meta_dirs = sorted(p for p in site.iterdir() if re.search(r"\.(dist|egg)-info$", p.name))
        dist_info = next((p for p in meta_dirs if p.name.endswith(".dist-info")), None)
        egg_info = next((p for p in meta_dirs if p.name.endswith(".egg-info")), None)
        if dist_info is not None:
            metadata = (dist_info / "METADATA").read_text()
        elif egg_info is not None:
            metadata = (egg_info / "PKG-INFO").read_text()
        else:
            package = deb.name.split("_")[0]
            name, version = NAMELESS[package]
            metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        name = re.search(r"^Name: (.+)$", metadata, re.M).group(1).strip()
        version = re.search(r"^Version: (.+)$", metadata, re.M).group(1).strip()
        head, _, body = metadata.partition("\n\n")
        extra = "".join(f"Requires-Dist: {r}\n" for r in EXTRA_REQUIRES.get(name.lower(), []))
        metadata = head.rstrip("\n") + "\n" + extra + ("\n" + body if body else "")

        stem = f"{re.sub(r'[-_.]+', '_', name)}-{version}"
        info = f"{stem}.dist-info"
        files: dict[str, bytes] = {}
        for path in sorted(site.rglob("*")):
            rel = path.relative_to(site)
            if path.is_dir() or rel.parts[0] in {p.name for p in meta_dirs} or "__pycache__" in rel.parts:
                continue
            files[rel.as_posix()] = path.read_bytes()
        files[f"{info}/METADATA"] = metadata.encode()
        files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: build-wheelhouse\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        source = dist_info or egg_info
        if source is not None and (source / "entry_points.txt").exists():
            files[f"{info}/entry_points.txt"] = (source / "entry_points.txt").read_bytes()
        record = "".join(f"{n},{digest(d)},{len(d)}\n" for n, d in files.items()) + f"{info}/RECORD,,\n"
        files[f"{info}/RECORD"] = record.encode()

        wheel = out / f"{stem}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
            for n, d in files.items():
                zi = zipfile.ZipInfo(n, (2020, 1, 1, 0, 0, 0))
                zi.external_attr = 0o644 << 16
                zi.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(zi, d)
        return wheel


def main() -> None:
    debs, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for deb in sorted(debs.glob("*.deb")):
        print(repack(deb, out).name)


if __name__ == "__main__":
    main()
