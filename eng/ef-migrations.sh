#!/usr/bin/env bash
# Adds a migration to OrderConfirmation.EntityFrameworkCore for both providers, as the package ships them:
#
#   eng/ef-migrations.sh add <Name>       dotnet ef migrations add <Name> for SQLite and for PostgreSQL
#   eng/ef-migrations.sh remove           removes the last migration of both
#
# Migrations are provider-specific, so each provider has its own context (SqliteOrderConfirmationDbContext,
# PostgreSqlOrderConfirmationDbContext) and folder (Migrations/Sqlite, Migrations/PostgreSql). The generated classes are
# made internal (they are not the package's public API; EF Core finds internal migrations). Needs dotnet-ef 10.0.15:
# DOTNET_EF (default: dotnet-ef on the PATH, else /tmp/ef/dotnet-ef after
# `dotnet tool install --tool-path /tmp/ef dotnet-ef --version 10.0.15`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
project="$repo/src/OrderConfirmation.EntityFrameworkCore"
ef=${DOTNET_EF:-$(command -v dotnet-ef || echo /tmp/ef/dotnet-ef)}
[ -x "$ef" ] || { echo "ef-migrations.sh: dotnet-ef not found; install it: dotnet tool install --tool-path /tmp/ef dotnet-ef --version 10.0.15" >&2; exit 1; }

internalize() {
  # dotnet ef puts a new snapshot under a folder named after its namespace; it belongs beside its migrations.
  local snapshot
  for snapshot in "$project"/OrderConfirmation/EntityFrameworkCore/Migrations/*/*ModelSnapshot.cs; do
    [ -f "$snapshot" ] && mv "$snapshot" "$project/Migrations/$(basename "$(dirname "$snapshot")")/"
  done
  rm -rf "$project/OrderConfirmation" "$project/design-time.db"
  sed -i -E 's/^(    )?public (partial )?class /\1internal \2class /' "$project"/Migrations/*/*.cs
}

case "${1:-}" in
  add)
    name=${2:?usage: eng/ef-migrations.sh add <Name>}
    cd "$project"
    for provider in Sqlite PostgreSql; do
      "$ef" migrations add "$name" --context "${provider}OrderConfirmationDbContext" \
        --output-dir "Migrations/$provider" --namespace "OrderConfirmation.EntityFrameworkCore.Migrations.$provider"
      internalize
    done
    ;;
  remove)
    cd "$project"
    for provider in Sqlite PostgreSql; do
      "$ef" migrations remove --context "${provider}OrderConfirmationDbContext"
      internalize
    done
    ;;
  *) echo "usage: eng/ef-migrations.sh add <Name> | remove" >&2; exit 1 ;;
esac
