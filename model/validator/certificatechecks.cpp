#include "model/certs/certificates.h"
#include "model/rules/keywords.h"
#include "model/validator/checks.h"

#include <QCoreApplication>
#include <QMap>

// R-CERT1: a plan choice (a pool FQDN outside the SIP domain as the SRV target, a further Edge
// pool's name under each SIP domain, XMPP, the sipinternal/sipexternal host fallbacks) can make
// clients reach a name the certificate wizards do not put on the certificate. The certificate
// model (model/certs) owns which names those are; this check only points at the choice, once per
// certificate and plan field with every name it needs.

namespace lyncdns {

void checkCertificateNames(const Plan &plan, const RecordSet &records, FindingSink &out)
{
    struct Group
    {
        QString path;
        QString certificate;
        QString pool;
        bool fallback = false;
        QStringList names;
    };
    // One finding per certificate and plan field, in the certificates' order.
    QMap<QString, qsizetype> index;
    QList<Group> groups;
    for (const CertificateNamesByHand &r : certificateNamesByHand(plan, records))
        for (const ManualName &m : r.names) {
            const QString key = m.path + QLatin1Char('|') + keyword(r.role) + QLatin1Char('|') + r.pool;
            auto it = index.constFind(key);
            if (it == index.cend()) {
                it = index.insert(key, groups.size());
                groups.append({m.path, certificateRoleTitle(r.role), r.pool, m.fallback, {}});
            }
            groups[it.value()].names << m.name; // each name once per certificate (model/certs)
        }
    for (const Group &g : std::as_const(groups)) {
        //: %1 the certificate ("Edge, external"), %2 the pool's FQDN, %3 one or more host names.
        const QString message = QCoreApplication::translate(
                                    "Validator", "the %1 certificate of %2 needs %3 added to its request "
                                                 "by hand: the certificate wizard does not add such names")
                                    .arg(g.certificate, g.pool, g.names.join(QStringLiteral(", ")));
        if (g.fallback)
            out.info("R-CERT1", g.path, message);
        else
            out.warning("R-CERT1", g.path, message);
    }
}

} // namespace lyncdns
