# Helpers for .ci/setup.d scripts: source this file.

# Install Debian packages, running `apt-get update` at most once per CI run.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ ! -e /tmp/msc-sci-apt-updated ]; then
    apt-get update -qq && touch /tmp/msc-sci-apt-updated
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
