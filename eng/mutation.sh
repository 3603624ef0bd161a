#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool, .config/dotnet-tools.json), one scope at a time.
#
#   eng/mutation.sh [scope…]      scopes: Findings Review Kpis Calendars Changes Rules Lifecycle Audit Storage Tasks Cases Supervision (default: all)
#   STRYKER_CONCURRENCY=1 eng/mutation.sh …   test one mutant at a time (default: Stryker's setting, 2)
#
# Each scope is mutated on its own and tested by the test projects that exercise the library (OrderConfirmation.Tests,
# .Testing.Tests and .Cli.Tests: with several test projects Stryker runs from the library's folder, and
# eng/stryker-config.json names them relative to it) without the slow tests that prove
# nothing about these folders (packaging, kill, reload, hostile-input mutation, read-only file). The score and
# the remaining survivors, with their reasons, are written to tests/mutation/<scope>.md and the score table to
# tests/mutation/README.md; Stryker's own HTML and JSON reports stay under artifacts/mutation/<scope>/.
# Not part of CI: a scope takes minutes to an hour on two cores. Run it after changing a folder it covers.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

declare -A scopes=(
  [Findings]="**/Findings/**/*.cs"
  [Review]="**/Review/**/*.cs"
  [Kpis]="**/Kpis/**/*.cs"
  [Calendars]="**/Calendars/**/*.cs"
  [Changes]="**/Changes/**/*.cs"
  # The evaluation part of Rules: stages and compiled rules, the compiler, message template, checks and the sandbox.
  [Rules]="**/Rules/*.cs **/Rules/Compilation/*.cs **/Rules/Sandbox/*.cs"
  [Lifecycle]="**/Lifecycle/**/*.cs"
  [Audit]="**/Audit/**/*.cs"
  [Tasks]="**/Tasks/**/*.cs"
  [Cases]="**/Cases/**/*.cs"
  [Supervision]="**/Supervision/**/*.cs"
  # The stored lifecycle: the processor, its requests and locks, the in-memory store and the commit checks.
  [Storage]="**/Storage/OrderCommandProcessor.cs **/Storage/CommandRequest.cs **/Storage/OrderLocks.cs **/Storage/InMemoryOrderStore.cs **/Storage/OrderCommitCheck.cs **/Storage/CommandResult.cs **/Storage/CommandReceipt.cs"
)
order=(Findings Review Kpis Calendars Changes Rules Lifecycle Audit Storage Tasks Cases Supervision)

requested=("$@")
[ ${#requested[@]} -gt 0 ] || requested=("${order[@]}")
for scope in "${requested[@]}"; do
  [ -n "${scopes[$scope]+x}" ] || { echo "unknown scope '$scope'; known: ${order[*]}" >&2; exit 2; }
done

dotnet tool restore >/dev/null
commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- src tests)" ] || commit="$commit+changes"

for scope in "${requested[@]}"; do
  out="$root/artifacts/mutation/$scope"
  rm -rf "$out"
  mutate=()
  set -f
  for pattern in ${scopes[$scope]}; do mutate+=(-m "$pattern"); done
  set +f
  mkdir -p "$root/artifacts/mutation"
  echo "== $scope: ${scopes[$scope]}"
  (cd src/OrderConfirmation && dotnet stryker -f ../../eng/stryker-config.json ${STRYKER_CONCURRENCY:+-c "$STRYKER_CONCURRENCY"} "${mutate[@]}" -O "$out" --skip-version-check) > "$root/artifacts/mutation/$scope.log" 2>&1 \
    || { echo "Stryker failed for $scope; see artifacts/mutation/$scope.log" >&2; exit 1; }
  dotnet run eng/MutationReport.cs -- "$scope" "$out/reports/mutation-report.json" tests/mutation "$commit"
done
