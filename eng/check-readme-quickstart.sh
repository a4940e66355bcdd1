#!/usr/bin/env bash
# Compiles and runs the README's quick-start snippet against the package in artifacts/ (made by `dotnet pack`),
# exactly as a region-system developer would use it: a new console project with a PackageReference.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
package=$(ls "$repo"/artifacts/RakenteellinenSosiaalityo.Core.*.nupkg | grep -v '\.snupkg$' | head -n 1)
version=$(basename "$package" .nupkg | sed 's/^RakenteellinenSosiaalityo\.Core\.//')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sed -n '/<!-- quickstart:begin -->/,/<!-- quickstart:end -->/p' "$repo/README.md" | sed '1,2d;$d' | sed '$d' > "$work/Program.cs"
[ -s "$work/Program.cs" ] || { echo "README.md has no quick-start snippet between the markers"; exit 1; }

cat > "$work/QuickStart.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RakenteellinenSosiaalityo.Core" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-artifacts" value="$repo/artifacts" />
  </packageSources>
</configuration>
XML
cd "$work"
# A fresh packages folder, so that a stale copy of the same version is never used.
export NUGET_PACKAGES="$work/packages"
dotnet run --project QuickStart.csproj
