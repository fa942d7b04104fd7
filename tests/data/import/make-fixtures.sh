#!/bin/sh
# Makes the derived fixtures of tests/data/import from the hand-written ones; the results are
# committed, so the tests need neither this script nor iconv or zip. Run it after editing
# two-site.published.xml:  cd tests/data/import && ./make-fixtures.sh
set -eu
cd "$(dirname "$0")"

# What Windows PowerShell's `(Get-CsTopology -AsXml).ToString() > topology.xml` writes:
# UTF-16LE with a byte order mark, CRLF line ends, no XML declaration.
{ printf '\377\376'; sed 's/$/\r/' two-site.published.xml | iconv -f UTF-8 -t UTF-16LE; } > two-site.published.utf16.xml

# Export-CsConfiguration: an OPC package whose DocItemSet.xml holds every CMS document, the
# topology and the simple URL configuration among them, each in its own envelope.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
    printf '<?xml version="1.0" encoding="utf-8"?>\n'
    printf '<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008" Version="3.0">\n'
    printf '  <DocItem Name="urn:xds:Microsoft.Rtc.Management.Deploy.Topology.2008:Topology" Scope="Global">\n'
    printf '    <AnchoredXml xmlns="urn:schema:Microsoft.Rtc.Management.ScopeFramework.2008" Key="Topology">\n'
    cat two-site.published.xml
    printf '    </AnchoredXml>\n  </DocItem>\n'
    printf '  <DocItem Name="urn:xds:Microsoft.Rtc.Management.Settings.SimpleUrl.2008:SimpleUrlConfiguration" Scope="Global">\n'
    printf '    <AnchoredXml xmlns="urn:schema:Microsoft.Rtc.Management.ScopeFramework.2008" Key="SimpleUrlConfiguration">\n'
    cat simple-urls.xml
    printf '    </AnchoredXml>\n  </DocItem>\n'
    printf '</DocItemSet>\n'
} > "$tmp/DocItemSet.xml"
cat > "$tmp/[Content_Types].xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="text/xml" /></Types>
XML
rm -f two-site-config.zip no-docitemset.zip
(cd "$tmp" && zip -X -q "$OLDPWD/two-site-config.zip" '[Content_Types].xml' DocItemSet.xml)
head -c 3000 "$tmp/DocItemSet.xml" > "$tmp/cut.xml" && mv "$tmp/cut.xml" "$tmp/DocItemSet.xml"
rm -f truncated-docitemset.zip
(cd "$tmp" && zip -X -q "$OLDPWD/truncated-docitemset.zip" '[Content_Types].xml' DocItemSet.xml)
cp two-site.published.xml "$tmp/Topology.xml"
(cd "$tmp" && zip -X -q "$OLDPWD/no-docitemset.zip" '[Content_Types].xml' Topology.xml)
# A download cut short: the zip's central directory is missing.
head -c 1200 two-site-config.zip > truncated.zip
# A Get-CsTopology file cut short inside an element.
head -c 6000 two-site.published.xml > truncated.xml
