# Sourced by the scripts that need Azurite (test.sh, run-local.sh, report-check.sh, the pipeline benchmarks):
# installs it from package-lock.json when it is missing or the lock file changed since the last install.
#
#   spm_ensure_azurite NAME [LOG]   # NAME prefixes the message; npm's output goes to LOG when given
spm_ensure_azurite() {
  local name=$1 log=${2:-}
  local stamp=node_modules/.spm-package-lock.cksum
  local current
  current="$(cksum < package-lock.json)"
  if [[ -f node_modules/azurite/dist/src/azurite.js && -f "$stamp" && "$(cat "$stamp")" == "$current" ]]; then
    return 0
  fi
  command -v npm > /dev/null || { echo "$name: npm not found; install Node.js" >&2; exit 1; }
  echo "$name: installing Azurite (npm ci)"
  if [[ -n "$log" ]]; then
    npm ci --no-audit --no-fund > "$log" 2>&1 || { cat "$log"; exit 1; }
  else
    npm ci --no-audit --no-fund
  fi
  printf '%s\n' "$current" > "$stamp"
}
