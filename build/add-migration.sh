#!/usr/bin/env bash
# Adds one migration for one module to all three providers (Sqlite, PostgreSql, SqlServer) at once,
# so no provider's migrations can fall behind the model.
# Usage: build/add-migration.sh <Module> <MigrationName>     e.g. build/add-migration.sh Organization AddUnitCode
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
  echo "usage: build/add-migration.sh <Module> <MigrationName>" >&2
  exit 2
fi
module=$1
name=$2
project="src/Modules/$module/OpenGov.$module.Infrastructure"
if [ ! -d "$project" ]; then
  echo "[add-migration] no such module project: $project" >&2
  exit 2
fi

dotnet tool restore >/dev/null
dotnet build src/Host/OpenGov.Host -v q -nologo >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  echo "[add-migration] $module / $provider / $name"
  dotnet ef migrations add "$name" \
    --no-build \
    --project "$project" \
    --startup-project src/Host/OpenGov.Host \
    --context "${module}${provider}Context" \
    --output-dir "Persistence/Migrations/$provider"
done
