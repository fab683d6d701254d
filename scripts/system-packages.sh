#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo run for real: Packer, ansible-core,
# sshd, Python's venv and pip, botocore (the AWS CLI's model the examples are checked against),
# zip. Does nothing when they are all there; as non-root it
# prints the command to run instead.
set -euo pipefail
packages=(packer ansible-core openssh-server openssh-client python3 python3-venv python3-pip python3-botocore zip unzip ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends: ansible-core would otherwise pull the 259 MB collections package.
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
