#!/usr/bin/env bash
# Install ggznet for the composite action (action.yml): the release named by the `version` input from
# PyPI, or, when that is empty, ggznet from the action's own checkout (the tag or commit after `@` in
# the caller's `uses:`). `install.sh keys` writes cache-key parts to $GITHUB_OUTPUT (or prints them) instead.
#
# Inputs come in through the environment only (INPUT_VERSION, ACTION_PATH), never pasted into code.
set -euo pipefail

version="${INPUT_VERSION:-}"
action_path="${ACTION_PATH:-${GITHUB_ACTION_PATH:-}}"

fail() {
  # a workflow error annotation and a plain message; exit 2 like ggznet's usage errors
  printf '::error title=ggznet action::%s\n' "$1"
  printf 'ggznet action: %s\n' "$1" >&2
  exit 2
}

# PEP 440 release numbers only (0.2.0, 1.0rc1, 1.0.post2): the value reaches pip as one argument,
# but nothing that looks like an option or a URL should get that far.
if [ -n "$version" ] && ! [[ "$version" =~ ^[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?$ ]]; then
  unsafe='[^A-Za-z0-9._-]'
  fail "input version '${version//$unsafe/?}' is not a release number such as 0.2.0 (leave it empty to use the action's own version)"
fi

if [ "${1:-}" = "keys" ]; then
  python_version="$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  if [ -n "$version" ]; then
    source="v$version"
  else
    [ -f "$action_path/pyproject.toml" ] || fail "no ggznet checkout at the action path"
    # the dependencies are what pip caches, and pyproject.toml names them
    source="src-$(sha256sum "$action_path/pyproject.toml" | cut -c1-16)"
  fi
  pip_dir="$(python -m pip cache dir 2>/dev/null || echo "$HOME/.cache/pip")"
  printf 'python=%s\nsource=%s\npip-dir=%s\n' "$python_version" "$source" "$pip_dir" >>"${GITHUB_OUTPUT:-/dev/stdout}"
  exit 0
fi

if [ -n "$version" ]; then
  python -m pip install --disable-pip-version-check --quiet "ggznet==$version"
else
  [ -f "$action_path/pyproject.toml" ] || fail "no ggznet checkout at the action path"
  python -m pip install --disable-pip-version-check --quiet "$action_path"
fi
ggznet --version
