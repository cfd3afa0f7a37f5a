#!/usr/bin/env bash
# Builds and lints every Bicep template under infra/ with the pinned Bicep CLI; any warning or
# error fails. The CLI comes from its NuGet package (Azure.Bicep.CommandLine.linux-x64, version in
# tools/bicep/bicep.proj) and is copied to tools/bicep/bicep (git-ignored) on first use.
#
#   bash scripts/bicep.sh            restore the CLI if missing, then build and lint infra/**/*.bicep
#   bash scripts/bicep.sh --install  restore the CLI if missing and print its path (used by the tests)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

project=tools/bicep/bicep.proj
bicep="$PWD/tools/bicep/bicep"
version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$project")"

installed_version() {
  [[ -x "$bicep" ]] && "$bicep" --version 2> /dev/null | sed -n 's/^Bicep CLI version \([^ ]*\).*/\1/p'
}

install() {
  if [[ "$(installed_version || true)" == "$version" ]]; then
    return
  fi
  if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
    echo "bicep.sh: the pinned package is the linux-x64 CLI; this machine is $(uname -s)-$(uname -m)" >&2
    exit 1
  fi
  echo "bicep.sh: restoring Bicep CLI $version from NuGet" >&2
  local output cached
  # The repository's Directory.*.props (analyzers, central versions) are not for this project.
  output="$(dotnet msbuild "$project" -restore -t:PrintBicepPath -nologo -v:m \
    -p:ImportDirectoryBuildProps=false -p:ImportDirectoryPackagesProps=false)" || {
    echo "$output" >&2
    echo "bicep.sh: could not restore Azure.Bicep.CommandLine.linux-x64 $version (is NuGet reachable?)" >&2
    exit 1
  }
  cached="$(sed -n 's/^ *BICEP_PATH=//p' <<< "$output" | tail -n 1)"
  if [[ ! -f "$cached" ]]; then
    echo "bicep.sh: restore reported no binary at '$cached'" >&2
    exit 1
  fi
  # Copy then rename, so a concurrent reader never sees half a binary.
  cp "$cached" "$bicep.tmp.$$"
  chmod +x "$bicep.tmp.$$"
  mv -f "$bicep.tmp.$$" "$bicep"
  if [[ "$(installed_version)" != "$version" ]]; then
    echo "bicep.sh: $bicep does not report version $version" >&2
    exit 1
  fi
}

install
if [[ "${1:-}" == "--install" ]]; then
  echo "$bicep"
  exit 0
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Bicep exits non-zero on errors only; a warning is a failure here too, so any diagnostic fails.
status=0
run() {
  local diagnostics
  if ! diagnostics="$("$bicep" "$@" 2>&1 > /dev/null)"; then
    status=1
  fi
  if [[ -n "$diagnostics" ]]; then
    echo "$diagnostics"
    status=1
  fi
}

files=()
while IFS= read -r file; do files+=("$file"); done < <(find infra -name '*.bicep' | sort)
echo "bicep.sh: Bicep CLI $version; build and lint of ${#files[@]} templates"
run build --pattern 'infra/**/*.bicep' --outdir "$out"
run lint --pattern 'infra/**/*.bicep'

if (( status != 0 )); then
  echo "bicep.sh: FAILED (warnings count as failures)"
  exit 1
fi
echo "bicep.sh: ok, no warnings"
