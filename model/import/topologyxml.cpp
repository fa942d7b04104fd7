#include "model/import/topologyxml.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

namespace lyncdns {

namespace {

// Real topologies nest about ten levels; anything far deeper is not a topology.
constexpr int kMaxDepth = 256;

// The encoding of a file without a declaration we could trust: the BOM, else the zero bytes of
// UTF-16 ASCII ("<\0" or "\0<"), else UTF-8.
QStringConverter::Encoding encodingOf(const QByteArray &bytes, qsizetype *bomSize)
{
    *bomSize = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *bomSize = 3;
        return QStringConverter::Utf8;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *bomSize = 2;
        return QStringConverter::Utf16LE;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *bomSize = 2;
        return QStringConverter::Utf16BE;
    }
    if (bytes.size() >= 2 && bytes.at(0) != '\0' && bytes.at(1) == '\0')
        return QStringConverter::Utf16LE;
    if (bytes.size() >= 2 && bytes.at(0) == '\0' && bytes.at(1) != '\0')
        return QStringConverter::Utf16BE;
    return QStringConverter::Utf8;
}

} // namespace

bool XmlElement::is(QStringView localName) const
{
    return name == localName && namespaceUri.startsWith(QStringView(kRtcNamespacePrefix));
}

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &c : children)
        if (c.is(localName))
            return &c;
    return nullptr;
}

std::vector<const XmlElement *> XmlElement::childrenNamed(QStringView localName) const
{
    std::vector<const XmlElement *> out;
    for (const XmlElement &c : children)
        if (c.is(localName))
            out.push_back(&c);
    return out;
}

const XmlElement *XmlElement::find(QStringView localName) const
{
    for (const XmlElement &c : children) {
        if (c.is(localName))
            return &c;
        if (const XmlElement *below = c.find(localName))
            return below;
    }
    return nullptr;
}

void XmlElement::findAll(QStringView localName, std::vector<const XmlElement *> &out) const
{
    for (const XmlElement &c : children) {
        if (c.is(localName))
            out.push_back(&c);
        else
            c.findAll(localName, out);
    }
}

std::optional<XmlElement> readTopologyXml(const QByteArray &bytes, const QString &fileName,
                                          const QString &member, ImportError *error)
{
    *error = ImportError{fileName, member, 0, 0, QString()};
    qsizetype bomSize = 0;
    QStringDecoder decoder(encodingOf(bytes, &bomSize));
    const QString text = decoder.decode(QByteArrayView(bytes).sliced(bomSize));
    if (decoder.hasError()) {
        error->message =
            QStringLiteral("expected the text of a topology (UTF-8 or UTF-16), found bytes that are "
                           "neither");
        return std::nullopt;
    }

    QXmlStreamReader xml(text);
    std::vector<XmlElement> open; // the elements not yet closed, outermost first
    std::optional<XmlElement> root;
    const auto fail = [&](const QString &message) {
        error->line = static_cast<int>(xml.lineNumber());
        error->column = static_cast<int>(xml.columnNumber());
        error->message = message;
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Topologies have no DTD; refusing it before its declarations are used means no entity
            // (billion laughs, external files) is ever expanded.
            return fail(
                QStringLiteral("a DTD (<!DOCTYPE ...>) is refused: a topology has none, and its entity "
                               "declarations could expand without limit (XML bomb)"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("an entity reference (&%1;) is refused: a topology has none")
                            .arg(xml.name().toString()));
        case QXmlStreamReader::StartElement: {
            if (open.size() >= kMaxDepth)
                return fail(QStringLiteral("expected a topology, found elements nested more than %1 deep")
                                .arg(kMaxDepth));
            XmlElement e;
            e.namespaceUri = xml.namespaceUri().toString();
            e.name = xml.name().toString();
            e.line = static_cast<int>(xml.lineNumber());
            for (const QXmlStreamAttribute &a : xml.attributes())
                e.attributes.insert(a.name().toString(), a.value().toString());
            open.push_back(std::move(e));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.empty() && !xml.isWhitespace())
                open.back().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = std::move(open.back());
            open.pop_back();
            done.text = done.text.trimmed();
            if (open.empty())
                root = std::move(done);
            else
                open.back().children.push_back(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        const QString what = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                                 ? QStringLiteral("the file ends before the XML is complete (truncated?)")
                                 : QStringLiteral("expected well-formed XML: %1").arg(xml.errorString());
        return fail(what);
    }
    if (!root)
        return fail(QStringLiteral("expected an XML topology, found no element"));
    return root;
}

} // namespace lyncdns
