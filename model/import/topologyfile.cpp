#include "model/import/topologyfile.h"

#include "model/import/topologyindex.h"
#include "model/import/topologymapper.h"
#include "model/import/topologyxml.h"

#include <QFile>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace lyncdns {

namespace {

// The largest topologies seen are tens of kilobytes, a configuration export a few megabytes.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
const QString kDocItemSet = QStringLiteral("DocItemSet.xml");

ImportResult failure(const QString &fileName, const QString &member, const QString &message)
{
    ImportResult r;
    r.error = ImportError{fileName, member, 0, 0, message};
    return r;
}

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

// DocItemSet.xml of an Export-CsConfiguration zip (an OPC package: its name may carry a leading
// folder or another case). libzip reads the archive; nothing here parses zip structures.
std::optional<QByteArray> docItemSet(const QByteArray &bytes, const QString &fileName, ImportError *error)
{
    *error = ImportError{fileName, QString(), 0, 0, QString()};
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &zerr);
    if (!source) {
        error->message =
            QStringLiteral("expected a zip archive: %1").arg(QString::fromUtf8(zip_error_strerror(&zerr)));
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
    if (!archive) {
        zip_source_free(source);
        error->message =
            QStringLiteral("expected a zip archive (Export-CsConfiguration), found a damaged one: %1")
                .arg(QString::fromUtf8(zip_error_strerror(&zerr)));
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_error_fini(&zerr);
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0));
        if (name.section(QLatin1Char('/'), -1).compare(kDocItemSet, Qt::CaseInsensitive) != 0)
            continue;
        error->member = name;
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || stat.size > static_cast<zip_uint64_t>(kMaxFileSize)) {
            error->message =
                QStringLiteral("expected a member of at most %1 MiB").arg(kMaxFileSize / 1024 / 1024);
            return std::nullopt;
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> file(
            zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0));
        QByteArray content(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        if (!file ||
            zip_fread(file.get(), content.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
            error->message =
                QStringLiteral("cannot be unpacked: %1").arg(QString::fromUtf8(zip_strerror(archive.get())));
            return std::nullopt;
        }
        return content;
    }
    error->message =
        QStringLiteral("expected DocItemSet.xml in the zip (what Export-CsConfiguration writes); the "
                       "archive has no such member");
    return std::nullopt;
}

} // namespace

ImportResult importTopologyBytes(const QByteArray &bytes, const QString &fileName)
{
    QByteArray xmlBytes = bytes;
    QString member;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        ImportError error;
        const std::optional<QByteArray> content = docItemSet(bytes, fileName, &error);
        if (!content) {
            ImportResult r;
            r.error = error;
            return r;
        }
        xmlBytes = *content;
        member = error.member;
    }
    ImportError error;
    const std::optional<XmlElement> root = readTopologyXml(xmlBytes, fileName, member, &error);
    if (!root) {
        ImportResult r;
        r.error = error;
        return r;
    }
    // The topology element: the root (published), inside TopologyBuilder/NewTopology (.tbxml: the
    // saved state with any unpublished edits), or anywhere in a DocItemSet (zip).
    const XmlElement *topology = nullptr;
    QString form;
    if (root->is(u"Topology")) {
        topology = &*root;
    } else if (root->is(u"TopologyBuilder")) {
        const XmlElement *newTopology = root->child(u"NewTopology");
        topology = newTopology ? newTopology->find(u"PartialTopology") : nullptr;
        if (!topology)
            topology = root->find(u"PartialTopology");
        if (topology && root->attribute(u"IsFreeFromChanges").compare(u"false", Qt::CaseInsensitive) == 0)
            form = QStringLiteral(
                "the Topology Builder file holds changes that are not published: imported as saved");
    } else {
        topology = root->find(u"Topology");
    }
    if (!topology)
        return failure(
            fileName, member,
            QStringLiteral("expected a Lync or Skype for Business topology (a Topology or TopologyBuilder "
                           "element in the urn:schema:Microsoft.Rtc.Management namespaces), found <%1>")
                .arg(root->name));
    const TopologyIndex index = indexTopology(*topology);
    if (index.domains.isEmpty() && index.defaultDomain.isEmpty())
        return failure(
            fileName, member,
            QStringLiteral("expected the SIP domains (InternalDomains) in the topology, found none"));
    if (std::none_of(index.sites.begin(), index.sites.end(), [](const TopologySite &s) { return s.central; }))
        return failure(fileName, member,
                       QStringLiteral("expected at least one central site in the topology, found none"));
    const XmlElement *simpleUrls = topology->find(u"SimpleUrlConfiguration");
    if (!simpleUrls && !root->is(u"Topology"))
        simpleUrls = root->find(u"SimpleUrlConfiguration");
    ImportResult r = mapTopology(index, simpleUrls);
    if (!form.isEmpty())
        r.notes.prepend(form);
    return r;
}

ImportResult importTopology(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failure(fileName, QString(), QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (file.size() > kMaxFileSize)
        return failure(
            fileName, QString(),
            QStringLiteral("expected a topology of at most %1 MiB").arg(kMaxFileSize / 1024 / 1024));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(fileName, QString(), QStringLiteral("cannot be read: %1").arg(file.errorString()));
    return importTopologyBytes(bytes, fileName);
}

} // namespace lyncdns
