#pragma once

// The XML of a topology file read into a small element tree: Qt's stream reader over text decoded
// from its byte order mark (Windows PowerShell writes UTF-16 with BOM, and XElement.ToString() no
// XML declaration), with a DTD refused outright, so no entity can ever expand (XML bomb).

#include "model/import/importresult.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace lyncdns {

// Every topology namespace starts so (Deploy.Topology.2008, Deploy.ServiceRoles.2008, ...): elements
// are matched by local name within this family, so a newer year or schema keeps reading.
inline constexpr char16_t kRtcNamespacePrefix[] = u"urn:schema:Microsoft.Rtc.Management.";

struct XmlElement
{
    QString namespaceUri;
    QString name;                       // local name
    QHash<QString, QString> attributes; // by local name
    QString text;                       // the element's own character data, trimmed
    std::vector<XmlElement> children;
    int line = 0;

    // The element is `localName` in the topology namespace family.
    bool is(QStringView localName) const;
    QString attribute(QStringView localName) const { return attributes.value(localName.toString()); }
    // The first child named localName (topology namespaces), or nullptr.
    const XmlElement *child(QStringView localName) const;
    // Every child named localName.
    std::vector<const XmlElement *> childrenNamed(QStringView localName) const;
    // The first element named localName below this one, depth first, or nullptr.
    const XmlElement *find(QStringView localName) const;
    // Every element named localName below this one, depth first, not descending into matches.
    void findAll(QStringView localName, std::vector<const XmlElement *> &out) const;
};

// Decodes (UTF-16 LE/BE by BOM or by zero bytes, else UTF-8) and parses the text; nullopt with the
// error filled in (fileName and member as given) when it is not well-formed XML or has a DTD.
std::optional<XmlElement> readTopologyXml(const QByteArray &bytes, const QString &fileName,
                                          const QString &member, ImportError *error);

} // namespace lyncdns
