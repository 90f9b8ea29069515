#!/usr/bin/env bash
# Run `ggznet validate` for the composite action (action.yml) in the knowledge base's checkout.
#
# On a pull request only problems that are new since the base branch fail the check
# (`--changed-since origin/<base>`), unless the `changed-since` input names another ref. Every
# problem is listed in the job summary ($GITHUB_STEP_SUMMARY); annotations mark the lines.
# Inputs come in through the environment only (INPUT_CHANGED_SINCE, INPUT_STRICT, INPUT_MAX_AGE),
# never pasted into code, and each reaches ggznet as one `--option=value` argument.
set -euo pipefail

fail() {
  printf '::error title=ggznet action::%s\n' "$1"
  printf 'ggznet action: %s\n' "$1" >&2
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '## ggznet\n\n❌ De controle kon niet draaien: %s\n' "$1" >>"$GITHUB_STEP_SUMMARY"
  fi
  exit 2
}

# an input as it may appear in the log: no line breaks, so no workflow commands (`::…`) of its own
shown() {
  local unsafe='[^A-Za-z0-9._/~^@+=:-]'
  printf '%s' "${1//$unsafe/?}"
}

args=(validate)

case "${INPUT_STRICT:-false}" in
  true | True | TRUE) args+=(--strict) ;;
  false | False | FALSE | "") ;;
  *) fail "input strict must be true or false, not '$(shown "$INPUT_STRICT")'" ;;
esac

if [ -n "${INPUT_MAX_AGE:-}" ]; then
  args+=("--max-age=$INPUT_MAX_AGE")  # ggznet checks the value (365d, 52w, 12m, 1y)
fi

ref="${INPUT_CHANGED_SINCE:-}"
if [ -z "$ref" ] && [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  ref="origin/$GITHUB_BASE_REF"
fi
if [ -n "$ref" ]; then
  # a ref is a name or a commit id; refuse what git could read as an option
  if [[ "$ref" == -* ]] || [[ "$ref" =~ [[:space:][:cntrl:]] ]]; then
    fail "changed-since '$(shown "$ref")' is not a git ref"
  fi
  args+=("--changed-since=$ref")
fi

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  args+=("--summary=$GITHUB_STEP_SUMMARY")
fi

printf 'ggznet'
for arg in "${args[@]}"; do printf ' %s' "$(shown "$arg")"; done
printf '\n'
status=0
ggznet "${args[@]}" || status=$?
if [ "$status" -ge 2 ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  # shellcheck disable=SC2016  # the backticks are Markdown, not a command
  printf '## ggznet\n\n❌ `ggznet validate` stopte met afsluitstatus %s voordat de kennisbank gecontroleerd was; het log zegt waarom.\n' \
    "$status" >>"$GITHUB_STEP_SUMMARY"
fi
exit "$status"
